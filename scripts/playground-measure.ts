// The web page's weight and cold start, measured: builds the page, reports each asset's size
// raw and gzipped (level 9, as static hosts serve it), then loads the page N times in Debian's
// chromium (a fresh browser context each time: nothing cached) and reports the median time to
// "model ready" (worker download + language model load + first extract() call) and the first
// extract() call alone. Usage: npm run playground:measure [-- runs]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveFolder } from './static-server.js';

const CHROMIUM = process.env.QUOTEWISE_CHROMIUM ?? '/usr/bin/chromium';
const runs = Number(process.argv[2] ?? 7);
const root = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'quotewise-measure-'));
await build({ configFile: join(root, 'playground/vite.config.ts'), logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });

const html = readFileSync(join(out, 'index.html'), 'utf8');
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
let firstLoad = 0;
let firstLoadGz = 0;
console.log('asset                                   raw        gzip   loaded');
for (const name of ['index.html', ...readdirSync(join(out, 'assets')).map((f) => `assets/${f}`)]) {
  const bytes = readFileSync(join(out, name));
  const gz = gzipSync(bytes, { level: 9 }).length;
  // Loaded at start: the page, its script and style, and the extraction worker.
  const initial = name === 'index.html' || html.includes(name) || /^assets\/worker-/.test(name);
  if (initial) {
    firstLoad += bytes.length;
    firstLoadGz += gz;
  }
  console.log(`${name.padEnd(36)} ${kb(bytes.length).padStart(10)} ${kb(gz).padStart(10)}   ${initial ? 'at start' : 'on demand'}`);
}
console.log(`loaded at start: ${kb(firstLoad)} raw, ${kb(firstLoadGz)} gzipped`);

const { server, url } = await serveFolder(out);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const totals: number[] = [];
const firsts: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    const ready = await page.evaluate(() => (globalThis as unknown as { quotewisePlayground: { ready: Promise<{ totalMs: number; firstCallMs: number }> } }).quotewisePlayground.ready);
    totals.push(ready.totalMs);
    firsts.push(ready.firstCallMs);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`model ready after page load (worker + model + first call), median of ${runs}: ${Math.round(median(totals))} ms  [${totals.map(Math.round).join(', ')}]`);
console.log(`first extract() call in the worker, median of ${runs}: ${Math.round(median(firsts))} ms  [${firsts.map(Math.round).join(', ')}]`);
