import { expect, test } from 'vitest';
import { parseInstant } from '../../src/cli/time.js';

test('reads ISO 8601 instants with an offset', () => {
  expect(parseInstant('2024-10-14T12:47:37Z')?.toISOString()).toBe('2024-10-14T12:47:37.000Z');
  expect(parseInstant('2024-10-14T20:47:37+08:00')?.toISOString()).toBe('2024-10-14T12:47:37.000Z');
  expect(parseInstant('2024-10-14T12:47Z')?.toISOString()).toBe('2024-10-14T12:47:00.000Z');
  expect(parseInstant('2024-10-14T12:47:37.250Z')?.toISOString()).toBe('2024-10-14T12:47:37.250Z');
});

test('refuses times without an offset, dates alone, and impossible dates', () => {
  for (const text of [
    '2024-10-14T12:47:37',
    '2024-10-14',
    'yesterday',
    '2024-13-40T99:00:00Z',
    '',
  ]) {
    expect(parseInstant(text), text).toBeUndefined();
  }
});
