import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/core/problem.js';
import {
  checkZonesApart,
  findZone,
  replaceZone,
  type Zone,
} from '../../../src/core/render/zones.js';

import { errorsOf as errors } from '../../result.js';

const pair = { start: '<!-- main-start -->', end: '<!-- main-end -->' };

function zone(text: string, p = pair): Zone {
  const found = findZone(text, p, 'README.md');
  if (!found.ok) throw new Error(errors(found).join('\n'));
  return found.value;
}

describe('findZone', () => {
  test('finds markers on their own line or within a line', () => {
    const text = 'intro\n <!-- main-start -->\nold\n<!-- main-end --> tail\n';
    expect(zone(text)).toEqual({
      pair,
      start: 7,
      contentStart: 26,
      contentEnd: 31,
      end: 48,
      startLine: 2,
      endLine: 4,
    });
  });

  test('a marker that appears twice names both lines', () => {
    const text = 'a\n<!-- main-start -->\nb\n<!-- main-end -->\nc\n<!-- main-end -->\n';
    expect(errors(findZone(text, pair, 'README.md'))).toEqual([
      'README.md:6: marker "<!-- main-end -->" appears twice (also on line 4) (keep exactly one start and one end marker)',
    ]);
  });

  test('three times, and both markers repeated', () => {
    const text =
      '<!-- main-start -->\n<!-- main-start -->\n<!-- main-end -->\n<!-- main-start --><!-- main-end -->\n';
    expect(errors(findZone(text, pair, 'README.md'))).toEqual([
      'README.md:2: marker "<!-- main-start -->" appears 3 times (also on lines 1, 4) (keep exactly one start and one end marker)',
      'README.md:4: marker "<!-- main-end -->" appears twice (also on line 3) (keep exactly one start and one end marker)',
    ]);
  });

  test('missing markers', () => {
    expect(errors(findZone('nothing here\n', pair, 'README.md'))).toEqual([
      'README.md: markers "<!-- main-start -->" and "<!-- main-end -->" not found (add a line "<!-- main-start -->" and below it a line "<!-- main-end -->" where the generated text goes)',
    ]);
    expect(errors(findZone('x\n<!-- main-start -->\n', pair, 'README.md'))).toEqual([
      'README.md:2: marker "<!-- main-start -->" has no end marker "<!-- main-end -->" (add a line "<!-- main-end -->" below it)',
    ]);
    expect(errors(findZone('x\ny\n<!-- main-end -->\n', pair, 'docs/README.md'))).toEqual([
      'docs/README.md:3: marker "<!-- main-end -->" has no start marker "<!-- main-start -->" (add a line "<!-- main-start -->" above it)',
    ]);
  });

  test('end before start', () => {
    const text = '<!-- main-end -->\n\n<!-- main-start -->\n';
    expect(errors(findZone(text, pair, 'README.md'))).toEqual([
      'README.md:1: marker "<!-- main-end -->" comes before its start marker "<!-- main-start -->" (line 3) (move "<!-- main-end -->" below "<!-- main-start -->")',
    ]);
  });
});

describe('checkZonesApart', () => {
  const inner = { start: '<!-- b-start -->', end: '<!-- b-end -->' };

  test('nested and overlapping zones are reported at the later start marker', () => {
    const nested = '<!-- main-start -->\n<!-- b-start -->\n<!-- b-end -->\n<!-- main-end -->\n';
    expect(
      checkZonesApart([zone(nested), zone(nested, inner)], 'README.md').map(formatProblem),
    ).toEqual([
      'README.md:2: marker "<!-- b-start -->" is inside the zone "<!-- main-start -->" ... "<!-- main-end -->" (lines 1-4) (generated zones must not overlap or nest; move one zone out of the other)',
    ]);
    const overlap = '<!-- b-start -->\n<!-- main-start -->\n<!-- b-end -->\n<!-- main-end -->\n';
    expect(
      checkZonesApart([zone(overlap), zone(overlap, inner)], 'README.md').map(formatProblem),
    ).toEqual([
      'README.md:2: marker "<!-- main-start -->" is inside the zone "<!-- b-start -->" ... "<!-- b-end -->" (lines 1-3) (generated zones must not overlap or nest; move one zone out of the other)',
    ]);
  });

  test('adjacent zones are fine', () => {
    const text = '<!-- main-start --><!-- main-end --><!-- b-start --><!-- b-end -->';
    expect(checkZonesApart([zone(text), zone(text, inner)], 'README.md')).toEqual([]);
  });
});

test('replaceZone replaces the content only', () => {
  const text = 'a <!-- main-start -->old<!-- main-end --> b';
  expect(replaceZone(text, zone(text), 'NEW')).toBe('a <!-- main-start -->NEW<!-- main-end --> b');
});
