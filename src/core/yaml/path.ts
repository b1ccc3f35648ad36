// Readable paths into a YAML value, shared by the data file and the settings file.

/** One step into a YAML value: a mapping key or a 0-based sequence index. */
export type Segment = string | number;

/** `EEN Design[2].links.PDF`: keys joined by dots, indexes in brackets (0-based). */
export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** The name of a data file path as people read it: `EEN Design[2].year` for `EEN Design.list[2].year`. */
export function formatDataPath(path: readonly Segment[]): string {
  const [section, list, index] = path;
  if (section !== undefined && list === 'list' && typeof index === 'number') {
    return formatPath([section, ...path.slice(2)]);
  }
  return formatPath(path);
}
