import { expect, test } from 'vitest';
import { formatTimestamp } from '../../../src/core/render/timestamp.js';

const time = new Date('2024-10-14T12:47:37.900Z');

test('the real list stamp in Asia/Shanghai', () => {
  expect(formatTimestamp(time, '**Last Update: %b %d, %Y %H:%M:%S**', 'Asia/Shanghai')).toBe(
    '**Last Update: Oct 14, 2024 20:47:37**',
  );
});

test('every supported directive, in UTC', () => {
  expect(formatTimestamp(time, '%Y %m %d %H %M %S %b %B %a %A %y %Z %z %% %q', 'UTC')).toBe(
    '2024 10 14 12 47 37 Oct October Mon Monday 24 UTC +0000 % %q',
  );
});

test('the local date can differ from the UTC date; offsets may be negative or not whole hours', () => {
  const late = new Date('2024-12-31T23:30:00Z');
  expect(formatTimestamp(late, '%a %Y-%m-%d %H:%M %z', 'Asia/Kolkata')).toBe(
    'Wed 2025-01-01 05:00 +0530',
  );
  expect(formatTimestamp(late, '%a %Y-%m-%d %H:%M %z', 'America/New_York')).toBe(
    'Tue 2024-12-31 18:30 -0500',
  );
  expect(formatTimestamp(new Date('2024-07-01T04:00:00Z'), '%H:%M %z', 'America/New_York')).toBe(
    '00:00 -0400',
  );
});

test('%% is consumed before the letter after it', () => {
  expect(formatTimestamp(time, '100%%Y', 'UTC')).toBe('100%Y');
});

test('an unknown time zone throws RangeError', () => {
  expect(() => formatTimestamp(time, '%Y', 'Mars/Olympus')).toThrow(RangeError);
});
