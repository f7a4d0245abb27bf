import { TECH_FAMILIES, TECH_FAMILY_LABELS } from '../data/schema';
import type { FamilyKey } from './aggregateTypes';

/** Okabe-Ito colours: distinguishable with the common forms of colour blindness. */
const COLOURS: Record<FamilyKey, string> = {
  intrusion: '#D55E00',
  interception: '#0072B2',
  cameras: '#E69F00',
  platforms: '#CC79A7',
  'forensics-id': '#009E73',
  other: '#999999',
};

/** The technology families in chart order, with label and colour. */
export function familyKeys(): { key: FamilyKey; label: string; colour: string }[] {
  return [...TECH_FAMILIES, 'other' as const].map((key) => ({
    key,
    label: key === 'other' ? 'Other' : TECH_FAMILY_LABELS[key],
    colour: COLOURS[key],
  }));
}
