// What the issue form `paperlist init` writes asks for, learned from the list: a field for every
// field its entries show (authors, a date, a venue, a code link...), once per kind of value, and
// none it never shows. The labels a suggested paper's links are written with are learned when it
// is added (suggest/list-labels.ts), from the entries around it.
import { parseTemplate, type TemplateNode } from '../../render/layouts/template.js';
import type { LayoutSettings } from '../../settings/layout.js';
import type { ShownField } from '../../form/template.js';
import type { PaperList } from '../../types.js';
import { SHAPE_FIELD, STYLE_FIELD, sectionLayout, shapeOf } from '../../render/layouts/zone.js';
import { fieldText } from '../../render/field.js';
import { alwaysShown, isStandIn } from '../../suggest/stand-ins.js';

export interface FormPlan {
  /** paperlist's own form fields the list shows. */
  own: Set<string>;
  /** The list's other fields, asked for after the year. */
  more: ShownField[];
}

const OWN = new Set(['title', 'abbr', 'venue', 'year']);
/** Template names that are no field a contributor fills in (a picture's size is the row's look). */
const NOT_ASKED =
  /^(?:label|url|n|links|spacing(?:-\d+)?|padding|indent(?:-\d+)?|separator(?:-\d+)?|shape|title|image(?:-\d+)?-(?:width|height))$/;

/** Every field a template writes, and whether it writes it as Markdown (`{{{raw}}}`). */
function walk(nodes: readonly TemplateNode[], out: Map<string, boolean>): void {
  for (const node of nodes) {
    if (node.t === 'field') out.set(node.name, (out.get(node.name) ?? false) || node.raw);
    if (node.t === 'if') {
      if (!out.has(node.name)) out.set(node.name, false);
      walk(node.body, out);
    }
    if (node.t === 'links') walk(node.body, out);
    if (node.t === 'link') out.set(`link:${node.label}`, false);
  }
}

function templatesOf(layout: LayoutSettings): string[] {
  return [layout.item, ...Object.values(layout.sections).flatMap((s) => (s.item ? [s.item] : []))];
}

/** The labels the list's links carry, most frequent first. */
function labelCounts(list: PaperList): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of list.sections) {
    for (const p of s.papers)
      for (const l of p.links) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function linkPlan(list: PaperList, fields: Map<string, boolean>) {
  const labels = labelCounts(list);
  const find = (re: RegExp) => labels.find(([l]) => re.test(l))?.[0];
  const code = find(/code|github|repo/i);
  const pdf = find(/^\[*pdf\]*$/i);
  const page = find(/^\[*(?:paper|arxiv|link|page|pdf)\]*$/i) ?? find(/paper|arxiv|link|page|pdf/i);
  const own = new Set<string>();
  if (pdf && pdf !== page) own.add('pdf');
  if (code || fields.has('code') || fields.has('link:code')) own.add('code');
  return { own };
}

/** A value of `field` the list has, as an example for the form (never a stand-in such as `-`). */
function example(list: PaperList, field: string): string | undefined {
  for (const s of list.sections) {
    for (const p of s.papers) {
      const v = p.extra[field];
      // A web address (a picture's) is an example however long: it shows what to give.
      const address = /^https?:\/\/\S+$/.test(v as string) && (v as string).length <= 300;
      if (typeof v === 'string' && (v.length <= 60 || address) && !isStandIn(v)) return v;
      if (Array.isArray(v)) return v.join(', ');
    }
  }
  return undefined;
}

/** Markdown or HTML a value holds when its entry was not read into plain fields. */
const MARKUP = /\]\(|<\/?[a-z][^>]*>|\*\*/i;

/**
 * Whether some entry shows a value of `field` a contributor could type: plain text that says
 * something (not only `-` or `N/A`, not a badge's or a link's Markdown).
 */
function shows(list: PaperList, field: string): boolean {
  return list.sections.some((s) =>
    s.papers.some((p) => {
      const v = fieldText(p, field);
      return v !== undefined && v.trim() !== '' && !isStandIn(v) && !MARKUP.test(v);
    }),
  );
}

/**
 * Whether every value of `field` is a symbol (`🌟`, `🔥`): the maintainer's mark on the entries
 * they highlight, not something a contributor says of their paper; a new entry has none.
 */
function isMark(list: PaperList, field: string): boolean {
  return list.sections.every((s) =>
    s.papers.every((p) => {
      const v = fieldText(p, field);
      return v === undefined || !/[\p{L}\p{N}]/u.test(v);
    }),
  );
}

/**
 * One field per kind of value: the importer numbers a second field of a kind (`note-2`,
 * `authors-2`) where a section writes two, but a contributor is asked once; the answer goes to the
 * kind's first field.
 */
function oncePerKind(names: readonly string[]): string[] {
  const kinds = new Map<string, string>();
  for (const name of names) {
    const kind = name.replace(/-\d+$/, '');
    const seen = kinds.get(kind);
    // The kind's own name, else its lowest number.
    if (seen === undefined || name === kind || (seen !== kind && name < seen))
      kinds.set(kind, name);
  }
  return [...kinds.values()];
}

/** Values a paper's link gives (looked up from it): never required of a contributor. */
const LOOKED_UP = new Set(['authors']);

/**
 * Whether every entry written with a template that always shows `field` (its section's, not one of
 * its own) has a value for it: the list never leaves it out, so the form asks for it.
 */
function alwaysGiven(layout: LayoutSettings, list: PaperList, field: string): boolean {
  let seen = 0;
  for (const section of list.sections) {
    const item = sectionLayout(layout, section.name).item ?? layout.item;
    const shown = new Set<string>();
    try {
      alwaysShown(parseTemplate(item), new Set(), shown);
    } catch {
      continue;
    }
    if (!shown.has(field)) continue;
    for (const p of section.papers) {
      if (shapeOf(p) !== undefined) continue;
      const v = fieldText(p, field);
      if (v === undefined || v.trim() === '' || isStandIn(v)) return false;
      seen++;
    }
  }
  return seen > 0;
}

function shownField(id: string, list: PaperList): ShownField {
  const sample = example(list, id);
  const kind = id.replace(/-\d+$/, '');
  const label = kind.charAt(0).toUpperCase() + kind.slice(1).replace(/-/g, ' ');
  const description =
    id === 'authors'
      ? 'The authors, as the paper lists them, separated by commas.'
      : id === 'date'
        ? 'The date, written like the other entries of the list.'
        : `Shown with the entry in the list, written like the other entries.`;
  return { id, label, description, ...(sample !== undefined ? { placeholder: sample } : {}) };
}

export function formPlan(layout: LayoutSettings, list: PaperList): FormPlan {
  const fields = new Map<string, boolean>();
  for (const t of templatesOf(layout)) {
    try {
      walk(parseTemplate(t), fields);
    } catch {
      // A template that does not parse is reported where the settings are read.
    }
  }
  const links = linkPlan(list, fields);
  const own = new Set([...links.own, ...[...fields.keys()].filter((f) => OWN.has(f))]);
  const names = [...fields]
    .filter(([name, raw]) => !raw && !OWN.has(name) && !NOT_ASKED.test(name))
    .filter(([name]) => !name.startsWith('link:') && !/^(?:code|pdf|page)$/.test(name))
    .filter(
      ([name]) =>
        name !== SHAPE_FIELD && name !== STYLE_FIELD && shows(list, name) && !isMark(list, name),
    )
    .map(([name]) => name);
  const more = oncePerKind(names).map((name) => ({
    ...shownField(name, list),
    ...(!LOOKED_UP.has(name) && alwaysGiven(layout, list, name) ? { required: true } : {}),
  }));
  return { own, more };
}
