// Changing the venue (and, with it, the year) of some entries of the data file in place: the value of
// an entry's `venue` or `year` line replaced (or, for an entry without one, the line added at its end
// in its own indentation), so nothing else in the file changes. Like every edit of the data, it is
// proven by parsing the result: it must be the old list with exactly those fields changed, or
// nothing is written.
import { appendFieldLine } from './append-field.js';
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Result } from '../result.js';
import type { PaperList } from '../types.js';
import { loadData } from './load.js';
import { quote } from './scalar.js';
import type { EntryRef } from './stamp-added.js';
import { keyText, parseWithPositions } from '../yaml/locate.js';

export interface VenueChange {
  ref: EntryRef;
  venue: string;
  /** The entry's new year, when it changes too. */
  year?: string;
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

type Doc = ReturnType<typeof parseWithPositions>['doc'];

function entryNode(doc: Doc, ref: EntryRef): YAMLMap | undefined {
  const list = doc.getIn([ref.section, 'list'], true) as Node | undefined;
  const entry = list && 'items' in list ? (list.items as unknown[])[ref.index] : undefined;
  return isMap(entry) ? entry : undefined;
}

/** The edit that gives one block-style entry the value `value` for `key` (`venue` or `year`). */
function editFor(text: string, entry: YAMLMap, key: string, value: string): Edit | undefined {
  if (entry.flow) return undefined;
  const pairs = entry.items as Pair[];
  const own = pairs.find((p) => keyText(p.key) === key);
  if (own !== undefined) {
    const node = own.value as Node | null;
    if (node !== null && !isScalar(node)) return undefined;
    const range = node?.range;
    if (range === undefined || range === null) return undefined;
    const empty = range[0] === range[1];
    return { from: range[0], to: range[1], text: `${empty ? ' ' : ''}${quote(value)}` };
  }
  const added = appendFieldLine(text, pairs, `${key}: ${quote(value)}`);
  return added && { from: added.at, to: added.at, text: added.text };
}

/** The edits of one change: the year's first, so that two added lines read venue, then year. */
function editsFor(text: string, entry: YAMLMap, change: VenueChange): Edit[] | undefined {
  const venue = editFor(text, entry, 'venue', change.venue);
  if (venue === undefined) return undefined;
  if (change.year === undefined) return [venue];
  const year = editFor(text, entry, 'year', change.year);
  return year && [year, venue];
}

function expected(list: PaperList, changes: readonly VenueChange[]): PaperList {
  const byRef = new Map(changes.map((c) => [`${c.ref.section}\u0000${c.ref.index}`, c]));
  return {
    sections: list.sections.map((s) => ({
      ...s,
      papers: s.papers.map((p, i) => {
        const c = byRef.get(`${s.name}\u0000${i}`);
        if (c === undefined) return p;
        return { ...p, venue: c.venue, ...(c.year !== undefined ? { year: c.year } : {}) };
      }),
    })),
  };
}

/**
 * The data text with each change's entry given its venue. Fails, writing nothing, for an entry
 * written in flow style, or when the result does not read back as the old list with those venues.
 */
export function setVenues(
  dataText: string,
  list: PaperList,
  changes: readonly VenueChange[],
  file: string,
): Result<string> {
  if (changes.length === 0) return { ok: true, value: dataText };
  const fail = (message: string): Result<string> => ({
    ok: false,
    problems: [{ file, field: 'venue', message, hint: 'change the venue by hand' }],
  });
  const { doc } = parseWithPositions(dataText);
  const edits: Edit[] = [];
  for (const change of changes) {
    const entry = entryNode(doc, change.ref);
    const edit = entry ? editsFor(dataText, entry, change) : undefined;
    if (!edit) {
      return fail(`could not change the venue of ${change.ref.section}[${change.ref.index}]`);
    }
    edits.push(...edit);
  }
  let out = dataText;
  for (const e of edits.sort((a, b) => b.from - a.from))
    out = out.slice(0, e.from) + e.text + out.slice(e.to);
  const read = loadData(out, file);
  if (!read.ok || JSON.stringify(read.value) !== JSON.stringify(expected(list, changes))) {
    return fail('changing the venues and years would have changed other lines');
  }
  return { ok: true, value: out };
}
