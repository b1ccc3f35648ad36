// The preview of a suggested paper in a list with its own layout is the entry the README will get.
import { expect, test } from 'vitest';
import { rowPreview } from '../../../../src/core/suggest/messages.js';
import { defaultSettings } from '../../../../src/core/settings/defaults.js';
import { toLayout } from '../../../../src/core/settings/layout.js';
import type { Paper } from '../../../../src/core/types.js';

const paper: Paper = {
  title: 'Learning When to Halt',
  venue: 'ICLR',
  year: '2024',
  links: [{ label: 'PDF', url: 'https://example.org/halt.pdf' }],
  extra: {},
};

test('a list entry is previewed as the bullet it becomes', () => {
  const layout = toLayout({
    kind: 'list',
    item: '- [{{title}}]({{link:paper}}) - {{venue}} {{year}}',
  });
  expect(rowPreview(paper, { ...defaultSettings, layout })).toBe(
    '- [Learning When to Halt](https://example.org/halt.pdf) - ICLR 2024',
  );
});

test('a table entry is previewed under the header rows of the table', () => {
  const layout = toLayout({
    kind: 'table',
    item: '| {{title}} | {{venue}} |',
    start: '\n\n| Title | Venue |\n|:--|:--|\n',
  });
  expect(rowPreview(paper, { ...defaultSettings, layout })).toBe(
    '| Title | Venue |\n|:--|:--|\n| Learning When to Halt | ICLR |',
  );
});
