/**
 * make-icons.mjs — draws the extension icon (a TV screen under a lens) and writes icons/icon.svg plus
 * icons/icon-{16,32,48,128}.png. Node built-ins only: shapes are signed-distance functions sampled 4×4
 * per pixel for anti-aliasing, and the PNG is encoded by hand (zlib for IDAT, our own CRC-32).
 *
 * Run: `node scripts/make-icons.mjs` (the PNGs are committed; run it again only after changing a shape).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 128];
const SAMPLES = 4;

const BLUE = [26, 95, 180];
const SCREEN = [232, 240, 254];
const RED = [197, 34, 31];
const WHITE = [255, 255, 255];

// Geometry in a 128×128 box; the SVG below draws the same shapes.
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const qx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const capsule = (ax, ay, bx, by, r) => (x, y) => {
  const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - r;
};

/** Painted in order; later layers cover earlier ones. */
const LAYERS = [
  { color: BLUE, shape: roundedRect(6, 16, 110, 92, 12) },
  { color: SCREEN, shape: roundedRect(16, 26, 100, 82, 6) },
  { color: BLUE, shape: roundedRect(40, 94, 76, 104, 4) },
  { color: WHITE, shape: circle(84, 84, 27) },
  { color: RED, shape: capsule(100, 100, 118, 118, 7) },
  { color: RED, shape: (x, y) => Math.abs(circle(84, 84, 22)(x, y)) - 5 },
  // The refusal the lens looks at: a bar across the lens, the "no entry" sign.
  { color: RED, shape: roundedRect(70, 80, 98, 88, 3) },
];

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 128 / size;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { color, shape } of LAYERS) {
        let inside = 0;
        for (let sy = 0; sy < SAMPLES; sy += 1) {
          for (let sx = 0; sx < SAMPLES; sx += 1) {
            const x = (px + (sx + 0.5) / SAMPLES) * scale;
            const y = (py + (sy + 0.5) / SAMPLES) * scale;
            if (shape(x, y) <= 0) inside += 1;
          }
        }
        const cover = inside / (SAMPLES * SAMPLES);
        if (cover === 0) continue;
        // "Over" compositing with straight (non-premultiplied) colour.
        const outA = cover + a * (1 - cover);
        r = (color[0] * cover + r * a * (1 - cover)) / outA;
        g = (color[1] * cover + g * a * (1 - cover)) / outA;
        b = (color[2] * cover + b * a * (1 - cover)) / outA;
        a = outA;
      }
      pixels.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], (py * size + px) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method variants, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = ([r, g, b]) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="128" height="128" role="img">
  <title>IPTV Access Lens</title>
  <rect x="6" y="16" width="104" height="76" rx="12" fill="${hex(BLUE)}"/>
  <rect x="16" y="26" width="84" height="56" rx="6" fill="${hex(SCREEN)}"/>
  <rect x="40" y="94" width="36" height="10" rx="4" fill="${hex(BLUE)}"/>
  <circle cx="84" cy="84" r="27" fill="${hex(WHITE)}"/>
  <line x1="100" y1="100" x2="118" y2="118" stroke="${hex(RED)}" stroke-width="14" stroke-linecap="round"/>
  <circle cx="84" cy="84" r="22" fill="none" stroke="${hex(RED)}" stroke-width="10"/>
  <rect x="70" y="80" width="28" height="8" rx="3" fill="${hex(RED)}"/>
</svg>
`;

writeFileSync(join(root, 'icons/icon.svg'), svg);
for (const size of SIZES) writeFileSync(join(root, `icons/icon-${size}.png`), png(size, render(size)));
console.log(`icons: ${SIZES.map((size) => `icon-${size}.png`).join(', ')}, icon.svg`);
