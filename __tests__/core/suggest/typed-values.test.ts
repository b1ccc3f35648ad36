// A suggested paper's typed answers take the form of the values its neighbours hold: tags typed
// as `A, B` become a list, a picture's field takes only an address, a picture given by its address
// is linked to it where the entries link theirs, and a link the entries write twice is written
// twice.
import { describe, expect, test } from 'vitest';
import { likeNeighbours } from '../../../src/core/suggest/like-neighbours.js';
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import { toLayout } from '../../../src/core/settings/layout.js';
import type { Settings } from '../../../src/core/settings/types.js';
import type { Paper, PaperList } from '../../../src/core/types.js';

const settings = (item: string): Settings => ({
  ...defaultSettings,
  layout: toLayout({ kind: 'list', item }),
});
const entry = (title: string, extra: Paper['extra'], links: Paper['links'] = []): Paper => ({
  title,
  links,
  extra,
});
const list = (...papers: Paper[]): PaperList => ({
  sections: [{ name: 'A', category: 'A', papers }],
});
const like = (paper: Paper, l: PaperList, item = '- {{title}}') =>
  likeNeighbours(paper, l, settings(item), ['A']);

describe('a suggested paper among its neighbours', () => {
  test('tags typed in one answer become the list its neighbours hold', () => {
    const l = list(entry('One', { tags: ['Prefix Tuning'] }), entry('Two', { tags: ['A', 'B'] }));
    const p = like(entry('New', { tags: 'Adapter, Vision ' }), l);
    expect(p.extra.tags).toEqual(['Adapter', 'Vision']);
  });

  test('points written as sentences with commas stay one answer', () => {
    const l = list(entry('One', { details: ['Fast, small and cheap.', 'Open.'] }));
    expect(like(entry('New', { details: 'Big, slow.' }), l).extra.details).toBe('Big, slow.');
  });

  test("a picture's field takes only an address, and links to it as the entries do", () => {
    const pic = 'https://example.org/fig.png';
    const l = list(
      entry('One', { image: pic }, [{ label: 'image', url: 'https://example.org/poster.png' }]),
      entry('Two', {}),
    );
    expect(like(entry('New', { image: 'Example value' }), l).extra.image).toBeUndefined();
    const given = like(entry('New', { image: 'https://example.org/new.png' }), l);
    expect(given.links).toEqual([{ label: 'image', url: 'https://example.org/new.png' }]);
  });

  test('a link the entries write twice is written twice', () => {
    const twice = (n: string): Paper['links'] => [
      { label: 'paper', url: `https://example.org/${n}` },
      { label: 'paper-2', url: `https://example.org/${n}` },
    ];
    const l = list(entry('One', {}, twice('one')), entry('Two', {}, twice('two')));
    const p = like(entry('New', {}, [{ label: 'paper', url: 'https://example.org/new' }]), l);
    expect(p.links.map((k) => k.label)).toEqual(['paper', 'paper-2']);
    const once = list(entry('One', {}, [{ label: 'paper', url: 'https://example.org/one' }]));
    const q = like(entry('New', {}, [{ label: 'paper', url: 'https://example.org/new' }]), once);
    expect(q.links.map((k) => k.label)).toEqual(['paper']);
  });
});
