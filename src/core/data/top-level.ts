// The top-level keys of a data file (its section names) as written, read line by line without
// parsing the whole file: used to insert an entry, and to check that the parser read each name as
// it is written.

/** Top-level keys with the offset of their line; found without parsing the whole file. */
export function topLevelKeys(text: string): { name: string; start: number }[] {
  const keys: { name: string; start: number }[] = [];
  // `\s` matches U+FEFF too, so a first line that starts with a byte order mark is let in explicitly.
  for (const m of text.matchAll(/^\uFEFF?[^\s#].*$/gm)) {
    const name = topLevelKey(m[0].replace(/\r$/, ''));
    if (name !== undefined) keys.push({ name, start: m.index });
  }
  return keys;
}

/** The key of a top-level `key:` line, plain or quoted; undefined for anything else. */
export function topLevelKey(line: string): string | undefined {
  const s = line.replace(/^\uFEFF/, '');
  // Comments, document markers and sequence items at column 0 (`Key:\n- item`) are no keys.
  if (s === '' || /^(?:[\s#]|---|\.\.\.|-(?:\s|$))/.test(s)) return undefined;
  const dq = /^"((?:[^"\\]|\\.)*)"\s*:(?:\s|$)/.exec(s);
  if (dq?.[1] !== undefined) {
    try {
      return JSON.parse(`"${dq[1]}"`) as string;
    } catch {
      return undefined;
    }
  }
  const sq = /^'((?:[^']|'')*)'\s*:(?:\s|$)/.exec(s);
  if (sq?.[1] !== undefined) return sq[1].replace(/''/g, "'");
  const plain = /^(.+?)\s*:(?:\s|$)/.exec(s);
  return plain?.[1];
}
