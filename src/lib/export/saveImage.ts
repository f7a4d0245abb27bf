/** Offer `blob` as a download named `name` (no request leaves the page). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Pixels per SVG unit in the PNG: twice the chart's size, sharp in print and on dense screens. */
export const PNG_SCALE = 2;

/**
 * Draw a standalone SVG onto a canvas and encode it as PNG, in the browser (the SVG loads as a
 * data: image, which the CSP allows and which does not taint the canvas).
 */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const img = new Image(width, height);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * PNG_SCALE);
  canvas.height = Math.round(height * PNG_SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas: download the SVG instead.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The PNG could not be made: download the SVG.'))),
      'image/png',
    ),
  );
}
