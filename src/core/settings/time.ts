// Checks for the two time settings: the zone name and the stamp's strftime-style format.

/** Whether the runtime knows `name` as a time zone (IANA names such as "Asia/Shanghai", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The directives the renderer understands in `timestamp-format`. */
export const timestampDirectives = 'YmdHMSbBaAyZz%';

/** The first directive of `format` the renderer would not understand (`%Q`, or a lone `%`). */
export function unknownDirective(format: string): string | undefined {
  for (let i = format.indexOf('%'); i >= 0; i = format.indexOf('%', i + 2)) {
    const directive = format.slice(i, i + 2);
    if (directive.length < 2 || !timestampDirectives.includes(directive.charAt(1)))
      return directive;
  }
  return undefined;
}
