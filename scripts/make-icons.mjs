#!/usr/bin/env node
// Writes the PNG icons of the web manifest from src/web/public/favicon.svg (run again when the
// logo changes; the PNGs are committed, so a build needs no image tool):
// - icon-192.png and icon-512.png: the logo as it is (rounded square), for "any" purpose;
// - icon-maskable-512.png: the logo's mark on a full-bleed square, inside the 80 % safe zone,
//   so that a phone's own mask (circle, squircle) never cuts it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const publicDir = path.resolve(import.meta.dirname, '../src/web/public');
const svg = readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
const background = '#4263eb';

for (const size of [192, 512]) {
  await sharp(Buffer.from(svg), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(publicDir, `icon-${size}.png`));
}

// The mark alone (no rounded corners), scaled to 60 % of the square, centred on the brand colour.
const mark = svg.replace(/<rect[^>]*\/>/, '').replace(/<title>.*?<\/title>/, '');
const size = 512;
const inner = Math.round(size * 0.6);
const markPng = await sharp(Buffer.from(mark), { density: (72 * inner) / 32 })
  .resize(inner, inner)
  .png()
  .toBuffer();
await sharp({ create: { width: size, height: size, channels: 4, background } })
  .composite([{ input: markPng, gravity: 'centre' }])
  .png({ compressionLevel: 9 })
  .toFile(path.join(publicDir, 'icon-maskable-512.png'));
console.log('make-icons: icon-192.png, icon-512.png, icon-maskable-512.png written');
