// An entry read through a template of its list: the data's paper (or a new one) with the fields the
// template shows set to what the entry says there, and its links as written. Only a reading that
// renders back as the entry was written counts (see ./compare.ts). Where the template's separators
// may stand inside a value too (`{{authors}}, {{venue}}, {{year}}` over three names, a venue and a
// year), several readings render the same text: the one that keeps most fields as the data (or the
// importer's reading of the entry) has them is taken, so an edit of one field changes only that one.
import type { PaperLink, Paper } from '../../types.js';
import { escapeText, type EscapeMode } from '../../render/layouts/fill.js';
import { fieldText } from '../../render/field.js';
import { parseTemplate, type TemplateNode } from '../../render/layouts/template.js';
import { dataLabelsOf, shownLabelOf } from '../../settings/labels.js';
import { matchTemplate, sameWrittenUrl, type TemplateMatch } from './match.js';

/** The text without the blank lines before it (the renderer puts its own gaps between entries). */
export function withoutLeadingBlanks(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '');
}

const KNOWN = new Set(['title', 'abbr', 'venue', 'year']);
const LOOP_PARTS = new Set(['label', 'url', 'n']);
/** Readings tried with fields pinned, before the first reading found is taken as it is. */
const MAX_TRIES = 64;

export interface ReadOptions {
  mode: EscapeMode;
  linkLabels: Readonly<Record<string, string>>;
  /** The link labels the data file uses (a link shown as one of them keeps it). */
  labelsInUse?: ReadonlySet<string>;
  /** Papers whose field values are preferred where the text reads several ways. */
  references: readonly Paper[];
  /** Whether a reading is the entry as written (renders back byte for byte). */
  accept: (paper: Paper) => boolean;
}

/** `base` with what `text` shows through `template`, or undefined when it is not written that way. */
export function readByTemplate(
  template: string,
  text: string,
  base: Paper | undefined,
  options: ReadOptions,
): Paper | undefined {
  const source = withoutLeadingBlanks(template);
  const entry = withoutLeadingBlanks(text);
  const plain = matchTemplate(source, entry, options.mode);
  if (!plain) return undefined;
  const pins = pinnable(source, entry, options);
  const names = [...pins.keys()];
  let tries = 0;
  for (let size = names.length; size > 0 && tries < MAX_TRIES; size--) {
    for (const subset of combinations(names, size)) {
      if (++tries > MAX_TRIES) break;
      const m = matchTemplate(
        source,
        entry,
        options.mode,
        new Map(subset.map((n) => [n, pins.get(n)!])),
      );
      const paper = m && toPaper(m, base, options);
      if (paper && options.accept(paper)) return paper;
    }
  }
  const paper = toPaper(plain, base, options);
  return options.accept(paper) ? paper : undefined;
}

function toPaper(m: TemplateMatch, base: Paper | undefined, options: ReadOptions): Paper {
  const paper: Paper = base
    ? { ...base, links: [...base.links], extra: { ...base.extra } }
    : { title: '', links: [], extra: {} };
  for (const field of m.shown) {
    if (LOOP_PARTS.has(field)) continue;
    setField(paper, field, m.fields.get(field));
  }
  for (const [field, phrases] of m.lists ?? []) {
    if (phrases.length > 0) paper.extra[field] = phrases;
    else delete paper.extra[field];
  }
  paper.links = links(m, base?.links ?? [], options);
  return paper;
}

/** The fields the template shows outside a links loop, each with the texts the references give it that the entry holds. */
function pinnable(template: string, text: string, options: ReadOptions): Map<string, string[]> {
  const pins = new Map<string, string[]>();
  for (const [name, raw] of shownFields(parseTemplate(template))) {
    const texts = new Set<string>();
    for (const ref of options.references) {
      const value = fieldText(ref, name);
      if (value === undefined || value === '') continue;
      const forms = raw
        ? [value.replace(/\r?\n|\r/g, ' ')]
        : [escapeText(value, options.mode, ''), escapeText(value, options.mode, ' ')];
      for (const form of forms) if (form !== '' && text.includes(form)) texts.add(form);
    }
    if (texts.size > 0)
      pins.set(
        name,
        [...texts].sort((a, b) => b.length - a.length),
      );
  }
  return pins;
}

/** Field names (and whether written raw) outside `{{#links}}` loops, in template order. */
function shownFields(nodes: readonly TemplateNode[], out = new Map<string, boolean>()) {
  for (const node of nodes) {
    if (node.t === 'field' && !LOOP_PARTS.has(node.name) && !out.has(node.name)) {
      out.set(node.name, node.raw);
    } else if (node.t === 'if') shownFields(node.body, out);
  }
  return out;
}

/** The subsets of `items` of `size` items, in order. */
function* combinations<T>(items: readonly T[], size: number, from = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - size; i++) {
    for (const rest of combinations(items, size - 1, i + 1)) yield [items[i]!, ...rest];
  }
}

function setField(paper: Paper, field: string, value: string | undefined): void {
  if (field === 'title') paper.title = value ?? '';
  else if (KNOWN.has(field)) {
    const key = field as 'abbr' | 'venue' | 'year';
    if (value === undefined) delete paper[key];
    else paper[key] = value;
  } else if (value === undefined) delete paper.extra[field];
  else paper.extra[field] = value;
}

/** The links as written: the data's own where the entry shows the same ones. */
function links(m: TemplateMatch, data: readonly PaperLink[], options: ReadOptions): PaperLink[] {
  const { linkLabels } = options;
  const used = new Set<PaperLink>();
  const replaced = new Map<PaperLink, PaperLink | undefined>();
  const named: PaperLink[] = [];
  for (const [label, url] of m.named) {
    const lower = label.toLowerCase();
    const free = (l: PaperLink) => !used.has(l);
    const found =
      data.find((l) => l.label === label && free(l)) ??
      data.find((l) => l.label.toLowerCase() === lower && free(l)) ??
      data.find(free);
    if (found) used.add(found);
    const link =
      url === ''
        ? undefined
        : found && sameWrittenUrl(found.url, url)
          ? found
          : { label: found?.label ?? label, url };
    if (found) replaced.set(found, link);
    if (link) named.push(link);
  }
  if (m.loop === undefined) {
    // Links no tag shows stay as they are, in their order; the ones shown take the entry's URL.
    const kept = data.flatMap((l) => (replaced.has(l) ? (replaced.get(l) ?? []) : [l]));
    return [...kept, ...named.filter((l) => !kept.includes(l))];
  }
  const names = dataLabelsOf(linkLabels, options.labelsInUse);
  const shown = (d: PaperLink) => shownLabelOf(d.label, linkLabels);
  const taken = new Set<PaperLink>();
  const loop = m.loop.map((l) => {
    // The data's own link where it is shown as written (a label may show as another's text).
    const free = data.filter((d) => !taken.has(d) && shown(d) === l.label);
    const same = free.find((d) => sameWrittenUrl(d.url, l.url));
    if (same) taken.add(same);
    return same ?? { label: free[0]?.label ?? names.get(l.label) ?? l.label, url: l.url };
  });
  const all = [...named, ...loop];
  const unchanged = all.length === data.length && all.every((l) => data.includes(l));
  return unchanged ? [...data] : all;
}
