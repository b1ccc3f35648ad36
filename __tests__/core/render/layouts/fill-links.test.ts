// `{{link:X}}` for an entry without a link labelled X: a link for the same thing stands in (the
// page for a paper slot, the code for a code slot), never a link for something else.
import { describe, expect, test } from 'vitest';
import { fillTemplate } from '../../../../src/core/render/layouts/fill.js';
import type { Paper } from '../../../../src/core/types.js';

const ctx = { escape: 'markdown' as const, linkLabels: {}, n: 1 };
const paper = (...links: [string, string][]): Paper => ({
  title: 'T',
  year: '2024',
  links: links.map(([label, url]) => ({ label, url })),
  extra: {},
});
const page = 'https://arxiv.org/abs/2401.00001';
const code = 'https://github.com/o/r';

describe('link slots', () => {
  test('a slot takes the link of its label, whatever the order', () => {
    const t = '[{{title}}]({{link:paper}}) {{#link:code}}[code]({{link:code}}){{/link:code}}';
    expect(fillTemplate(t, paper(['code', code], ['paper', page]), ctx)).toBe(
      `[T](${page}) [code](${code})`,
    );
  });

  test('a paper slot never takes the code link', () => {
    const t =
      '[{{title}}]({{link:paper}}) | [badge]({{link:arxiv}}) | {{#link:code}}[c]({{link:code}}){{/link:code}}';
    // The badge of the paper shows the paper's link again, as the list's own entries do.
    expect(fillTemplate(t, paper(['paper', page], ['code', code]), ctx)).toBe(
      `[T](${page}) | [badge](${page}) | [c](${code})`,
    );
  });

  test('a code slot stays empty without a code link', () => {
    const t =
      '[{{title}}]({{link:paper}}){{#link:code}} [c]({{link:code}}){{/link:code}}{{^link:code}} -{{/link:code}}';
    expect(fillTemplate(t, paper(['paper', page]), ctx)).toBe(`[T](${page}) -`);
  });

  test("a slot named by its column takes the paper's link, not the code", () => {
    const t = '| [{{title}}]({{link:download}}) | {{#link:repo}}[x]({{link:repo}}){{/link:repo}} |';
    expect(fillTemplate(t, paper(['CODE', code], ['PAGE', page]), ctx)).toBe(
      `| [T](${page}) | [x](${code}) |`,
    );
  });

  test('a conditional paper slot is left out when the entry has no link for it', () => {
    const t = '[{{title}}]({{link:paper}}){{#link:pdf}} [pdf]({{link:pdf}}){{/link:pdf}}';
    expect(fillTemplate(t, paper(['paper', page]), ctx)).toBe(`[T](${page})`);
  });
});

test('a slot for something else than the paper does not show the paper again', () => {
  const t = '[{{title}}]({{link:paper}}) [site]({{link:website}})';
  const p: Paper = {
    title: 'T',
    year: '2024',
    links: [{ label: 'paper', url: 'https://arxiv.org/abs/1' }],
    extra: {},
  };
  expect(fillTemplate(t, p, { escape: 'markdown', linkLabels: {}, n: 1 })).toBe(
    '[T](https://arxiv.org/abs/1) [site]()',
  );
});
