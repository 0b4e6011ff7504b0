// The HTML report (`extract --format html`) in a real browser: Debian's chromium driven by
// playwright-core. Checks what the browser actually paints, not the markup: the hatching of
// indirect and mixed quotes is in the computed style (an inline `background:` used to reset
// it), the legend shows every type, and the details are reached by keyboard (Tab, Enter) and
// by a click, not only by hovering. Skipped (with the reason printed) without /usr/bin/chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cli, FERRY, SEED } from '../cli-helpers.js';

const CHROMIUM = process.env.QUOTEWISE_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(resolve(import.meta.dirname, '../..'), 'test-artifacts');
const available = existsSync(CHROMIUM);
if (!available) process.stderr.write(`report-html-browser.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)\n`);

/** The few browser globals used in page.evaluate() (typed here: this program has no DOM lib, so the core cannot lean on one). */
interface El {
  className: string;
  tagName: string;
  innerText: string;
  getAttribute(name: string): string | null;
  style: { getPropertyValue(name: string): string };
}
interface PageGlobals {
  getComputedStyle(el: El): { backgroundImage: string; backgroundColor: string };
  document: { activeElement: El | null };
  location: { hash: string };
  scrollTo(x: number, y: number): void;
}

describe.skipIf(!available)('HTML report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 900, height: 1400 } });
    const report = await cli(['extract', '-f', 'html', FERRY, SEED]);
    expect(report.code).toBe(0);
    await page.setContent(report.stdout, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('indirect quotes are painted hatched, mixed cross-hatched, direct solid, each in its speaker colour', async () => {
    const styles = await page.$$eval('.article a.q', (els) =>
      (els as unknown as El[]).map((el) => {
        const cs = (globalThis as unknown as PageGlobals).getComputedStyle(el);
        return { type: el.getAttribute('data-type'), image: cs.backgroundImage, colour: cs.backgroundColor, speaker: el.style.getPropertyValue('--c') };
      }),
    );
    const byType = (t: string) => styles.filter((s) => s.type === t);
    expect(byType('direct').length).toBeGreaterThan(0);
    expect(byType('indirect').length).toBeGreaterThan(0);
    expect(byType('mixed').length).toBeGreaterThan(0);
    for (const s of byType('direct')) expect(s.image).toBe('none');
    for (const s of byType('indirect')) expect(s.image.match(/repeating-linear-gradient/g)).toHaveLength(1);
    for (const s of byType('mixed')) expect(s.image.match(/repeating-linear-gradient/g)).toHaveLength(2);
    // the speaker colour is painted under the pattern: #ffd166 is rgb(255, 209, 102)
    const hex = (c: string) => `rgb(${[1, 3, 5].map((i) => parseInt(c.trim().slice(i, i + 2), 16)).join(', ')})`;
    for (const s of styles) expect(s.colour).toBe(hex(s.speaker));
  });

  test('the legend shows a swatch of every type, patterned as in the text', async () => {
    const legend = await page.$$eval('.legend .q', (els) => (els as unknown as El[]).map((el) => [el.getAttribute('data-type'), (globalThis as unknown as PageGlobals).getComputedStyle(el).backgroundImage.split('repeating-linear-gradient').length - 1]));
    expect(legend.slice(0, 4)).toEqual([
      ['direct', 0],
      ['indirect', 1],
      ['mixed', 2],
      ['other', 0],
    ]);
  });

  test('details by keyboard: Tab to a quote, Enter shows its row; the row links back', async () => {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.className);
    expect(focused).toBe('q');
    await page.keyboard.press('Enter');
    const hash = await page.evaluate(() => decodeURIComponent((globalThis as unknown as PageGlobals).location.hash.slice(1)));
    expect(hash).toMatch(/-d-q1$/);
    const row = await page.$eval(':target', (el) => ({ tag: (el as unknown as El).tagName, text: (el as unknown as El).innerText }));
    expect(row.tag).toBe('TR');
    expect(row.text).toContain('Jane Doe');
    expect(row.text).toContain('said (say)');
    expect(row.text).toContain('quote-marks');
    // and back: the id cell links to the highlight in the text
    await page.click(':target td:first-child a');
    const back = await page.$eval(':target', (el) => (el as unknown as El).className);
    expect(back).toBe('q');
  });

  test('details by click (touch): a highlight in the second article opens its own row', async () => {
    const target = await page.$$eval('.article a.q', (els) => (els as unknown as El[]).map((el) => el.getAttribute('href')!).find((h) => h.includes('000_4deb51c0f7f3ecc6')));
    expect(target).toBeDefined();
    await page.click(`.article a.q[href="${target}"]`);
    const row = await page.$eval(':target', (el) => (el as unknown as El).tagName);
    expect(row).toBe('TR');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate(() => (globalThis as unknown as PageGlobals).scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'report-html.png') });
  });
});
