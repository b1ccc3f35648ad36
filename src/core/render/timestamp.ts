// The "Last Update" stamp: a strftime subset in any IANA time zone, through Intl (English names,
// as strftime gives in the C locale). The time is always a parameter, never the clock.

/** English month names, as strftime writes them in the C locale. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The wall-clock time in `timeZone` as a Date whose UTC fields hold it, and the zone's name there. */
function wallClock(
  time: Date,
  timeZone: string,
): { local: Date; offsetMinutes: number; zoneName: string } {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    timeZoneName: 'short',
    era: 'short',
  });
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(time)) parts[part.type] = part.value;
  const num = (type: string): number => Number(parts[type] ?? 0);
  const year = parts.era === 'BC' ? 1 - num('year') : num('year');
  const local = new Date(0);
  local.setUTCFullYear(year, num('month') - 1, num('day'));
  local.setUTCHours(num('hour'), num('minute'), num('second'), 0);
  const seconds = Math.floor(time.getTime() / 1000) * 1000;
  return {
    local,
    offsetMinutes: Math.round((local.getTime() - seconds) / 60000),
    zoneName: parts.timeZoneName ?? timeZone,
  };
}

/**
 * Formats `time` in `timeZone` with `%Y %m %d %H %M %S %b %B %a %A %y %Z %z %%`; any other
 * `%x` is kept as written. Throws RangeError for an unknown time zone.
 */
export function formatTimestamp(time: Date, format: string, timeZone: string): string {
  const { local, offsetMinutes, zoneName } = wallClock(time, timeZone);
  const month = local.getUTCMonth();
  const day = local.getUTCDay();
  const abs = Math.abs(offsetMinutes);
  const fields: Record<string, string> = {
    Y: String(local.getUTCFullYear()),
    y: pad(((local.getUTCFullYear() % 100) + 100) % 100),
    m: pad(month + 1),
    d: pad(local.getUTCDate()),
    H: pad(local.getUTCHours()),
    M: pad(local.getUTCMinutes()),
    S: pad(local.getUTCSeconds()),
    b: (MONTHS[month] ?? '').slice(0, 3),
    B: MONTHS[month] ?? '',
    a: (DAYS[day] ?? '').slice(0, 3),
    A: DAYS[day] ?? '',
    Z: zoneName,
    z: (offsetMinutes < 0 ? '-' : '+') + pad(Math.floor(abs / 60)) + pad(abs % 60),
    '%': '%',
  };
  return format.replace(/%(.)/gs, (whole, letter: string) => fields[letter] ?? whole);
}
