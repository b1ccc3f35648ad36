// Hand edits of a list with its own layout (bullets, numbered items, paragraphs, tables with other
// columns, HTML tables): each entry of the zone as written is compared with the entries the data
// renders (and rendered before the change, when known). An entry that differs is matched to its
// paper and read through the template that writes it (else with the layout importer): what differs
// field by field is an edit, an entry written unlike its section's template keeps its own template
// (the `shape` field), an entry of no paper is a new one (placed where it was typed when the list
// keeps file order, ../place.ts). Every entry adopted is rendered once more and must give back exactly what
// was written, or its line is reported: a person's text is never silently rewritten.
import { toLf } from '../../line-endings.js';
import { fieldText } from '../../render/field.js';
import { SHAPE_FIELD, STYLE_FIELD } from '../../render/layouts/zone.js';
import type { Paper } from '../../types.js';
import { findZone } from '../../render/zones.js';
import type { LayoutSettings } from '../../settings/layout.js';
import type { AdoptInput } from '../compare.js';
import { listWords, type ListWords } from '../../settings/words.js';
import { keepsFileOrder, movedRows, readInOrder, type Place } from '../place.js';
import { removedPapers, repeatedPaper, samePaper, unseen } from '../rendered.js';
import type { Problem } from '../../problem.js';
import { noHandEdits, type DataWins, type HandEdits } from '../types.js';
import {
  renderedZone,
  type RenderedEntry,
  type RenderedSection,
  type RenderedZone,
} from './rendered.js';
import { withoutLeadingBlanks } from './by-template.js';
import { newPaper, shaped, throughTemplate } from './entry-paper.js';
import { compareFields } from './fields.js';
import { readWrittenZone, withHeadings, type WrittenEntry } from './written.js';

export function findLayoutHandEdits(input: AdoptInput, layout: LayoutSettings): HandEdits {
  const { list, settings, file, base } = input;
  // Line breaks are compared as `\n`: a README saved with CRLF is not edited on every line.
  const readme = toLf(input.readme);
  const zone = findZone(readme, settings.markers.main, file);
  if (!zone.ok) return noHandEdits();
  const now = renderedZone(list, settings, layout);
  const before = base ? renderedZone(base, settings, layout) : undefined;
  const read = readWrittenZone(
    readme,
    zone.value,
    layout,
    before ? [now, before] : [now],
    settings,
    file,
  );
  // An empty zone is a README rendered for the first time, not a list whose entries were removed.
  if (read.entries.length === 0) return { ...noHandEdits(), unreadable: read.strays };
  const edits: HandEdits = { ...noHandEdits(), unreadable: read.strays };
  const seen = new Map<string, Set<number>>(now.sections.map((s) => [s.name, new Set()]));
  const { changed, placed } = unchangedEntries(read.entries, now, before, seen);
  const context = {
    now,
    before,
    seen,
    edits,
    layout,
    file,
    changed,
    linkLabels: settings.linkLabels,
    labelsInUse: now.labels,
    keepsOrder: keepsFileOrder(settings),
    words: listWords(settings),
  };
  const inOrder = readInOrder(read.entries, placed, new Set(changed), (entry, after) =>
    readChanged(entry, after, context),
  );
  const shown = now.sections.map((s) => [s.name, s.entries] as const);
  const was = before && ((name: string) => sectionOf(before, name)?.entries);
  edits.putBack = removedPapers(shown, was, seen);
  if (context.keepsOrder) {
    edits.moved = movedRows(inOrder, (name) => sectionOf(now, name)?.entries, was);
  }
  return edits;
}

/**
 * Matches the entries written as the data renders them (now, or before the change): their papers
 * are marked seen, and placed at their index. The rest are the entries to read one by one.
 */
function unchangedEntries(
  entries: readonly WrittenEntry[],
  now: RenderedZone,
  before: RenderedZone | undefined,
  seen: Map<string, Set<number>>,
): { changed: WrittenEntry[]; placed: Map<WrittenEntry, number> } {
  const changed: WrittenEntry[] = [];
  const placed = new Map<WrittenEntry, number>();
  for (const entry of entries) {
    if (entry.section === undefined) continue; // its heading is reported already
    const current = sectionOf(now, entry.section);
    const taken = seen.get(entry.section) ?? new Set<number>();
    const text = withoutLeadingBlanks(entry.text);
    const same = current?.byText.get(text)?.find((r) => !taken.has(r.index));
    // Else the entry as the data rendered it before: the data file changed (or removed) this paper.
    const old = same ?? (before && sectionOf(before, entry.section)?.byText.get(text)?.[0]);
    const match = same ?? (old && unseen(current?.entries, taken, old.paper));
    if (match) {
      taken.add(match.index);
      placed.set(entry, match.index);
    }
    if (!old) changed.push(entry);
  }
  return { changed, placed };
}

interface Context {
  now: RenderedZone;
  before: RenderedZone | undefined;
  seen: Map<string, Set<number>>;
  edits: HandEdits;
  layout: LayoutSettings;
  linkLabels: Readonly<Record<string, string>>;
  labelsInUse: ReadonlySet<string>;
  file: string;
  /** The written entries that differ from every entry the data renders. */
  changed: readonly WrittenEntry[];
  /** Whether the list shows its papers in data file order (a new one goes where it was typed). */
  keepsOrder: boolean;
  /** What the list calls its entries: rows in a table. */
  words: ListWords;
}

function sectionOf(zone: RenderedZone, name: string): RenderedSection | undefined {
  return zone.byName.get(name);
}

/**
 * Reads an entry that differs from every entry the data renders: an edit of its paper, or a new
 * paper to go after index `after` of its section. Gives back the entry's place in the data, if any.
 */
function readChanged(entry: WrittenEntry, after: number, ctx: Context): Place | undefined {
  const name = entry.section as string;
  const section = sectionOf(ctx.now, name);
  const { edits } = ctx;
  if (!section) {
    // The change removed this section from the data file: its entries go with it.
    edits.dataWins.push(entryGone(name, entry.paper.title, entry));
    return undefined;
  }
  const taken = ctx.seen.get(name) ?? new Set<number>();
  ctx.seen.set(name, taken);
  const match = unseen(section.entries, taken, entry.paper) ?? sameSlot(entry, section, taken, ctx);
  if (match) {
    const paper =
      throughTemplate(entry, match.paper, section, ctx) ?? shaped(entry, match.paper, section, ctx);
    if (!paper) {
      edits.unreadable.push(notWritable(entry, ctx));
      return undefined;
    }
    taken.add(match.index);
    const was = ctx.before
      ? (unseen(sectionOf(ctx.before, name)?.entries, new Set(), match.paper)?.paper ?? match.paper)
      : undefined;
    compareFields(entry, paper, match, was, section, edits);
    return { paper: match.index };
  }
  const twin = section.entries.find((r) => samePaper(r.paper, entry.paper));
  if (twin) {
    edits.unreadable.push(
      repeatedPaper({ file: ctx.file, line: entry.line }, twin.paper.title, name, ctx.words),
    );
    return undefined;
  }
  const old = ctx.before && sectionOf(ctx.before, name);
  const removed = old?.entries.find((r) => samePaper(r.paper, entry.paper));
  if (removed) {
    edits.dataWins.push(entryGone(name, removed.paper.title, entry));
    return undefined;
  }
  return addEntry(entry, after, section, ctx);
}

/** A new paper from an entry of no paper of the data, going after index `after` (file order). */
function addEntry(
  entry: WrittenEntry,
  after: number,
  section: RenderedSection,
  ctx: Context,
): Place | undefined {
  // The entry is read as `init` reads it: the section's template may read it too, but only a
  // reading that gives it the same title is taken (else it keeps its own template).
  const typed = throughTemplate(entry, undefined, section, ctx);
  const paper =
    typed && sameTitle(typed.title, entry.paper.title)
      ? withHeadings(entry, typed)
      : shaped(entry, undefined, section, ctx);
  if (!paper) {
    ctx.edits.unreadable.push(notWritable(entry, ctx));
    return undefined;
  }
  ctx.edits.adoptions.push({
    kind: 'added',
    section: section.name,
    paper: newPaper(paper),
    line: entry.line,
    ...(ctx.keepsOrder ? { after } : {}),
  });
  return { after };
}

/** Titles equal but for case, spacing and punctuation (the renderer writes both the same way). */
function sameTitle(a: string, b: string): boolean {
  const key = (t: string) =>
    t
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) === key(b);
}

/**
 * The data's entry at the same place, when no written entry shows its paper: an entry whose title
 * and links were both changed (a paper without links whose title was corrected) is still found.
 */
function sameSlot(
  entry: WrittenEntry,
  section: RenderedSection,
  taken: Set<number>,
  ctx: Context,
): RenderedEntry | undefined {
  const slot = section.entries[entry.position - 1];
  if (!slot || taken.has(slot.index) || !sharesAField(entry.paper, slot.paper)) return undefined;
  const claimed = ctx.changed.some(
    (e) => e.section === section.name && samePaper(slot.paper, e.paper),
  );
  return claimed ? undefined : slot;
}

/**
 * Whether an entry can still be its slot's paper: it shows one of the paper's other fields (venue,
 * year...) as the data has it, or shows no other field at all. An entry whose every field differs
 * is another paper, typed in place of the one deleted.
 */
function sharesAField(written: Paper, data: Paper): boolean {
  const names = new Set([
    'abbr',
    'venue',
    'year',
    ...Object.keys(written.extra),
    ...Object.keys(data.extra),
  ]);
  names.delete(SHAPE_FIELD);
  names.delete(STYLE_FIELD);
  const shown = [...names].filter((n) => fieldText(written, n) !== undefined);
  return shown.length === 0 || shown.some((n) => fieldText(written, n) === fieldText(data, n));
}

function entryGone(section: string, title: string, entry: WrittenEntry): DataWins {
  const readme = entry.paper.title;
  return { section, title, field: 'entry', readme, data: undefined, line: entry.line };
}

function notWritable(entry: WrittenEntry, ctx: Context): Problem {
  const { entry: one, entries } = ctx.words;
  return {
    file: ctx.file,
    line: entry.line,
    message: `${one} at line ${entry.line} ("${entry.paper.title}") cannot be written again exactly as it is`,
    hint: `write it like the other ${entries} of its section, or make the change in the data file; nothing was changed`,
  };
}
