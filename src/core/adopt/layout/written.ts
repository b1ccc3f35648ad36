// The main zone of a list with its own layout as it is written: each entry read with the layout
// importer (its paper, its template, its line), attributed to the data section whose heading it
// stands under, and each line that is neither an entry, a heading the data renders, nor a line the
// layout writes itself (a table's header, the count line), reported with its line.
import type { RootContent } from 'mdast';
import { fromHeadings, partOf } from '../../import/layouts/assemble.js';
import { collect, type Item } from '../../import/layouts/collect.js';
import { parseMarkdown } from '../../markdown/parse.js';
import { buildTemplate, type Entry } from '../../import/layouts/entry.js';
import { startOf } from '../../import/layouts/inline.js';
import { lineAt, lineStarts } from '../../import/layouts/paragraph.js';
import type { Problem } from '../../problem.js';
import { templateLiteral } from '../../render/layouts/template.js';
import type { Zone } from '../../render/zones.js';
import type { LayoutSettings } from '../../settings/layout.js';
import type { Settings } from '../../settings/types.js';
import { dataLabelsOf } from '../../settings/labels.js';
import { listWords } from '../../settings/words.js';
import { countPattern } from '../scan.js';
import type { Paper } from '../../types.js';
import type { RenderedSection, RenderedZone } from './rendered.js';

export interface WrittenEntry {
  /** The data section it stands under; undefined under a heading the data does not render. */
  section: string | undefined;
  /** Its source, with the text before it that is not the section's usual gap between entries. */
  text: string;
  line: number;
  /** What it shows, in the data file's terms (link labels as the data names them). */
  paper: Paper;
  /** The template that writes it (see render/layouts/template.ts). */
  template: string;
  /** 1-based position among the entries of its section in the zone. */
  position: number;
  /** The headings it stands under, whose year or venue it takes when it shows none. */
  headings: string[];
  /** Whether the headings name the venue (not when the section's entries write their own; default yes). */
  headingVenue?: boolean;
}

export interface WrittenZone {
  entries: WrittenEntry[];
  /** Lines that are not entries and that rendering would not write again. */
  strays: Problem[];
}

/**
 * Reads the zone of `readme` (line breaks `\n`). `rendered` are the zones the data renders now and
 * rendered before the change (if known): their headings name the sections, their lines are known.
 */
export function readWrittenZone(
  readme: string,
  zone: Zone,
  layout: LayoutSettings,
  rendered: readonly RenderedZone[],
  settings: Settings,
  file: string,
): WrittenZone {
  const tree = parseMarkdown(readme);
  const inside = tree.children.filter(
    (n: RootContent) => startOf(n) >= zone.contentStart && startOf(n) < zone.contentEnd,
  );
  const lines = lineStarts(readme);
  const { items } = collect(inside, readme, lines, zone.contentEnd);
  const keys = rendered.flatMap((r) => r.sections);
  const strays: Problem[] = [];
  const entries: WrittenEntry[] = [];
  const place = attribution(keys);
  const names = dataLabelsOf(settings.linkLabels, new Set(rendered.flatMap((r) => [...r.labels])));
  const count = new Map<string | undefined, number>();
  let previous: Item | undefined;
  let unknown = false;
  for (const item of items) {
    if (item.type === 'heading') {
      // A heading the layout writes as text (kept as written when the list was read) is no section.
      if (literalHeading(item.source.trimEnd(), keys, rendered)) {
        previous = item;
        continue;
      }
      unknown = !place.heading(item.source.trimEnd());
      if (unknown) strays.push(unknownHeading(file, item));
      previous = item;
      continue;
    }
    // Entries of another kind under the same heading (a table after a list) are the next part.
    const part =
      previous?.type === 'entry' && partOf(previous.entry, item.entry) !== undefined
        ? place.nextPart()
        : false;
    const section = place.section;
    // An entry under no section (above the first heading) is said, never dropped in silence.
    if (!section && !unknown) strays.push(noSection(file, item.entry.line));
    const position = (count.get(section?.name) ?? 0) + 1;
    count.set(section?.name, position);
    // The text before a part's first entry (a table's header) is the part's, not the entry's.
    const gap =
      previous?.type === 'entry' && section && !part
        ? extraGap(readme.slice(previous.entry.end, item.entry.start), section)
        : '';
    entries.push(written(readme, item.entry, section, gap, position, names));
    previous = item;
  }
  strays.push(...strayLines(readme, lines, zone, items, rendered, layout, file, settings));
  return { entries, strays };
}

/** Whether `line` is a heading no section has, that the layout writes as text of the zone. */
function literalHeading(
  line: string,
  keys: readonly RenderedSection[],
  rendered: readonly RenderedZone[],
): boolean {
  if (keys.some((k) => trimmed(k.headingLine) === line || trimmed(k.categoryLine) === line)) {
    return false;
  }
  return rendered.some((r) => r.lines.has(line));
}

/** A heading line as the zone's lines are compared: spaces at its end are not seen. */
const trimmed = (line: string | undefined) => line?.trimEnd();

/** Which section the zone is in, as its headings go by. */
function attribution(keys: readonly RenderedSection[]) {
  let category: string | undefined;
  const state = {
    section: keys.find((k) => k.categoryLine === undefined && k.headingLine === undefined) as
      RenderedSection | undefined,
    /** Moves to the heading `line`; false when the data renders no such heading. */
    heading(line: string): boolean {
      const own = keys.filter((k) => trimmed(k.headingLine) === line);
      if (own.length > 0) {
        state.section = own.find((k) => trimmed(k.categoryLine) === category) ?? own[0];
        return true;
      }
      const under = keys.filter((k) => trimmed(k.categoryLine) === line);
      if (under.length > 0) {
        category = line;
        state.section = under.find((k) => k.headingLine === undefined);
        return true;
      }
      state.section = undefined;
      return false;
    },
    /**
     * Moves to the part that follows the section: the next section, written without a heading
     * of its own under the same category line. False when there is none.
     */
    nextPart(): boolean {
      const current = state.section;
      const next = current ? keys[keys.indexOf(current) + 1] : undefined;
      if (!next || next.headingLine !== undefined || next.categoryLine !== current!.categoryLine) {
        return false;
      }
      state.section = next;
      return true;
    },
  };
  return state;
}

/** The text between two entries beyond the section's gap: it belongs to the entry after it. */
function extraGap(gap: string, section: RenderedSection): string {
  return gap.startsWith(section.itemGap) ? gap.slice(section.itemGap.length) : '';
}

function written(
  readme: string,
  entry: Entry,
  section: RenderedSection | undefined,
  gap: string,
  position: number,
  names: ReadonlyMap<string, string>,
): WrittenEntry {
  const replacements = [...entry.replacements];
  if (entry.number && entry.number.value === position) {
    replacements.push({ start: entry.number.start, end: entry.number.end, tag: '{{n}}' });
  }
  const template =
    templateLiteral(gap) + buildTemplate(readme, entry.start, entry.end, replacements);
  const s = section?.section;
  const headings = s
    ? [s.heading ?? s.name, s.category].filter((h, i, all) => all.indexOf(h) === i)
    : [];
  // As the importer reads them: a heading names the venue only of a section whose entries write none.
  const given = fromHeadings({ title: '', links: [], extra: {} }, headings).venue;
  const headingVenue = !s?.papers.some((p) => p.venue !== undefined && p.venue !== given);
  fromHeadings(entry.paper, headings, headingVenue);
  return {
    headings,
    headingVenue,
    section: section?.name,
    text: gap + readme.slice(entry.start, entry.end),
    line: entry.line,
    paper: dataLabels(entry.paper, names),
    template,
    position,
  };
}

/** `paper` with the year or venue of the headings its entry stands under, where it has none. */
export function withHeadings(entry: WrittenEntry, paper: Paper): Paper {
  return fromHeadings(
    { ...paper, links: [...paper.links], extra: { ...paper.extra } },
    entry.headings,
    entry.headingVenue,
  );
}

/** Link labels as the data file names them (the settings may show a label under another text). */
function dataLabels(paper: Paper, names: ReadonlyMap<string, string>): Paper {
  return {
    ...paper,
    links: paper.links.map((l) => ({ ...l, label: names.get(l.label) ?? l.label })),
  };
}

/** Lines of the zone outside every entry and heading that the layout would not write again. */
function strayLines(
  readme: string,
  starts: readonly number[],
  zone: Zone,
  items: readonly Item[],
  rendered: readonly RenderedZone[],
  layout: LayoutSettings,
  file: string,
  settings: Settings,
): Problem[] {
  const words = listWords(settings);
  const covered = new Set<number>();
  for (const item of items) {
    const [s, e] =
      item.type === 'heading' ? [item.start, item.end] : [item.entry.start, item.entry.end];
    for (let l = lineAt(starts, s); l <= lineAt(starts, Math.max(s, e - 1)); l++) covered.add(l);
  }
  const counts = countPatterns(layout);
  const problems: Problem[] = [];
  readme
    .slice(zone.contentStart, zone.contentEnd)
    .split('\n')
    .forEach((raw, i) => {
      const line = zone.startLine + i;
      const text = raw.trimEnd();
      if (text === '' || covered.has(line)) return;
      if (rendered.some((r) => r.lines.has(text)) || counts.some((re) => re.test(text))) return;
      problems.push({
        file,
        line,
        message: `line ${line} inside the generated ${words.zone} is not ${words.entry === 'row' ? 'a row' : 'an entry'} paperlist can read: ${JSON.stringify(text.slice(0, 80))}`,
        hint: `write it like the other ${words.entries} (a title and a link), or move text you want to keep outside the markers; nothing was changed`,
      });
    });
  return problems;
}

/** The lines of the layout's zone end that hold `{count}`, with any number in its place. */
function countPatterns(layout: LayoutSettings): RegExp[] {
  return layout.zoneEnd
    .split('\n')
    .filter((l) => l.includes('{count}'))
    .map((l) => countPattern(l.trimEnd())!);
}

function noSection(file: string, line: number): Problem {
  return {
    file,
    line,
    message: `the entry at line ${line} stands under no heading of a section of the data file`,
    hint: 'put it under the heading of its section; nothing was changed',
  };
}

function unknownHeading(file: string, item: Extract<Item, { type: 'heading' }>): Problem {
  return {
    file,
    line: item.line,
    message: `heading ${JSON.stringify(item.source.trim())} is not a heading of a section of the data file`,
    hint: 'add or rename sections in the data file, not in the README; nothing was changed',
  };
}
