// feed.xml read back by a real feed parser (feedparser, on sax in strict XML mode), field by field:
// only entries that record the day they were added, newest first, at most 50, hostile text intact,
// stable ids.
import FeedParser from 'feedparser';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FEED_SIZE, renderFeed } from '../../src/core/outputs/feed/render.js';
import type { Paper, PaperList } from '../../src/core/types.js';

interface Read {
  meta: FeedParser.Meta;
  items: FeedParser.Item[];
}

function readFeed(xml: string): Promise<Read> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ strict: true } as FeedParser.Options);
    const items: FeedParser.Item[] = [];
    parser.on('error', reject);
    parser.on('readable', () => {
      for (let item = parser.read(); item; item = parser.read()) items.push(item);
    });
    parser.on('end', () => resolve({ meta: parser.meta, items }));
    Readable.from([xml]).pipe(parser);
  });
}

const TIME = new Date('2026-03-04T05:06:07Z');

function paper(i: number, added?: string): Paper {
  return {
    title: `Paper ${i} <b>&amp;</b> "q" 'a' ]]> \u0001`,
    venue: `V&${i}`,
    year: '2025',
    links: [
      { label: 'CODE', url: 'https://github.com/x/y' },
      { label: 'PAGE', url: `https://example.org/p?id=${i}&x=<y>` },
    ],
    extra: { ...(added ? { added } : {}), authors: [`Ann <${i}>`] },
  };
}

describe('feed.xml', () => {
  it('holds the newest 50 dated additions, each read back as written', async () => {
    const papers = Array.from({ length: 70 }, (_, i) =>
      paper(
        i,
        i % 7 === 3
          ? undefined
          : `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      ),
    );
    const list: PaperList = {
      sections: [
        { name: 'First & <one>', category: 'C', papers: papers.slice(0, 40) },
        { name: 'Second', category: 'C', papers: [...papers.slice(40), papers[5]!] },
      ],
    };
    const xml = renderFeed(list, {
      name: 'My <List> & Co',
      intro: 'New papers.',
      siteUrl: 'https://me.github.io/list',
      time: TIME,
    });
    const { meta, items } = await readFeed(xml);
    expect(meta['#type']).toBe('atom');
    expect(meta.title).toBe('My <List> & Co');
    expect(meta.description).toBe('New papers.');
    expect(meta.link).toBe('https://me.github.io/list/');
    expect(meta.xmlurl).toBe('https://me.github.io/list/feed.xml');

    const dated = papers
      .map((p, i) => ({ i, added: p.extra['added'] as string | undefined }))
      .filter((p) => p.added !== undefined)
      .sort((a, b) => b.added!.localeCompare(a.added!) || b.i - a.i)
      .slice(0, FEED_SIZE);
    expect(items).toHaveLength(FEED_SIZE);
    expect(new Date(meta.date!).toISOString()).toBe(`${dated[0]!.added}T00:00:00.000Z`);
    items.forEach((item, n) => {
      const { i, added } = dated[n]!;
      // The title as the feed holds it (feedparser's normalized `title` strips anything like HTML).
      const raw = (item as unknown as Record<string, { '#': string; '@': { type: string } }>)[
        'atom:title'
      ];
      expect(raw?.['#']).toBe(`Paper ${i} <b>&amp;</b> "q" 'a' ]]>`);
      expect(raw?.['@'].type).toBe('text');
      // Written percent-encoded, as the README writes links.
      expect(item.link).toBe(`https://example.org/p?id=${i}&x=%3Cy%3E`);
      expect(item.date?.toISOString()).toBe(`${added}T00:00:00.000Z`);
      expect(item.guid).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(item.author).toBe(`Ann <${i}>`);
      const sections =
        i === 5 ? ['First & <one>', 'Second'] : [i < 40 ? 'First & <one>' : 'Second'];
      expect(item.categories).toEqual(sections);
      expect(item.summary).toBe(`V&${i} 2025 · ${sections.join(', ')}`);
    });
    expect(new Set(items.map((i) => i.guid)).size).toBe(FEED_SIZE);

    // Ids stay the same when the list changes around an entry.
    const newest = papers[dated[0]!.i]!;
    const alone = { sections: [{ name: 'S', category: '', papers: [newest] }] };
    const again = await readFeed(renderFeed(alone, { name: 'x', time: TIME }));
    expect(again.items[0]?.guid).toBe(items[0]?.guid);
  });

  it('is a valid empty feed, dated by the change, when no entry records its day', async () => {
    const xml = renderFeed(
      { sections: [{ name: 'S', category: '', papers: [paper(1)] }] },
      { name: 'L', time: TIME },
    );
    const { meta, items } = await readFeed(xml);
    expect(items).toEqual([]);
    expect(meta['#type']).toBe('atom');
    expect(meta.date?.toISOString()).toBe('2026-03-04T05:06:07.000Z');
  });
});
