// A list field written with its separators: `{{authors ", " ", and " " and "}}`.
import { describe, expect, test } from 'vitest';
import { fillTemplate } from '../../../../src/core/render/layouts/fill.js';
import {
  joinedTag,
  parseTemplate,
  TemplateError,
} from '../../../../src/core/render/layouts/template.js';
import type { Paper } from '../../../../src/core/types.js';

const ctx = { escape: 'markdown' as const, linkLabels: {}, n: 1 };
const paper = (authors: unknown): Paper => ({ title: 'T', links: [], extra: { authors } });
const fill = (t: string, authors: unknown) => fillTemplate(t, paper(authors), ctx);

describe('joined list fields', () => {
  const t = '{{title}} - {{authors ", " ", and " " and "}}.';

  test('parses the separators, later ones defaulting to the one before', () => {
    expect(parseTemplate('{{authors ", "}}')[0]).toMatchObject({ t: 'field', sep: ', ' });
    expect(parseTemplate('{{authors ", " " & "}}')[0]).toMatchObject({
      join: { sep: ', ', last: ' & ', two: ' & ' },
    });
  });

  test('joins one, two and more items with their own separators', () => {
    expect(fill(t, ['Ada Lovelace'])).toBe('T - Ada Lovelace.');
    expect(fill(t, ['Ada Lovelace', 'Alan Turing'])).toBe('T - Ada Lovelace and Alan Turing.');
    expect(fill(t, ['A', 'B', 'C', 'et al.'])).toBe('T - A, B, C, and et al..');
  });

  test('a string value is written as it is; a missing one as nothing', () => {
    expect(fill(t, 'Ada Lovelace & co')).toBe('T - Ada Lovelace & co.');
    expect(fill(t, [])).toBe('T - .');
    expect(fillTemplate(t, { title: 'T', links: [], extra: {} }, ctx)).toBe('T - .');
  });

  test('items are escaped like any field', () => {
    expect(fill('{{authors ", "}}', ['*A*', 'B'])).toBe('\\*A\\*, B');
  });

  test('joinedTag writes a tag that parses back to the same separators', () => {
    for (const join of [
      { sep: ', ', last: ', ', two: ', ' },
      { sep: ', ', last: ', and ', two: ' and ' },
      { sep: '; ', last: ' & ', two: ' & ' },
      { sep: ', ', last: ', ', two: ' and ' },
    ]) {
      const node = parseTemplate(joinedTag('authors', join))[0];
      expect(node).toMatchObject(
        join.sep === join.last && join.last === join.two ? { sep: join.sep } : { join },
      );
    }
  });

  test('a bad separator is a clear error', () => {
    expect(() => parseTemplate('{{authors ", " "\\x"}}')).toThrow(TemplateError);
  });
});
