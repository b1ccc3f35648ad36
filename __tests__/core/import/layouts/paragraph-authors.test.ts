// An item's authors in a paragraph of its own below its first line, every item numbered `1.`, a
// venue of several words before the year, and spaces some entries leave at their lines' ends: the
// section still shares one template and the README comes back byte for byte.
import { expect, test } from 'vitest';
import { importLayout } from '../../../../src/core/import/layouts/read.js';
import { renderLayoutZone } from '../../../../src/core/render/layouts/zone.js';
import { parseSettings } from '../../../../src/core/settings/parse.js';

const README = [
  '# Graph reading list',
  '',
  '## Surveys',
  '',
  '1. **A Gentle Survey of Message Passing.** AI Open 2021. [paper](https://example.org/survey)',
  '',
  '    *Ann Lee, Bo Chen, Cy Dee.* ',
  '',
  '1. **Graphs in the Wild: A Review.** IEEE TNN 2020. [paper](https://example.org/wild)',
  '   ',
  '    *Dan Eve, Fay Gill.*',
  '',
  '1. **Attention over Neighbours.** ICLR 2018. [paper](https://example.org/attend)',
  '',
  '    *Jon Kay, Kit Lam, Lou Moe.*',
  '',
].join('\n');

test('authors below the first line, venues of several words, spaces at line ends', () => {
  const read = importLayout(README, 'README.md', {
    markers: { start: '<!-- s -->', end: '<!-- e -->' },
  });
  const papers = read.list.sections.flatMap((s) => s.papers);
  expect(papers.map((p) => [p.venue, p.year, p.extra.authors])).toEqual([
    ['AI Open', '2021', 'Ann Lee, Bo Chen, Cy Dee'],
    ['IEEE TNN', '2020', 'Dan Eve, Fay Gill'],
    ['ICLR', '2018', 'Jon Kay, Kit Lam, Lou Moe'],
  ]);
  expect(papers.filter((p) => Object.hasOwn(p.extra, 'shape'))).toEqual([]);
  expect(papers[0]!.extra.spacing).toEqual(['', '', ' ']);
  expect(read.layout.item.startsWith('1. **{{title}}.**')).toBe(true);
  const settings = parseSettings('', '.github/paperlist.yml');
  if (!settings.ok) throw new Error('settings');
  const zone = renderLayoutZone(read.list, settings.value, read.layout);
  const { start, end } = read.zone;
  expect(zone).toBe(README.slice(start, end));
});
