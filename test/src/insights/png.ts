// What a PNG is, checked by its bytes: the signature, then the IHDR chunk with the width and height.
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(png: Uint8Array): { width: number; height: number } {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG: bad signature');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const type = String.fromCharCode(...png.subarray(12, 16));
  if (view.getUint32(8) !== 13 || type !== 'IHDR') throw new Error(`not a PNG: first chunk is ${type}`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
