// Headings and entries -> sections and the layout that writes them back. A section is the deepest
// heading above its entries, its category the heading above that (a list with one heading level
// uses it for both, and writes no section heading). Every text between the pieces (headings and
// entries) is kept: as the layout's default when most sections share it, else as the section's or
// the entry's own, so rendering the result gives the zone back byte for byte.
import { escapeHeading } from '../../render/escape.js';
import { templateLiteral } from '../../render/layouts/template.js';
import { SHAPE_FIELD, STYLE_FIELD } from '../../render/layouts/zone.js';
import type { LayoutKind, LayoutSettings, SectionLayout } from '../../settings/layout.js';
import type { Paper, Section } from '../../types.js';
import type { HeadingItem, Item } from './collect.js';
import { buildTemplate, type Entry } from './entry.js';
import { authorLists } from './authors.js';
import { learnTemplate } from './optional.js';
import { ownPaddingBack, sharePadding } from './padding.js';
import { fillTemplate, type FillContext } from '../../render/layouts/fill.js';
import { SPACING_FIELD, splitSpacing, withSpacing } from '../../render/layouts/spacing.js';

interface Draft {
  leaf: string;
  category: string;
  categoryLevel: number;
  sectionLevel: number;
  /** The heading the section is read under (undefined: entries before any heading). */
  owner: HeadingItem | undefined;
  /**
   * What sets this part of its heading's entries apart (`table`), when the heading holds entries
   * of two kinds (a list, then a table): a section of its own that writes no heading.
   */
  part?: string;
  categoryPiece?: HeadingItem;
  sectionPiece?: HeadingItem;
  entries: Entry[];
}

export interface Assembled {
  sections: Section[];
  layout: LayoutSettings;
  /** Offsets of every piece (headings written by the layout, entries), in order. */
  pieces: [number, number][];
}

/** The sections of `items`, read between `zoneStart` and `zoneEnd` of `source`. */
export function assemble(
  items: readonly Item[],
  source: string,
  zoneStart: number,
  zoneEnd: number,
  fallbackName: string,
): Assembled {
  const drafts = draftSections(items, fallbackName);
  const names = sectionNames(drafts);
  const texts = gapTexts(drafts, source, zoneStart, zoneEnd);
  const sections: Section[] = [];
  const commons: string[] = [];
  const templates: string[][] = [];
  const counted = countsPositions(drafts);
  const lead = leadOfEntries(texts);
  drafts.forEach((draft, i) => {
    const name = names[i]!;
    const section: Section = { name, category: draft.category, papers: [] };
    if (name !== draft.leaf && draft.part === undefined) section.heading = draft.leaf;
    const gaps = texts.itemGaps[i]!;
    const common = commonPrefix(gaps);
    const own = gaps.length > 0 ? leadOfEntries(texts, i) : lead;
    const first = takeLead(texts, i, draft, own);
    const list = draft.entries.map((entry, n) => {
      const replacements = [...entry.replacements];
      if (counted && entry.number && entry.number.value === n + 1) {
        replacements.push({ start: entry.number.start, end: entry.number.end, tag: '{{n}}' });
      }
      const prefix = n === 0 ? first : templateLiteral((gaps[n - 1] ?? '').slice(common.length));
      return (
        prefix + keepStops(buildTemplate(source, entry.start, entry.end, replacements), entry.paper)
      );
    });
    templates.push(list);
    // A copy: the zone may be assembled twice (the whole README, then the zone found), and
    // learning a section's template gives its papers fields.
    section.papers = papersOf(draft);
    list.forEach((template, n) => {
      const escape = draft.entries[n]!.kind === 'html' ? 'html' : 'markdown';
      list[n] = withoutSpacing(template, section.papers[n]!, { escape, linkLabels: {}, n: n + 1 });
    });
    sections.push(section);
    commons.push(common);
  });
  const padded = sharePadding(
    templates,
    sections.map((s) => s.papers),
    (n) => ({ escape: 'markdown', linkLabels: {}, n: n + 1 }),
  );
  const layout = chooseLayout(drafts, names, texts, templates, commons, sections);
  ownPaddingBack(padded, SHAPE_FIELD);
  authorLists(sections, layout);
  const pieces: [number, number][] = [];
  for (const d of drafts) {
    for (const p of [d.categoryPiece, d.sectionPiece]) if (p) pieces.push([p.start, p.end]);
    for (const e of d.entries) pieces.push([e.start, e.end]);
  }
  return { sections, layout, pieces };
}

/**
 * Whether the list's numbers count its entries (`1.`, `2.`, `3.`): most numbered entries carry
 * their position. A list that writes `1.` before every entry (the page numbers them) keeps it as
 * written.
 */
function countsPositions(drafts: readonly Draft[]): boolean {
  let numbered = 0;
  let positions = 0;
  for (const d of drafts) {
    d.entries.forEach((e, n) => {
      if (!e.number) return;
      numbered++;
      if (e.number.value === n + 1) positions++;
    });
  }
  return positions * 2 > numbered;
}

/**
 * The entry's template without the spaces at its lines' ends, which the paper keeps in `spacing`
 * (entries that differ only by them then share one template); as it is when that would not give
 * the entry back.
 */
function withoutSpacing(template: string, paper: Paper, ctx: FillContext): string {
  // Spaces before a line break inside a links loop's separator (`" \n  "`) go too.
  const text = splitSpacing(template).text.replace(
    /(\{\{#links ")((?:[^"\\]|\\.)*)("\}\})/g,
    (_, open: string, sep: string, close: string) =>
      open + sep.replace(/[ \t]+(?=\\n)/g, '') + close,
  );
  if (text === template || Object.hasOwn(paper.extra, SPACING_FIELD)) return template;
  let spacing: string[];
  try {
    const written = fillTemplate(template, paper, ctx);
    spacing = splitSpacing(written).spacing;
    const spaced: Paper = { ...paper, extra: { ...paper.extra, [SPACING_FIELD]: spacing } };
    if (withSpacing(fillTemplate(text, paper, ctx), spaced) !== written) return template;
  } catch {
    return template;
  }
  if (spacing.length > 0) {
    Object.defineProperty(paper.extra, SPACING_FIELD, {
      value: spacing,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return text;
}

/**
 * A full stop an entry writes after a title ending with `?` or `!` (which the renderer leaves out
 * there) is written as quoted text, so the entry comes back as written.
 */
function keepStops(template: string, paper: Paper): string {
  if (!/[?!]$/.test(paper.title)) return template;
  return template.replace(/(\{\{title(?: [^}]*)?\}\})\./g, '$1{{"."}}');
}

/**
 * The draft's papers with what their headings give them; a heading names the venue only of a
 * section whose entries write none (`## AnyObject` over entries that each say `CVPR'23` is a topic).
 */
function papersOf(draft: Draft): Paper[] {
  const headings = draft.leaf === draft.category ? [draft.leaf] : [draft.leaf, draft.category];
  const ownVenue = draft.entries.some((e) => e.paper.venue !== undefined);
  return draft.entries.map((e) => fromHeadings(copyPaper(e.paper), headings, !ownVenue));
}

function copyPaper(paper: Paper): Paper {
  return { ...paper, links: paper.links.map((l) => ({ ...l })), extra: { ...paper.extra } };
}

/**
 * Grouping headings: a year (`### 2024`) or a venue (`## ICLR`, `### NeurIPS 2023`) above entries
 * gives its value to those that have none of their own.
 */
export function fromHeadings(paper: Paper, headings: readonly string[], venues = true): Paper {
  for (const text of headings) {
    const m = /^(?:(arXiv|[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*)?((?:19|20)\d{2})?$/.exec(text.trim());
    if (!m || (!m[1] && !m[2])) continue;
    if (m[1] && venues && paper.venue === undefined) paper.venue = m[1];
    if (m[2] && paper.year === undefined) paper.year = m[2];
  }
  return paper;
}

function draftSections(items: readonly Item[], fallbackName: string): Draft[] {
  const drafts: Draft[] = [];
  const stack: HeadingItem[] = [];
  for (const item of items) {
    if (item.type === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1]!.level >= item.level) stack.pop();
      stack.push(item);
      continue;
    }
    const owner = stack[stack.length - 1];
    const current = drafts[drafts.length - 1];
    if (current && current.owner === owner) {
      const part = partOf(current.entries[current.entries.length - 1]!, item.entry);
      if (part === undefined) current.entries.push(item.entry);
      else drafts.push({ ...current, part, entries: [item.entry], ...UNHEADED });
      continue;
    }
    // A category heading written before the previous section's entries cannot be written again
    // above this one: the section's own heading is then its category (`## B` after `### A1` under
    // `# A`, with entries right under `## B`).
    const above = stack[stack.length - 2];
    const lastEnd = current ? current.entries[current.entries.length - 1]!.end : -1;
    const parent =
      above && above.start < lastEnd && above.text !== current?.category ? undefined : above;
    const previous = current?.category;
    const draft: Draft = owner
      ? parent
        ? {
            leaf: owner.text,
            category: parent.text,
            categoryLevel: parent.level,
            sectionLevel: owner.level,
            owner,
            sectionPiece: owner,
            entries: [item.entry],
          }
        : {
            leaf: owner.text,
            category: owner.text,
            categoryLevel: owner.level,
            sectionLevel: 0,
            owner,
            entries: [item.entry],
          }
      : {
          leaf: fallbackName,
          category: fallbackName,
          categoryLevel: 0,
          sectionLevel: 0,
          owner,
          entries: [item.entry],
        };
    // The renderer writes a category heading only when the category changes.
    if (owner && draft.category !== previous) draft.categoryPiece = parent ?? owner;
    drafts.push(draft);
  }
  return drafts;
}

/** A part of a heading's entries writes no heading of its own. */
const UNHEADED = { sectionLevel: 0, categoryPiece: undefined, sectionPiece: undefined };

/**
 * Where a heading's entries change kind, a new part starts, so each kind keeps its own template
 * and a new entry can be added to either: a table after a list (or a list after a table), or a
 * second table. Undefined when `entry` continues the entries of `last`.
 */
export function partOf(last: Entry, entry: Entry): string | undefined {
  const table = (e: Entry) => e.kind === 'table';
  if (!table(last) && !table(entry)) return undefined;
  if (table(last) && table(entry) && last.block === entry.block) return undefined;
  return table(entry) ? 'table' : entry.kind;
}

/** Unique data-file keys: the heading, else the heading path, else a number added. */
function sectionNames(drafts: readonly Draft[]): string[] {
  const count = new Map<string, number>();
  const leaf = (d: Draft) => (d.part === undefined ? d.leaf : `${d.leaf} (${d.part})`);
  for (const d of drafts) count.set(leaf(d), (count.get(leaf(d)) ?? 0) + 1);
  const used = new Set<string>();
  return drafts.map((d) => {
    let name =
      count.get(leaf(d))! > 1 && d.category !== d.leaf ? `${d.category} / ${leaf(d)}` : leaf(d);
    const base = name;
    for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
    used.add(name);
    return name;
  });
}

interface Texts {
  zoneStart: string;
  zoneEnd: string;
  before: (string | undefined)[];
  categoryStart: (string | undefined)[];
  start: (string | undefined)[];
  itemGaps: string[][];
}

function gapTexts(
  drafts: readonly Draft[],
  source: string,
  zoneStart: number,
  zoneEnd: number,
): Texts {
  const texts: Texts = {
    zoneStart: '',
    zoneEnd: '',
    before: [],
    categoryStart: [],
    start: [],
    itemGaps: [],
  };
  let last = zoneStart;
  drafts.forEach((d, i) => {
    const first = d.categoryPiece ?? d.sectionPiece ?? d.entries[0]!;
    const between = source.slice(last, first.start);
    if (i === 0) texts.zoneStart = between;
    texts.before.push(i === 0 ? undefined : between);
    texts.categoryStart.push(
      d.categoryPiece && d.sectionPiece
        ? source.slice(d.categoryPiece.end, d.sectionPiece.start)
        : undefined,
    );
    const heading = d.sectionPiece ?? d.categoryPiece;
    texts.start.push(heading ? source.slice(heading.end, d.entries[0]!.start) : undefined);
    texts.itemGaps.push(d.entries.slice(1).map((e, n) => source.slice(d.entries[n]!.end, e.start)));
    last = d.entries[d.entries.length - 1]!.end;
  });
  texts.zoneEnd = source.slice(last, zoneEnd);
  return texts;
}

/**
 * What most entries write before themselves beyond the gap all entries of their section share (a
 * blank line, when one gap between two entries holds spaces and the shared gap is one line break).
 */
function leadOfEntries(texts: Texts, i?: number): string {
  const of = i === undefined ? texts.itemGaps : [texts.itemGaps[i]!];
  const rests = of.flatMap((gaps) => {
    const common = commonPrefix(gaps);
    // Spaces on a blank line are the entry's own (its spacing), not part of the lead.
    return gaps.map((g) => g.slice(common.length).replace(/[ \t]+(?=\n)/g, ''));
  });
  const lead = mostCommon(rests, '');
  return /^\s*$/.test(lead) ? lead : '';
}

/**
 * The first entry of a section writes the same lead as the others: taken from the text before it
 * (after its heading, or after the section before), when that text ends with it.
 */
function takeLead(texts: Texts, i: number, draft: Draft, lead: string): string {
  if (lead === '') return '';
  const headed = draft.sectionPiece ?? draft.categoryPiece;
  const text = headed ? texts.start[i] : i === 0 ? texts.zoneStart : texts.before[i];
  if (text === undefined || !text.endsWith(lead)) return '';
  const rest = text.slice(0, text.length - lead.length);
  if (headed) texts.start[i] = rest;
  else if (i === 0) texts.zoneStart = rest;
  else texts.before[i] = rest;
  return lead;
}

/** The blank lines all gaps start with: text in a gap belongs to the entry after it. */
function commonPrefix(texts: readonly string[]): string {
  if (texts.length === 0) return '\n';
  let prefix = texts[0]!;
  for (const t of texts) while (!t.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const text = prefix.search(/[^\s]/);
  if (text !== -1) prefix = prefix.slice(0, prefix.lastIndexOf('\n', text) + 1);
  return prefix === '' ? '\n' : prefix;
}

/** Letters and digits written as they are (not tags): ties go to the plainer text. */
function literalWeight(text: string): number {
  return text.replace(/\{\{[^}]*\}\}/g, '').replace(/[^\p{L}\p{N}]/gu, '').length;
}

/**
 * The most frequent value; among equally frequent ones the one with the least literal text (a
 * template without one entry's notes), then the first. Undefined values are not counted.
 */
function mostCommon<T>(values: readonly (T | undefined)[], fallback: T): T {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [v, c] of counts) {
    const plainer = typeof v === 'string' && literalWeight(v) < literalWeight(String(best));
    if (c > bestCount || (c === bestCount && plainer)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

function chooseLayout(
  drafts: readonly Draft[],
  names: readonly string[],
  texts: Texts,
  templates: readonly string[][],
  commons: readonly string[],
  sections: Section[],
): LayoutSettings {
  const kinds = drafts.flatMap((d) => d.entries.map((e) => e.kind));
  const pairs = drafts.map((d) => `${d.categoryLevel}/${d.sectionLevel}`);
  const [categoryLevel, sectionLevel] = mostCommon(pairs, '2/3').split('/').map(Number) as [
    number,
    number,
  ];
  const sectionItems = templates.map((list, i) =>
    mostCommonRepeated(list.filter((_, n) => !drafts[i]!.entries[n]!.partial)),
  );
  const layout: LayoutSettings = {
    kind: mostCommon<LayoutKind>(kinds, 'list'),
    item: mostCommon(
      templates.flatMap((list, i) => list.filter((_, n) => !drafts[i]!.entries[n]!.partial)),
      mostCommon(templates.flat(), '- {{title}}'),
    ),
    itemGap: mostCommon(
      commons.map((c, i) => (templates[i]!.length > 1 ? c : undefined)),
      '\n',
    ),
    categoryLevel,
    sectionLevel,
    start: mostCommon(texts.start, '\n'),
    before: mostCommon(texts.before, '\n\n'),
    categoryStart: mostCommon(texts.categoryStart, '\n'),
    zoneStart: texts.zoneStart,
    zoneEnd: countLine(texts.zoneEnd, sections),
    sections: {},
  };

  drafts.forEach((d, i) => {
    const name = names[i]!;
    const own = { item: sectionItems[i], gap: commons[i]!, entries: templates[i]!.length };
    const s = sectionLayoutOf(layout, d, sections[i]!, own, {
      before: texts.before[i],
      categoryStart: texts.categoryStart[i],
      start: texts.start[i],
    });
    learnSection(layout, s, templates[i]!, sections[i]!);
    if (Object.keys(s).length > 0) {
      Object.defineProperty(layout.sections, name, { value: s, enumerable: true, writable: true });
    }
  });
  return layout;
}

/** The template with most tags (the first of them), when there are several templates. */
function richest(templates: readonly string[]): string | undefined {
  let best: string | undefined;
  let most = -1;
  for (const t of new Set(templates)) {
    const tags = t.split('{{').length;
    if (tags > most) [best, most] = [t, tags];
  }
  return best;
}

/**
 * The section's template learned from its entries (see optional.ts); an entry it does not write as
 * written keeps its own template (`shape`).
 */
function learnSection(
  layout: LayoutSettings,
  s: SectionLayout,
  templates: readonly string[],
  section: Section,
): void {
  const escape = layout.kind === 'html' ? 'html' : 'markdown';
  const fitting = (l: { fits: boolean[] }) => l.fits.filter(Boolean).length;
  const kept = section.papers.map(valuesOf);
  // Starting from the list's template, else the section's most common one (no two entries alike:
  // its first entry's), else the one showing most fields (an entry written with every part: the
  // others then differ by parts they lack).
  const starts = [layout.item, s.item ?? templates[0], richest(templates)].filter(
    (t, k, all): t is string => t !== undefined && all.indexOf(t) === k,
  );
  let learned = learnTemplate(starts[0]!, templates, section.papers, escape);
  let values = section.papers.map(valuesOf);
  for (const start of starts.slice(1)) {
    if (fitting(learned) === templates.length) break;
    section.papers.forEach((p, n) => setValues(p, kept[n]!));
    const other = learnTemplate(start, templates, section.papers, escape);
    if (fitting(other) > fitting(learned)) {
      learned = other;
      values = section.papers.map(valuesOf);
    }
  }
  // The values of the learning kept, and only those: a learning tried and left gave values too.
  section.papers.forEach((p, n) => setValues(p, values[n]!));
  if (learned.item !== layout.item) s.item = learned.item;
  else delete s.item;
  const styles = otherStyles(templates, section.papers, learned.fits, escape);
  if (styles.length > 0) s.styles = styles;
  templates.forEach((template, n) => {
    if (!learned.fits[n]) section.papers[n]!.extra[SHAPE_FIELD] = template;
  });
}

/** What learning a template may give an entry: its extra fields, venue, year and abbreviation. */
type Values = Pick<Paper, 'extra' | 'venue' | 'year' | 'abbr'>;

function valuesOf(paper: Paper): Values {
  const { venue, year, abbr } = paper;
  return { extra: { ...paper.extra }, venue, year, abbr };
}

function setValues(paper: Paper, values: Values): void {
  paper.extra = { ...values.extra };
  for (const name of ['venue', 'year', 'abbr'] as const) {
    if (values[name] === undefined) delete paper[name];
    else paper[name] = values[name];
  }
}

/** At most this many other templates per section: a section is written in a few ways, not many. */
const MAX_STYLES = 2;

/**
 * Entries the section's template does not write may share another one among themselves (a second
 * way the list writes its entries: `"Title", 2023-05, Venue 2023,` beside `"Title" [2023-05]
 * [Venue 2023]`): learned from them as the section's is, kept when it writes two entries or more,
 * each of which then names it (`style: 2`). `fits` is updated for them.
 */
function otherStyles(
  templates: readonly string[],
  papers: Paper[],
  fits: boolean[],
  escape: 'html' | 'markdown',
): string[] {
  const styles: string[] = [];
  while (styles.length < MAX_STYLES) {
    const left = templates.flatMap((_, n) => (fits[n] ? [] : [n]));
    if (left.length < 2) break;
    const subset = left.map((n) => templates[n]!);
    const kept = left.map((n) => valuesOf(papers[n]!));
    const start = mostCommonRepeated(subset) ?? richest(subset)!;
    const learned = learnTemplate(
      start,
      subset,
      left.map((n) => papers[n]!),
      escape,
      { positions: left },
    );
    const written = learned.fits.filter(Boolean).length;
    if (written < 2) {
      left.forEach((n, k) => setValues(papers[n]!, kept[k]!));
      break;
    }
    styles.push(learned.item);
    const name = String(styles.length + 1);
    left.forEach((n, k) => {
      if (!learned.fits[k]) {
        setValues(papers[n]!, kept[k]!);
        return;
      }
      fits[n] = true;
      papers[n]!.extra[STYLE_FIELD] = name;
    });
  }
  return styles;
}

/**
 * What one section writes differently from `layout`: its own template (`own.item`), gap between its
 * entries (when it has several), texts around its heading, heading levels and heading lines.
 */
function sectionLayoutOf(
  layout: LayoutSettings,
  d: Draft,
  section: Section,
  own: { item: string | undefined; gap: string; entries: number },
  t: { before: string | undefined; categoryStart: string | undefined; start: string | undefined },
): SectionLayout {
  const s: SectionLayout = {};
  if (own.item !== undefined && own.item !== layout.item) s.item = own.item;
  if (own.entries > 1 && own.gap !== layout.itemGap) s.itemGap = own.gap;
  if (t.before !== undefined && t.before !== layout.before) s.before = t.before;
  if (t.categoryStart !== undefined && t.categoryStart !== layout.categoryStart)
    s.categoryStart = t.categoryStart;
  if (t.start !== undefined && t.start !== layout.start) s.start = t.start;
  if (d.categoryLevel !== layout.categoryLevel) s.categoryLevel = d.categoryLevel;
  if (d.sectionLevel !== layout.sectionLevel) s.sectionLevel = d.sectionLevel;
  headingLines(d, section, s);
  return s;
}

/** A section's own template: the one most of its entries share, when at least two do. */
function mostCommonRepeated(list: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 1;
  for (const [t, c] of counts) {
    if (c > bestCount) {
      best = t;
      bestCount = c;
    }
  }
  return best;
}

/** Heading lines the renderer would write otherwise are kept as written. */
function headingLines(d: Draft, section: Section, s: SectionLayout): void {
  if (d.sectionPiece) {
    const line = `${'#'.repeat(d.sectionLevel)} ${escapeHeading(section.heading ?? section.name)}`;
    const written = pieceText(d.sectionPiece);
    if (written !== line) s.headingLine = written;
  }
  if (d.categoryPiece) {
    const line = `${'#'.repeat(d.categoryLevel)} ${escapeHeading(section.category)}`;
    const written = pieceText(d.categoryPiece);
    if (written !== line) s.categoryLine = written;
  }
}

function pieceText(item: HeadingItem): string {
  return item.source;
}

/** A line after the entries that states their number becomes the count line. */
function countLine(text: string, sections: readonly Section[]): string {
  const titles = new Set<string>();
  for (const s of sections) for (const p of s.papers) titles.add(p.title);
  const count = String(titles.size);
  const line = new RegExp(`(?<![\\d{])${count}(?![\\d}])(?=[^\\n]*(?:paper|entr|item|work))`, 'i');
  const at = text.search(line);
  if (at === -1 || text.includes('{count}')) return text;
  return text.slice(0, at) + '{count}' + text.slice(at + count.length);
}
