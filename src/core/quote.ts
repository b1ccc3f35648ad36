// Quoting a value inside a message. Messages echo what a person wrote, and some of it reaches a GitHub
// comment (65,536 characters at most), so a long value is shown by its start only.

const MAX_SHOWN = 80;

/** `"value"`, JSON-quoted so invisible and odd characters show; cut to its first 80 characters. */
export function quoteValue(value: string, max = MAX_SHOWN): string {
  const chars = [...value];
  return chars.length <= max
    ? JSON.stringify(value)
    : JSON.stringify(chars.slice(0, max).join('')) + `… (${chars.length} characters)`;
}
