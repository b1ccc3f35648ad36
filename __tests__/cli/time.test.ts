import { expect, test } from 'vitest';
import { parseInstant } from '../../src/cli/time.js';

const iso = (text: string) => {
  const instant = parseInstant(text);
  return instant.ok ? instant.value.toISOString() : instant.message;
};

test('reads ISO 8601 instants with an offset', () => {
  expect(iso('2024-10-14T12:47:37Z')).toBe('2024-10-14T12:47:37.000Z');
  expect(iso('2024-10-14T20:47:37+08:00')).toBe('2024-10-14T12:47:37.000Z');
  expect(iso('2024-10-14T12:47Z')).toBe('2024-10-14T12:47:00.000Z');
  expect(iso('2024-10-14T12:47:37.250Z')).toBe('2024-10-14T12:47:37.250Z');
});

test('checks the written fields, not the UTC ones: an offset may move the instant to another day', () => {
  expect(iso('2024-02-29T23:30:00-08:00')).toBe('2024-03-01T07:30:00.000Z');
  expect(iso('2025-01-01T01:00:00+08:00')).toBe('2024-12-31T17:00:00.000Z');
  expect(iso('2000-02-29T00:00:00Z')).toBe('2000-02-29T00:00:00.000Z');
  expect(iso('2024-12-31T23:59:59Z')).toBe('2024-12-31T23:59:59.000Z');
});

test('refuses times without an offset and dates alone', () => {
  for (const text of ['2024-10-14T12:47:37', '2024-10-14', 'yesterday', '']) {
    expect(parseInstant(text), text).toEqual({
      ok: false,
      message: `"${text}" is not an ISO 8601 instant (write it like 2024-10-14T12:47:37Z)`,
    });
  }
});

test('refuses impossible dates and times instead of rolling them over', () => {
  const cases: [string, string][] = [
    ['2023-02-30T10:00:00Z', 'February 2023 has 28 days, not 30'],
    ['2023-02-29T10:00:00Z', 'February 2023 has 28 days, not 29'],
    ['1900-02-29T10:00:00Z', 'February 1900 has 28 days, not 29'],
    ['2024-04-31T10:00:00+08:00', 'April 2024 has 30 days, not 31'],
    ['2024-01-00T10:00:00Z', 'January 2024 has 31 days, not 0'],
    ['2024-13-40T99:00:00Z', 'there is no month 13'],
    ['2024-00-10T10:00:00Z', 'there is no month 0'],
    ['2024-01-01T24:00:00Z', 'the hour is 24, past 23'],
    ['2024-01-01T23:60:00Z', 'the minute is 60, past 59'],
    ['2024-01-01T23:59:60Z', 'the second is 60, past 59'],
    ['2024-01-01T10:00:00+24:00', '+24:00 is not a time zone offset'],
    ['2024-01-01T10:00:00-05:60', '-05:60 is not a time zone offset'],
  ];
  for (const [text, why] of cases) {
    expect(parseInstant(text), text).toEqual({
      ok: false,
      message: `"${text}" is not a real date and time: ${why}`,
    });
  }
});
