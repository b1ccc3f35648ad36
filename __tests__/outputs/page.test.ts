/// <reference lib="dom" />
// The reader page in a real headless Chromium: search, each filter, the count, sort, the view kept
// in the URL, section links, the chart, the BibTeX button, keyboard use, a phone's width, contrast,
// no console errors, hostile titles shown as text, and the CSP refusing injected script. One browser
// is shared by every test here. A screenshot is kept in .artifacts/site/.
//
// What the page does in answer to an event it does later (the section links' hashchange, the copy,
// the policy's reports) is awaited by polling for its visible result, never by a fixed pause, and
// the time limits are generous, so the tests pass as well on a busy machine as on an idle one.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, test, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadData } from '../../src/core/data/load.js';
import { renderReaderFiles } from '../../src/core/outputs/files.js';
import type { Paper, PaperList } from '../../src/core/types.js';
import { artifact, launch, open, writeSite } from './browser.js';
import { packagedChromiumFits, packedFiles } from './packaged-chromium.js';
import { valueOf } from '../result.js';

// A page action on a loaded machine can take seconds; a real fault still fails, only later.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });
/** How long to wait for a result the page shows after an asynchronous event. */
const EVENTUALLY = { timeout: 30_000, interval: 100 };

const TIME = new Date('2024-10-14T12:00:00Z');
const example = valueOf(loadData(readFileSync('examples/ednn/data.yaml', 'utf8'), 'data.yaml'));

/** Distinct titles of the papers for which `pick` holds, computed from the raw list. */
function titlesWhere(
  list: PaperList,
  pick: (p: Paper, section: string, category: string) => boolean,
) {
  const titles = new Set<string>();
  for (const s of list.sections) {
    for (const p of s.papers) if (pick(p, s.name, s.category)) titles.add(p.title);
  }
  return titles;
}
const allTitles = titlesWhere(example, () => true);

async function shownTitles(page: Page): Promise<string[]> {
  return page.$$eval('[data-paper]:not([hidden]) .title', (nodes) =>
    nodes.map((n) => n.textContent ?? ''),
  );
}

let browser: Browser;
let site: ReturnType<typeof writeSite>;

beforeAll(async () => {
  browser = await launch();
  site = writeSite(
    renderReaderFiles(example, {
      name: 'Early Exiting',
      intro: 'Papers on early exits.',
      time: TIME,
    }),
  );
});

afterAll(async () => {
  await browser?.close();
  site?.remove();
});

test('runs in the Chromium that npm installed, on Linux x64 unless PAPERLIST_CHROMIUM names another', () => {
  const packaged = process.env['PAPERLIST_CHROMIUM'] ? undefined : packagedChromiumFits();
  const major = browser.version().split('.')[0];
  // The package's major version is its Chromium's.
  if (packaged) expect(major).toBe(packedFiles()?.version.split('.')[0]);
  else expect(major).toMatch(/^\d+$/);
});

describe('the reader page of the example list', () => {
  it('lists every distinct paper once, with the count, the chart and no console error', async () => {
    const { page, errors, context } = await open(browser, site.url);
    expect(await page.$$eval('[data-paper]', (n) => n.length)).toBe(allTitles.size);
    expect(new Set(await shownTitles(page))).toEqual(allTitles);
    expect(await page.textContent('#count')).toBe(`${allTitles.size} papers`);
    expect(await page.textContent('h1')).toBe('Early Exiting');
    expect(await page.textContent('.intro')).toBe('Papers on early exits.');
    // One bar per year, heights' titles summing to the number of papers with a year.
    const bars = await page.$$eval('#chart-svg rect title', (n) =>
      n.map((t) => t.textContent ?? ''),
    );
    const years = new Set([...example.sections.flatMap((s) => s.papers.map((p) => p.year))]);
    expect(bars).toHaveLength(years.size);
    const total = bars.reduce((sum, b) => sum + Number(/: (\d+)/.exec(b)?.[1]), 0);
    expect(total).toBe(allTitles.size);
    // A paper listed in several sections is one item that names all of them.
    const sectionsOf = (title: string) =>
      example.sections.filter((s) => s.papers.some((p) => p.title === title)).map((s) => s.name);
    const multi = [...allTitles].filter((t) => sectionsOf(t).length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const title of multi) {
      const named = await page
        .locator('[data-paper]', { has: page.locator('.title', { hasText: title }) })
        .locator('.secs a')
        .allTextContents();
      expect(named, title).toEqual(sectionsOf(title));
    }
    await page.screenshot({ path: artifact('page.png'), fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('narrows the list as the reader types, ignoring case, accents and punctuation', async () => {
    const { page, errors, context } = await open(browser, site.url);
    await page.fill('#q', 'msdnet');
    expect(await shownTitles(page)).toEqual([
      'Multi-Scale Dense Networks for Resource Efficient Image Classification',
    ]);
    expect(await page.textContent('#count')).toBe(`Showing 1 of ${allTitles.size} papers`);
    // Words of the query may come in any order and spelling of case, accents and hyphens.
    await page.fill('#q', 'EXÌT  early,');
    const expected = titlesWhere(
      example,
      (p) => /early/i.test(p.title + (p.abbr ?? '')) && /exit/i.test(p.title + (p.abbr ?? '')),
    );
    expect(expected.size).toBeGreaterThan(3);
    expect(new Set(await shownTitles(page))).toEqual(expected);
    expect(await page.textContent('#count')).toBe(
      `Showing ${expected.size} of ${allTitles.size} papers`,
    );
    await page.fill('#q', 'no such paper at all');
    expect(await shownTitles(page)).toEqual([]);
    expect(await page.$$eval('#chart-svg rect', (n) => n.length)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters by category, section, year and venue, each option giving exactly its papers', async () => {
    const { page, errors, context } = await open(browser, site.url);
    const cases: [string, string, Set<string>][] = [
      ['category', '2. Training', titlesWhere(example, (_p, _s, c) => c === '2. Training')],
      [
        'section',
        'Inference Efficiency',
        titlesWhere(example, (_p, s) => s === 'Inference Efficiency'),
      ],
      ['year', '2023', titlesWhere(example, (p) => p.year === '2023')],
      ['venue', 'ICLR', titlesWhere(example, (p) => p.venue === 'ICLR')],
    ];
    for (const [filter, value, expected] of cases) {
      expect(expected.size, `${filter} ${value}`).toBeGreaterThan(1);
      await page.selectOption(`#f-${filter}`, value);
      expect(new Set(await shownTitles(page)), `${filter} ${value}`).toEqual(expected);
      expect(await page.textContent('#count')).toBe(
        `Showing ${expected.size} of ${allTitles.size} papers`,
      );
      await page.selectOption(`#f-${filter}`, '');
    }
    // Filters combine.
    await page.selectOption('#f-year', '2024');
    await page.selectOption('#f-venue', 'ICLR');
    expect(new Set(await shownTitles(page))).toEqual(
      titlesWhere(example, (p) => p.year === '2024' && p.venue === 'ICLR'),
    );
    // The year options' counts are right.
    const labels = await page.$$eval('#f-year option', (o) => o.map((x) => x.textContent));
    expect(labels).toContain(`2023 (${titlesWhere(example, (p) => p.year === '2023').size})`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sorts by year (newest first) or by title', async () => {
    const { page, context } = await open(browser, site.url);
    const years = await page.$$eval('[data-paper]', (n) =>
      n.map((x) => x.getAttribute('data-year') ?? ''),
    );
    expect(years).toEqual([...years].sort().reverse());
    await page.selectOption('#sort', 'title');
    const titles = await shownTitles(page);
    expect(titles).toHaveLength(allTitles.size);
    const lower = titles.map((t) => t.toLowerCase());
    for (let i = 1; i < lower.length; i++) {
      expect(
        lower[i - 1]!.localeCompare(lower[i]!),
        `${lower[i - 1]} before ${lower[i]}`,
      ).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('keeps the view in the URL, so opening that URL restores it', async () => {
    const first = await open(browser, site.url);
    await first.page.fill('#q', 'exit');
    await first.page.selectOption('#f-year', '2024');
    await first.page.selectOption('#sort', 'title');
    const url = first.page.url();
    expect(new URL(url).hash).toBe('#q=exit&year=2024&sort=title');
    const shown = await shownTitles(first.page);
    await first.context.close();

    const second = await open(browser, url);
    expect(await second.page.inputValue('#q')).toBe('exit');
    expect(await second.page.inputValue('#f-year')).toBe('2024');
    expect(await second.page.inputValue('#sort')).toBe('title');
    expect(await shownTitles(second.page)).toEqual(shown);
    // "Show all" clears the view and the URL.
    await second.page.click('#reset');
    expect(await shownTitles(second.page)).toHaveLength(allTitles.size);
    expect(new URL(second.page.url()).hash).toBe('');
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('gives every section an anchor that opens the list filtered to it', async () => {
    const { page, context } = await open(browser, site.url);
    const anchors = await page.$$eval('nav li[id] a', (a) => a.map((x) => x.getAttribute('href')));
    expect(anchors).toHaveLength(example.sections.length);
    await page.click('nav a:text-is("Exit Policy")');
    // The link changes the URL's fragment; the page answers the hashchange event that follows.
    await expect.poll(() => page.inputValue('#f-section'), EVENTUALLY).toBe('Exit Policy');
    expect(new Set(await shownTitles(page))).toEqual(
      titlesWhere(example, (_p, s) => s === 'Exit Policy'),
    );
    await context.close();
  });

  it('works from the keyboard: search, a filter, and the BibTeX button copies the entry', async () => {
    const { page, context, errors } = await open(browser, site.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.keyboard.press('Tab'); // the BibTeX download link
    await page.keyboard.press('Tab'); // the feed link
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('fastbert');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-category');
    const fast = titlesWhere(example, (p) => p.abbr === 'FastBERT');
    expect(fast.size).toBe(1);
    expect(new Set(await shownTitles(page))).toEqual(fast);
    // Tab on to the shown paper's BibTeX button and press Enter.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.textContent === 'BibTeX')) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent !== '', {
      timeout: EVENTUALLY.timeout,
    });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^@inproceedings\{fastbert2020,\n {2}title = \{\{FastBERT: /);
    expect(await page.textContent('#copy-status')).toBe('Copied the BibTeX entry fastbert2020');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('labels every control, keeps text contrast at 4.5:1 or more, and fits a phone', async () => {
    const { page, context } = await open(browser, site.url, { width: 360, height: 740 });
    const unlabelled = await page.$$eval('input, select', (els) =>
      els.filter((e) => (e as HTMLInputElement).labels?.length === 0).map((e) => e.id),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const ratios = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const bg = getComputedStyle(document.body).backgroundColor;
      return ['h1', '.intro', '.meta', '.title', 'a', 'button', 'label'].map((sel) => {
        const fg = getComputedStyle(document.querySelector(sel)!).color;
        const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
        return { sel, ratio: (a! + 0.05) / (b! + 0.05) };
      });
    });
    for (const { sel, ratio } of ratios) expect(ratio, sel).toBeGreaterThanOrEqual(4.5);
    await page.screenshot({ path: artifact('phone.png') });
    await context.close();
  });
});

const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload="window.__pwned = 3">',
  "'); window.__pwned = 4; ('",
  '</script><script>window.__pwned = 5</script>',
  '<!-- unclosed comment',
  '&lt;already escaped&gt; &amp; &#60;',
  '{{constructor.constructor("window.__pwned = 6")()}}',
  'Line\u2028separator and \u0007bell',
];

describe('the reader page with hostile titles', () => {
  const list: PaperList = {
    sections: [
      {
        name: '<b>Section</b> "quoted"',
        category: "<i>Cat</i> & 'co'",
        papers: HOSTILE.map((title, i) => ({
          title,
          abbr: `<u>A${i}</u>`,
          venue: '<marquee>V</marquee>',
          year: '2024',
          links: [
            { label: '<b>PDF</b>', url: 'javascript:window.__pwned = 7' },
            {
              label: 'PAGE',
              url: `https://example.org/p?q="><script>window.__pwned=8</script>&i=${i}`,
            },
          ],
          extra: { authors: ['<script>x</script> Doe', 'Ann "Q" Lee'] },
        })),
      },
    ],
  };

  it('shows each as text, runs none of it, and links only http(s)', async () => {
    const hostile = writeSite(renderReaderFiles(list, { name: '<h1>Name</h1>', time: TIME }));
    const { page, errors, context } = await open(browser, hostile.url);
    const titles = await page.$$eval('[data-paper] .title', (n) => n.map((x) => x.textContent));
    expect(titles.sort()).toEqual(
      // The bell (a control character) is shown as a space.
      HOSTILE.map((t) => t.replace('\u0007', ' ')).sort(),
    );
    expect(
      await page.$$eval(
        '[data-paper] script, [data-paper] img, [data-paper] svg, [data-paper] b, [data-paper] u, marquee',
        (n) => n.length,
      ),
    ).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('a[href^="javascript"]', (n) => n.length)).toBe(0);
    expect(await page.textContent('h1')).toBe('<h1>Name</h1>');
    // Search and the section filter still work on such text.
    await page.fill('#q', 'svg onload');
    expect(await shownTitles(page)).toEqual([HOSTILE[2]]);
    await page.fill('#q', '');
    await page.selectOption('#f-section', '<b>Section</b> "quoted"');
    expect(await shownTitles(page)).toHaveLength(HOSTILE.length);
    await page.screenshot({ path: artifact('hostile.png') });
    expect(errors).toEqual([]);
    await context.close();
    hostile.remove();
  });

  it('has a Content-Security-Policy that refuses script injected into the page', async () => {
    const { page, errors, context } = await open(browser, site.url);
    type Probe = { __inline?: number; __violations?: string[] };
    const result = await page.evaluate(async () => {
      const probe = window as Probe;
      probe.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        probe.__violations!.push(e.violatedDirective),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      // The image fails to load; its inline handler, were it allowed, would run before any
      // listener added later, so once the error event has come the handler has had its chance.
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__inline = 2');
      const failed = new Promise((done) => img.addEventListener('error', done));
      img.src = 'data:,not-an-image';
      document.body.append(img);
      await failed;
      return { inline: probe.__inline };
    });
    expect(result.inline).toBeUndefined();
    // The reports come as events after the refusals.
    await expect
      .poll(() => page.evaluate(() => (window as Probe).__violations), EVENTUALLY)
      .toContain('script-src-elem');
    await expect
      .poll(() => errors.some((e) => e.includes('Content Security Policy')), EVENTUALLY)
      .toBe(true);
    await context.close();
  });
});
