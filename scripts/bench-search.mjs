// Search latency in the real app in Chromium: 200 queries per language typed into the library's
// search box; the app records each search as a `kier-search` performance measure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const WORDS = {
  nl: ['hotel', 'gamen', 'school', 'angst', 'contact', 'rustig', 'grenzen', 'huisarts', 'wijkteam', 'hechting', 'veilig', 'slapen', 'ritme', 'schaamte', 'ouders', 'broer', 'zus', 'leerplicht', 'hulp', 'gesprek', 'steun', 'geisoleerd', 'terugtrekken', 'kamer', 'eten', 'geld', 'boos', 'ruzie', 'vertrouwen', 'kleine stap', 'zorg voor jezelf', 'wat accepteer', 'crisis', 'praten', 'netwerk', 'schermen', 'nacht', 'mentor', 'clb', 'caw'],
  en: ['hotel', 'gaming', 'school', 'anxiety', 'contact', 'calm', 'limits', 'doctor', 'local team', 'attachment', 'safe', 'sleep', 'rhythm', 'shame', 'parents', 'brother', 'sister', 'help', 'talk', 'support', 'isolated', 'withdraw', 'room', 'food', 'money', 'angry', 'fight', 'trust', 'small step', 'look after yourself', 'what do I accept', 'crisis', 'network', 'screens', 'night', 'teacher', 'care', 'family', 'fear', 'routine'],
};

/** 200 queries: whole words, prefixes as someone types them, and one-letter typos. */
function queries(words) {
  const list = [];
  for (let i = 0; list.length < 200; i++) {
    const word = words[i % words.length];
    const variant = Math.floor(i / words.length) % 5;
    if (variant === 0) list.push(word);
    else if (variant === 1) list.push(word.slice(0, Math.max(3, Math.ceil(word.length / 2))));
    else if (variant === 2) list.push(word.length > 4 ? word.slice(0, 2) + word[3] + word[2] + word.slice(4) : word);
    else if (variant === 3) list.push(word.toUpperCase());
    else list.push(`${word} ${words[(i + 7) % words.length]}`);
  }
  return list;
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], worst: sorted.at(-1), count: sorted.length };
};

export function searchIndexSizes(dist) {
  const assets = join(dist, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, source: readFileSync(join(assets, name)) }))
    // The serialised indexes (not MiniSearch's own code, which mentions the same fields).
    .filter(({ source }) => source.includes('documentCount') && source.includes('fieldLength') && !source.includes('loadJS'))
    .map(({ name, source }) => ({ name, bytes: source.length, gzipBytes: gzipSync(source, { level: 9 }).length }));
}

export async function benchSearch(origin) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results = {};
  try {
    for (const [locale, path, label] of [['nl', '/nl/bibliotheek', 'Zoek in de bibliotheek'], ['en', '/en/library', 'Search the library']]) {
      const page = await browser.newPage();
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      const box = page.getByRole('searchbox', { name: label });
      for (const query of queries(WORDS[locale])) {
        const before = await page.evaluate(() => performance.getEntriesByName('kier-search').length);
        await box.fill(query);
        await page.waitForFunction((count) => performance.getEntriesByName('kier-search').length > count, before);
      }
      const durations = await page.evaluate(() => performance.getEntriesByName('kier-search').map((entry) => entry.duration));
      const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
      results[locale] = { ...stats(durations), heapBytes: heap };
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
