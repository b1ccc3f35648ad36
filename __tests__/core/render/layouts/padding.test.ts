import { describe, expect, test } from 'vitest';
import { rowPads, withPadding, withPads } from '../../../../src/core/render/layouts/padding.js';
import { withSpacing } from '../../../../src/core/render/layouts/spacing.js';
import type { Paper } from '../../../../src/core/types.js';

const paper = (extra: Paper['extra']): Paper => ({ title: 'T', links: [], extra });

describe('table row padding', () => {
  test('a row is split at unescaped pipes, the last cell keeping the row end', () => {
    const row = rowPads('|  a b| c \\| d |   |');
    expect(row?.contents).toEqual(['', 'a b', 'c \\| d']);
    expect(row?.pads).toEqual(['', '', '  ', '', ' ', ' |   |']);
    expect(withPads(row!, row!.pads)).toBe('|  a b| c \\| d |   |');
  });

  test('a row is split into as many cells as its template writes', () => {
    expect(rowPads('| a |  |', 3)?.contents).toEqual(['', 'a', '']);
    expect(rowPads('| a |', 4)).toBeUndefined();
    expect(rowPads('- a | b')).toBeUndefined();
  });

  test("an entry's own padding replaces the template's, after the blank lines before the row", () => {
    const own = paper({ padding: ['', '', '  ', '', '', ' '] });
    expect(withPadding('\n| a | b |', own)).toBe('\n|  a|b ');
    expect(withPadding('| a | b |', paper({}))).toBe('| a | b |');
  });

  test('padding is written before the spaces at the line end', () => {
    const own = paper({ padding: ['', '', ' ', ' ', ' ', '|'], spacing: ['  '] });
    expect(withSpacing('| a | b |', own)).toBe('| a | b|  ');
  });
});
