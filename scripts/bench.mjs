// npm run bench: builds the app, serves it on 127.0.0.1 and runs Lighthouse 12 (mobile preset)
// in Debian's Chromium on home, library, a module page and the plan builder's first step. Prints the four category scores,
// LCP, TBT, CLS and bytes (median of RUNS runs), then search latency over the whole catalogue
// (median and worst of 200 queries per language), the search index size, and the diary with
// 10,000 entries (scripts/bench-diary.mjs) and the diary lock with them (scripts/bench-lock.mjs); writes a JSON report
// to bench-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build, preview } from 'vite';
import { benchDiary } from './bench-diary.mjs';
import { benchLock } from './bench-lock.mjs';
import { benchSearch, searchIndexSizes } from './bench-search.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PAGES = ['/nl', '/nl/bibliotheek', '/nl/m/het-hotel-patroon', '/nl/plan/stap?n=1'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

await build({ logLevel: 'warn' });
const server = await preview({ preview: { host: '127.0.0.1', port: 4180, strictPort: true }, logLevel: 'warn' });
const origin = 'http://127.0.0.1:4180';
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const report = { date: new Date().toISOString(), runs: RUNS, chromium: CHROMIUM_PATH, pages: {} };
try {
  for (const path of PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const { categories, audits } = result.lhr;
      runs.push({
        ...Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])),
        lcpMs: audits['largest-contentful-paint'].numericValue,
        tbtMs: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        bytes: audits['total-byte-weight'].numericValue,
      });
    }
    const summary = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
    report.pages[path] = { median: summary, runs };
    console.log(
      `${path.padEnd(28)} perf ${summary.performance}  a11y ${summary.accessibility}  best ${summary['best-practices']}  seo ${summary.seo}` +
        `  LCP ${Math.round(summary.lcpMs)} ms  TBT ${Math.round(summary.tbtMs)} ms  CLS ${summary.cls.toFixed(3)}  ${(summary.bytes / 1024).toFixed(1)} KB`,
    );
  }
  report.search = { latencyMs: await benchSearch(origin), index: searchIndexSizes(join(import.meta.dirname, '..', 'dist')) };
  for (const [locale, result] of Object.entries(report.search.latencyMs)) {
    console.log(`search ${locale}: ${result.count} queries, median ${result.median.toFixed(2)} ms, worst ${result.worst.toFixed(2)} ms`);
  }
  for (const file of report.search.index) {
    console.log(`search index ${file.name}: ${(file.bytes / 1024).toFixed(1)} KB, ${(file.gzipBytes / 1024).toFixed(1)} KB gzip`);
  }
  report.diary = await benchDiary(origin);
  const d = report.diary;
  const line = (name, s) => console.log(`diary ${name.padEnd(26)} median ${s.median.toFixed(1)} ms, worst ${s.worst.toFixed(1)} ms (${s.runs} runs)`);
  console.log(`diary: ${d.entries} entries, backup file ${(d.backupBytes / 1024 / 1024).toFixed(1)} MB`);
  line('page load to first screen', d.firstScreenMs);
  line('open to first screen', d.openMs);
  line('  of which reading', d.firstReadMs);
  line('search', d.searchMs);
  line('export', d.exportMs);
  line('import', d.importMs);
  line('  check file', d.importCheckMs);
  line('  write', d.importWriteMs);
  console.log(`diary JS heap with all entries loaded: ${d.heapBytes === null ? 'unknown' : `${(d.heapBytes / 1024 / 1024).toFixed(1)} MB`}`);
  report.lock = await benchLock(origin);
  const l = report.lock;
  console.log(`lock: switching on with ${l.entries} entries ${l.enableMs.toFixed(0)} ms, of which encrypting every record ${l.encryptAllMs.toFixed(0)} ms`);
  const lockLine = (name, s) => console.log(`lock ${name.padEnd(27)} median ${s.median.toFixed(1)} ms, worst ${s.worst.toFixed(1)} ms (${s.runs} runs)`);
  lockLine('unlock (button to open)', l.unlockMs);
  lockLine('  passcode check (PBKDF2)', l.unlockCheckMs);
  lockLine('first 40 entries, sealed', l.firstReadSealedMs);
  lockLine('then all entries on screen', l.restAfterFirstScreenMs);
} finally {
  await chrome.kill();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

const dir = join(import.meta.dirname, '..', 'bench-results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `lighthouse-${report.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(report, null, 2));
console.log(`median of ${RUNS} runs per page; report: ${file}`);
