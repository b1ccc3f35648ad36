// The `digest` setting: a query and an optional bound, checked like every setting.
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/core/settings/parse.js';

describe('the digest setting', () => {
  it('is off by default, and max defaults to 20', () => {
    const none = parseSettings('name: X\n', 'p.yml');
    expect(none.ok && none.value.digest).toBeUndefined();
    const on = parseSettings(`digest:\n  arxiv: 'abs:"early exit"'\n`, 'p.yml');
    expect(on.ok && on.value.digest).toEqual({ arxiv: 'abs:"early exit"', max: 20 });
  });

  it('refuses a missing query, a bound out of range and unknown keys, with lines', () => {
    const bad = parseSettings('digest:\n  max: 0\n  query: x\n', 'p.yml');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => [p.field, p.line])).toEqual([
      ['digest.arxiv', 2],
      ['digest.max', 2],
      ['digest.query', 3],
    ]);
    expect(bad.problems[0]?.hint).toContain('arXiv API search query');
  });
});
