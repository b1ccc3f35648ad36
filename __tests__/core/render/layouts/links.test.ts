// Links in entry templates: `{{link:X}}` finds the link labelled X before any tag falls back to
// another link, and `{{repo:X}}` writes the code repository of that link (a stars badge's address).
import { describe, expect, test } from 'vitest';
import { fillTemplate } from '../../../../src/core/render/layouts/fill.js';
import type { Paper } from '../../../../src/core/types.js';

const ctx = { escape: 'markdown' as const, linkLabels: {}, n: 1 };
const paper = (links: Paper['links']): Paper => ({ title: 'T', links, extra: {} });

describe('link tags', () => {
  const row =
    '| {{#link:code}}[code]({{link:code}}){{/link:code}}{{^link:code}}-{{/link:code}} | {{#link:page}}[page]({{link:page}}){{/link:page}}{{^link:page}}-{{/link:page}} |';

  test('a tag without its own link does not take the link a later tag names', () => {
    const only = paper([{ label: 'page', url: 'https://example.org/p' }]);
    expect(fillTemplate(row, only, ctx)).toBe('| - | [page](https://example.org/p) |');
  });

  test('a tag without its own link still takes a link no tag names', () => {
    const other = paper([{ label: 'pdf', url: 'https://example.org/x.pdf' }]);
    expect(fillTemplate('[{{title}}]({{link:paper}})', other, ctx)).toBe(
      '[T](https://example.org/x.pdf)',
    );
  });

  test('{{repo:code}} is the owner and name of the code link, past its path', () => {
    const badge = '[![Star](https://img.shields.io/github/stars/{{repo:code}}.svg)]({{link:code}})';
    const linked = paper([{ label: 'code', url: 'https://github.com/lab/tool/tree/main/src' }]);
    expect(fillTemplate(badge, linked, ctx)).toBe(
      '[![Star](https://img.shields.io/github/stars/lab/tool.svg)](https://github.com/lab/tool/tree/main/src)',
    );
  });

  test('{{repo:code}} writes nothing for a link that is no repository', () => {
    const page = paper([{ label: 'code', url: 'https://example.org/tool' }]);
    expect(fillTemplate('<{{repo:code}}>', page, ctx)).toBe('<>');
  });
});

describe('a part written only with a link', () => {
  test('is left out when the entry has no link of that label, even with other links', () => {
    const template =
      '{{#link:code}}[code]({{link:code}}) {{/link:code}}[{{title}}]({{link:paper}})';
    const entry = paper([
      { label: 'paper', url: 'https://example.org/p' },
      { label: 'page', url: 'https://example.org/page' },
    ]);
    expect(fillTemplate(template, entry, ctx)).toBe('[T](https://example.org/p)');
  });
});
