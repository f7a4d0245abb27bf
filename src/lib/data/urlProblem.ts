// A source must be a public web address: a reader anywhere has to be able to open it.

/** Host names that only ever mean a machine on a local network. */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|lan|home\.arpa|localdomain)$/;

/** Whether a dotted IPv4 address is loopback, private, link-local, shared or unspecified. */
function isPrivateIpv4(host: string): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) ||
    a >= 224
  );
}

/** Whether a bracketed IPv6 host is loopback, unspecified, unique-local, link-local or IPv4-mapped. */
function isPrivateIpv6(host: string): boolean {
  if (!host.startsWith('[')) return false;
  const h = host.slice(1, -1).toLowerCase();
  return (
    h === '::1' ||
    h === '::' ||
    /^f[cd][0-9a-f]{0,2}:/.test(h) ||
    /^fe[89ab][0-9a-f]?:/.test(h) ||
    h.startsWith('::ffff:')
  );
}

/**
 * Why `value` is not an acceptable public http(s) URL, or null when it is. The WHATWG URL parser
 * normalises the host first, so `http://2130706433/` is seen as 127.0.0.1.
 */
export function urlProblem(column: string, value: string): string | null {
  const notHttp = `${column} "${value}" is not an http(s) URL: give the full address starting https://`;
  if (!/^https?:\/\/[^\s]+$/i.test(value)) return notHttp;
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return notHttp;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.hostname === '') return notHttp;
  if (u.username !== '' || u.password !== '') {
    return `${column} "${value}" carries a user name or password (user:pass@): cite the public address without them`;
  }
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (LOCAL_NAME.test(host) || isPrivateIpv4(host) || isPrivateIpv6(host)) {
    return `${column} "${value}" points to a local or private address (${host}): cite the publication's public address`;
  }
  if (!host.startsWith('[') && !host.includes('.')) {
    return `${column} "${value}" has a host without a domain (${host}): give the full public address, e.g. https://example.org/...`;
  }
  return null;
}

/** Whether `value` is an absolute http(s) URL to a public host, with no spaces or credentials. */
export function isHttpUrl(value: string): boolean {
  return urlProblem('url', value) === null;
}
