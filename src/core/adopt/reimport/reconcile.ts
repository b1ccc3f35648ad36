// The README's list (as the layout importer reads it) and the data file's, made one: the README's
// sections, their order and their entries' order, each entry's fields merged with its paper in the
// data file (./merge-paper.ts). An entry gone from the README leaves the data file when the data
// file still holds it as it was rendered (a deletion); an entry the data file added or changed
// since is kept (the data file wins). Entries found under another heading moved there, once.
import { canonicalJson } from '../../canonical-json.js';
import type { Paper, PaperList, Section } from '../../types.js';
import { samePaper } from '../rendered.js';
import { titleKey } from '../../suggest/normalize.js';
import { noHandEdits, type HandEdits } from '../types.js';
import { mergePaper } from './merge-paper.js';
import { sectionChanges } from './sections.js';
import type { ReadZone } from './zone.js';
import type { LayoutSettings } from '../../settings/layout.js';
import { parseTemplate, templateFields } from '../../render/layouts/template.js';
import { entryTemplate, sectionLayout } from '../../render/layouts/zone.js';

/** A paper of the data file, where it is, and whether a README entry took it. */
export interface DataEntry {
  section: Section;
  index: number;
  paper: Paper;
  used: boolean;
  /** The README section it went to. */
  to?: string;
}

export interface Reconciled {
  list: PaperList;
  edits: HandEdits;
  /** Whether the data file changed since the README was last rendered. */
  dataChanged: boolean;
}

const samePaperText = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The paper of `list` that is `paper`: in `section` first, by exact title first. */
export function findIn<T extends { section: Section; paper: Paper }>(
  entries: readonly T[],
  paper: Paper,
  section: string,
  free: (e: T) => boolean = () => true,
): T | undefined {
  const open = entries.filter(free);
  const here = open.filter((e) => e.section.name === section);
  return (
    here.find((e) => e.paper.title === paper.title) ??
    here.find((e) => samePaper(e.paper, paper)) ??
    open.find((e) => e.paper.title === paper.title) ??
    open.find((e) => samePaper(e.paper, paper))
  );
}

export function entriesOf(list: PaperList): DataEntry[] {
  return list.sections.flatMap((section) =>
    section.papers.map((paper, index) => ({ section, index, paper, used: false })),
  );
}

/**
 * `keepsOrder`: the list shows its papers in data file order, so the README's order is adopted;
 * otherwise the renderer sorts, and the data file keeps its order (new papers go at the end).
 */
export function reconcile(
  read: ReadZone,
  data: PaperList,
  base: PaperList | undefined,
  keepsOrder: boolean,
  layout?: LayoutSettings,
): Reconciled {
  const edits = noHandEdits();
  const held = entriesOf(data);
  const was = base ? entriesOf(base) : [];
  const baseOf = (e: DataEntry) => (base ? findIn(was, e.paper, e.section.name) : undefined);
  const shows = (section: string, paper: Paper) => shownFields(layout, section, paper);
  const ctx = { read, held, was, base, baseOf, edits, keepsOrder, shows };
  const matches = matchEntries(read.list, held);
  const list = { sections: read.list.sections.map((s) => sectionOf(s, matches, ctx)) };
  keepUnshown(list, held, base, baseOf, edits);
  const dataChanged = base !== undefined && !samePaperText(base, data);
  sectionChanges(list, data, base, held, read, edits);
  list.sections = list.sections.filter(
    (s) => s.papers.length > 0 || data.sections.some((d) => d.name === s.name),
  );
  return { list, edits, dataChanged };
}

interface Context {
  read: ReadZone;
  held: readonly DataEntry[];
  was: readonly DataEntry[];
  base: PaperList | undefined;
  baseOf: (e: DataEntry) => DataEntry | undefined;
  edits: HandEdits;
  keepsOrder: boolean;
  shows: (section: string, paper: Paper) => ReadonlySet<string>;
}

/** One README section made a data section: its entries merged, new ones added, moves said. */
function sectionOf(s: Section, matches: Map<Paper, DataEntry>, ctx: Context): Section {
  const { edits, base } = ctx;
  const papers: Paper[] = [];
  const from: (DataEntry | undefined)[] = [];
  let last = -1;
  for (const shown of s.papers) {
    const line = ctx.read.lines.get(shown) ?? 0;
    const d = matches.get(shown);
    if (!d) {
      const listed = ctx.held.some((e) => samePaper(e.paper, shown));
      // A second entry of a paper its section lists already: said (a list in the default tables
      // refuses it, as its rows cannot tell the two apart); a list with its own layout keeps both.
      if (
        papers.some((p) => titleKey(p.title) !== '' && titleKey(p.title) === titleKey(shown.title))
      ) {
        edits.unreadable.push({ file: '', line, message: `repeats "${shown.title}"` });
      }
      if (base && !listed && findIn(ctx.was, shown, s.name)) {
        // The data file removed this paper since: it stays removed.
        edits.dataWins.push(gone(s.name, shown, line));
      } else {
        papers.push(shown);
        from.push(undefined);
        edits.adoptions.push({ kind: 'added', section: s.name, paper: shown, line });
      }
      continue;
    }
    const at = { section: s.name, index: d.index, line };
    const shows = ctx.shows(s.name, shown);
    const merged = mergePaper(d.paper, shown, ctx.baseOf(d)?.paper, base !== undefined, at, shows);
    papers.push(merged.paper);
    from.push(d);
    edits.adoptions.push(...merged.edits);
    edits.dataWins.push(...merged.dataWins);
    const moved = d.section.name !== s.name || (ctx.keepsOrder && d.index < last);
    if (moved) edits.movedTo.push({ title: d.paper.title, from: d.section.name, to: s.name, line });
    if (d.section.name === s.name) last = Math.max(last, d.index);
  }
  return { ...s, papers: ctx.keepsOrder ? papers : inDataOrder(papers, from, s.name) };
}

/**
 * The fields the template that writes `paper` in `section` reads (its own template, else the
 * section's), none when the list has no layout of its own (the default tables show every field).
 */
function shownFields(
  layout: LayoutSettings | undefined,
  section: string,
  paper: Paper,
): ReadonlySet<string> {
  if (!layout) return new Set();
  const own = sectionLayout(layout, section);
  const template = entryTemplate(paper, own.item ?? layout.item, own.styles);
  try {
    return templateFields(parseTemplate(template));
  } catch {
    return new Set();
  }
}

/** A sorted list's section in data file order: its own papers as they were, then the rest. */
function inDataOrder(papers: Paper[], from: (DataEntry | undefined)[], name: string): Paper[] {
  const own = papers
    .map((paper, i) => ({ paper, d: from[i] }))
    .filter((x) => x.d?.section.name === name)
    .sort((x, y) => x.d!.index - y.d!.index)
    .map((x) => x.paper);
  return [...own, ...papers.filter((_, i) => from[i]?.section.name !== name)];
}

/**
 * Each README paper's paper in the data file: first in the section of the same name (for every
 * section), then, for those left, in any section (an entry moved under another heading).
 */
function matchEntries(shown: PaperList, held: DataEntry[]): Map<Paper, DataEntry> {
  const matches = new Map<Paper, DataEntry>();
  for (const sameSection of [true, false]) {
    for (const s of shown.sections) {
      for (const paper of s.papers) {
        if (matches.has(paper)) continue;
        const free = (e: DataEntry) => !e.used && (!sameSection || e.section.name === s.name);
        const d = findIn(held, paper, s.name, free);
        if (!d) continue;
        d.used = true;
        d.to = s.name;
        matches.set(paper, d);
      }
    }
  }
  return matches;
}

function gone(section: string, paper: Paper, line: number) {
  const title = paper.title;
  return { section, title, field: 'entry', readme: title, data: undefined, line };
}

/**
 * The data file's papers no README entry took: deleted when the data file holds them as they were
 * rendered; kept (where they stand in the data file) when the data file added or changed them
 * since, or when it is not known what was rendered (then they are put back, and it is said).
 */
function keepUnshown(
  list: PaperList,
  held: readonly DataEntry[],
  base: PaperList | undefined,
  baseOf: (e: DataEntry) => DataEntry | undefined,
  edits: HandEdits,
): void {
  for (const d of held) {
    if (d.used) continue;
    const b = baseOf(d);
    if (base && b && samePaperText(b.paper, d.paper)) {
      edits.deleted.push({ section: d.section.name, title: d.paper.title });
      continue;
    }
    if (!base || b) edits.putBack.push({ section: d.section.name, title: d.paper.title });
    place(list, held, d);
  }
}

/** Puts `d` back in its section, after the paper before it in the data file that is listed. */
function place(list: PaperList, held: readonly DataEntry[], d: DataEntry): void {
  let section = list.sections.find((s) => s.name === d.section.name);
  if (!section) {
    section = { ...d.section, papers: [] };
    const before = held.filter((e) => e.section !== d.section && e.section.papers.length > 0);
    const prior = [...before].reverse().find((e) => list.sections.some((s) => s.name === e.to));
    const at = prior
      ? list.sections.findIndex((s) => s.name === prior.to) + 1
      : list.sections.length;
    list.sections.splice(at, 0, section);
  }
  const earlier = d.section.papers.slice(0, d.index);
  let at = 0;
  for (const p of earlier) {
    const i = section.papers.indexOf(p);
    const m = held.find((e) => e.paper === p);
    const shownAt =
      m?.to === section.name ? section.papers.findIndex((x) => x.title === p.title) : i;
    if (shownAt >= 0) at = shownAt + 1;
  }
  section.papers.splice(at, 0, d.paper);
}
