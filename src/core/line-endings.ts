// Line endings of a text a person saved: a file written on Windows has CRLF on every line. Readers
// work on `\n`, and what is written back gets the file's own endings again, so a CRLF file is not
// changed on every line and keeps its style outside the generated zones.

/** True when every line break of `text` is CRLF (and it has at least one). */
export function usesCrlf(text: string): boolean {
  const crlf = text.split('\r\n').length - 1;
  return crlf > 0 && crlf === text.split('\n').length - 1;
}

/** `text` with CRLF line breaks made `\n`. */
export function toLf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

/** `text` (line breaks `\n`) with CRLF line breaks. */
export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
