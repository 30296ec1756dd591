// Renders Kier's app icons from public/favicon.svg with Debian's Chromium.
// Run once after changing the design: node scripts/make-icons.mjs (the PNGs are committed).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
// Maskable: full-bleed background, the door scaled into the central safe zone.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1d5c63"/><g transform="translate(12.8 12.8) scale(0.6)">${inner.replace(/<rect[^>]*\/>/, '')}</g></svg>`;

const targets = [
  { file: 'icon-192.png', size: 192, markup: svg },
  { file: 'icon-512.png', size: 512, markup: svg },
  { file: 'apple-touch-icon.png', size: 180, markup: maskable },
  { file: 'icon-maskable-512.png', size: 512, markup: maskable },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const { file, size, markup } of targets) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
  console.log(`public/icons/${file}`);
}
await browser.close();
