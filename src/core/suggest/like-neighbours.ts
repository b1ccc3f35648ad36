// A new entry written as its section's entries are: the template they follow (a neighbour's own
// when most keep their own), the mark they write for a value they lack, and the spacing most of
// them are typed with. Pure: the paper to store, from the list and settings as they are.
import { entryTemplate, sectionLayout } from '../render/layouts/zone.js';
import type { Settings } from '../settings/types.js';
import type { Paper, PaperList } from '../types.js';
import { withNeighbourShape } from './neighbour-shape.js';
import { alwaysShown, withCommonSpacing, withStandIns } from './stand-ins.js';
import { parseTemplate } from '../render/layouts/template.js';
import { fieldText } from '../render/field.js';

/** `paper` as the entries of the first of `sections` would write it (lists in their own layout). */
export function likeNeighbours(
  paper: Paper,
  list: PaperList,
  settings: Settings,
  sections: readonly string[],
): Paper {
  const layout = settings.layout;
  const name = sections[0];
  const section = list.sections.find((s) => s.name === name);
  if (!layout || name === undefined || !section || section.papers.length === 0) return paper;
  const shaped = withNeighbourShape(paper, section.papers);
  const own = sectionLayout(layout, name);
  const template = entryTemplate(shaped, own.item ?? layout.item, own.styles);
  const typed = withAddressesOnly(withListsSplit(shaped, section.papers), section.papers);
  const filled = withRepeatedLinks(
    withFieldLinks(withKindsFilled(typed, template), section.papers),
    section.papers,
  );
  return withCommonSpacing(withStandIns(filled, section.papers, template), section.papers);
}

/**
 * The form asks once per kind of value (`note`), while a template may write the kind again in a
 * numbered field (`note-2`, the same number in a badge's text): each numbered field the template
 * always writes and the paper lacks gets the value of its kind.
 */
function withKindsFilled(paper: Paper, template: string): Paper {
  const shown = new Set<string>();
  try {
    alwaysShown(parseTemplate(template), new Set(), shown);
  } catch {
    return paper;
  }
  const extra = { ...paper.extra };
  let changed = false;
  for (const field of shown) {
    const kind = /^(.+)-\d+$/.exec(field)?.[1];
    if (kind === undefined || Object.hasOwn(extra, field)) continue;
    const value = fieldText(paper, kind);
    if (value === undefined || value === '' || !Object.hasOwn(paper.extra, kind)) continue;
    extra[field] = paper.extra[kind];
    changed = true;
  }
  return changed ? { ...paper, extra } : paper;
}

/**
 * A field the entries hold as a list of short items (tags) typed as one answer, `A, B`: its items,
 * split at the commas, when no item of the section holds a comma of its own (points written as
 * sentences stay one answer).
 */
function withListsSplit(paper: Paper, papers: readonly Paper[]): Paper {
  let extra: Paper['extra'] | undefined;
  for (const [field, value] of Object.entries(paper.extra)) {
    // Authors are names a lookup joins with commas: written as typed.
    if (field === 'authors' || typeof value !== 'string' || !value.includes(',')) continue;
    const lists = papers.map((p) => p.extra[field]).filter((v) => Array.isArray(v));
    if (lists.length === 0 || lists.some((v) => v.some((i) => String(i).includes(',')))) continue;
    extra ??= { ...paper.extra };
    extra[field] = value
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
  }
  return extra ? { ...paper, extra } : paper;
}

const ADDRESS = /^https?:\/\/\S+$/;

/**
 * A field every entry of the section holds a web address in (a picture's) takes only an address:
 * other text typed there (`none`, a word) is no value, so the entry writes no picture rather
 * than a broken one.
 */
function withAddressesOnly(paper: Paper, papers: readonly Paper[]): Paper {
  let extra: Paper['extra'] | undefined;
  for (const [field, value] of Object.entries(paper.extra)) {
    if (typeof value !== 'string' || ADDRESS.test(value.trim())) continue;
    const values = papers.map((p) => p.extra[field]).filter((v) => v !== undefined && v !== '');
    if (values.length === 0 || !values.every((v) => typeof v === 'string' && ADDRESS.test(v)))
      continue;
    extra ??= { ...paper.extra };
    delete extra[field];
  }
  return extra ? { ...paper, extra } : paper;
}

/**
 * A link most entries of the section write twice (the title's link and again among the links,
 * `paper` and `paper-2` with one address): the new entry's link is written twice too.
 */
function withRepeatedLinks(paper: Paper, papers: readonly Paper[]): Paper {
  const added: Paper['links'] = [];
  for (const link of paper.links) {
    const again = `${link.label}-2`;
    if (paper.links.some((l) => l.label === again)) continue;
    const urlOf = (p: Paper, label: string) => p.links.find((l) => l.label === label)?.url;
    const twice = papers.filter((p) => urlOf(p, link.label) !== undefined);
    const same = twice.filter((p) => urlOf(p, again) === urlOf(p, link.label));
    if (twice.length > 0 && same.length * 2 > twice.length) added.push({ ...link, label: again });
  }
  return added.length > 0 ? { ...paper, links: [...paper.links, ...added] } : paper;
}

/**
 * A link named as a field that holds an address (a picture: `image`, and the link around it,
 * `links.image`): where the entries have both, a new entry given only the address links to it.
 */
function withFieldLinks(paper: Paper, papers: readonly Paper[]): Paper {
  const added: Paper['links'] = [];
  for (const [field, value] of Object.entries(paper.extra)) {
    if (typeof value !== 'string' || !ADDRESS.test(value)) continue;
    if (paper.links.some((l) => l.label === field)) continue;
    const both = papers.filter(
      (p) => p.extra[field] !== undefined && p.links.some((l) => l.label === field),
    );
    if (both.length * 2 > papers.filter((p) => p.extra[field] !== undefined).length)
      added.push({ label: field, url: value });
  }
  return added.length > 0 ? { ...paper, links: [...paper.links, ...added] } : paper;
}
