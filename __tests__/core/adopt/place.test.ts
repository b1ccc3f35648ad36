// offTheRun: the fewest positions that, moved, leave the rest in increasing order.
import { describe, expect, test } from 'vitest';
import { offTheRun } from '../../../src/core/adopt/place.js';

describe('offTheRun', () => {
  test('values in order: none is off', () => {
    expect(offTheRun([0, 1, 2, 5, 9])).toEqual(new Set());
    expect(offTheRun([])).toEqual(new Set());
  });

  test('one value moved to the end, or to the front', () => {
    expect(offTheRun([1, 2, 3, 0])).toEqual(new Set([3]));
    expect(offTheRun([3, 0, 1, 2])).toEqual(new Set([0]));
  });

  test('two values swapped: one of them is off', () => {
    expect(offTheRun([0, 2, 1, 3]).size).toBe(1);
  });

  test('values in reverse: all but one are off', () => {
    expect(offTheRun([4, 3, 2, 1, 0]).size).toBe(4);
  });

  test('undefined values are never off, and do not break the run', () => {
    expect(offTheRun([0, undefined, 1, undefined, 2])).toEqual(new Set());
    expect(offTheRun([2, undefined, 0, 1])).toEqual(new Set([0]));
  });
});
