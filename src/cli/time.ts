// The --time argument: an ISO 8601 instant with an explicit offset, so a run means the same moment
// on any machine.
import { MONTHS } from '../core/render/timestamp.js';
import { UsageError } from './args.js';

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

export type Instant = { ok: true; value: Date } | { ok: false; message: string };

/**
 * Reads `text` as an instant. `Date` itself rolls impossible fields over (`2023-02-30` is March 2,
 * `24:00` the next day), so each written field is checked against the calendar first.
 */
export function parseInstant(text: string): Instant {
  const match = ISO_INSTANT.exec(text);
  if (!match) {
    return {
      ok: false,
      message: `"${text}" is not an ISO 8601 instant (write it like 2024-10-14T12:47:37Z)`,
    };
  }
  const field = (i: number) => Number(match[i] ?? '0');
  const [year, month, day] = [field(1), field(2), field(3)];
  const [hour, minute, second] = [field(4), field(5), field(6)];
  const bad = (what: string): Instant => ({
    ok: false,
    message: `"${text}" is not a real date and time: ${what}`,
  });
  if (month < 1 || month > 12) return bad(`there is no month ${month}`);
  const days = daysIn(year, month);
  if (day < 1 || day > days) {
    return bad(`${MONTHS[month - 1]} ${year} has ${days} days, not ${day}`);
  }
  if (hour > 23) return bad(`the hour is ${hour}, past 23`);
  if (minute > 59) return bad(`the minute is ${minute}, past 59`);
  if (second > 59) return bad(`the second is ${second}, past 59`);
  if (match[8] !== undefined && (field(9) > 23 || field(10) > 59)) {
    return bad(`${match[8]}${match[9]}:${match[10]} is not a time zone offset`);
  }
  const time = new Date(text);
  return Number.isNaN(time.getTime())
    ? {
        ok: false,
        message: `"${text}" is not an ISO 8601 instant (write it like 2024-10-14T12:47:37Z)`,
      }
    : { ok: true, value: time };
}

/** Days in `month` (1-12) of `year`, Gregorian (Date.UTC would read years 0-99 as 1900-1999). */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The `--time` option: absent, or the instant it names; one that is not an instant is a usage error. */
export function timeOption(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const instant = parseInstant(text);
  if (!instant.ok) throw new UsageError(`--time: ${instant.message}`);
  return instant.value;
}
