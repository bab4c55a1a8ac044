// Draws the extension's icon, images/icon.png (128×128): a page of text with a check mark on UN
// blue, rendered with 4×4 supersampling, written as a PNG with node's zlib. No image files needed.
//   node scripts/make-icon.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const UN_BLUE = [0, 158, 219];
const WHITE = [255, 255, 255];
const INK = [0, 92, 140];
const GREEN = [40, 167, 69];

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const segment = (ax, ay, bx, by, width) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

// Layers, bottom to top: [shape, colour].
const layers = [
  [roundedRect(4, 4, 124, 124, 22), UN_BLUE],
  [roundedRect(30, 18, 98, 110, 6), WHITE],
  ...[36, 50, 64, 78].map(y => [segment(42, y, y === 78 ? 66 : 86, y, 6), INK]),
  [circle(88, 92, 20), GREEN],
  [segment(78, 92, 86, 100, 6), WHITE],
  [segment(86, 100, 99, 84, 6), WHITE],
];

const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py += 1) {
  pixels[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px += 1) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy += 1) {
      for (let sx = 0; sx < SAMPLES; sx += 1) {
        const x = px + (sx + 0.5) / SAMPLES;
        const y = py + (sy + 0.5) / SAMPLES;
        let colour;
        for (const [inside, fill] of layers) if (inside(x, y)) colour = fill;
        if (colour) {
          sum[0] += colour[0]; sum[1] += colour[1]; sum[2] += colour[2]; sum[3] += 255;
        }
      }
    }
    const n = SAMPLES * SAMPLES;
    const alpha = sum[3] / n;
    const at = py * (SIZE * 4 + 1) + 1 + px * 4;
    // Colour averaged over covered samples only; coverage goes to alpha.
    const covered = sum[3] / 255 || 1;
    pixels[at] = Math.round(sum[0] / covered);
    pixels[at + 1] = Math.round(sum[1] / covered);
    pixels[at + 2] = Math.round(sum[2] / covered);
    pixels[at + 3] = Math.round(alpha);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(pixels, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(ROOT, 'images', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`${path.relative(ROOT, out)}: ${png.length} bytes`);
