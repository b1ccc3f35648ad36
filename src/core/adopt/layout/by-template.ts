// An entry read through a template of its list: the data's paper (or a new one) with the fields the
// template shows set to what the entry says there, and its links as written. Only a reading that
// renders back as the entry was written counts (see ./compare.ts).
import type { PaperLink, Paper } from '../../types.js';
import type { EscapeMode } from '../../render/layouts/fill.js';
import { dataLabelsOf, shownLabelOf } from '../../settings/labels.js';
import { matchTemplate, sameWrittenUrl, type TemplateMatch } from './match.js';

/** The text without the blank lines before it (the renderer puts its own gaps between entries). */
export function withoutLeadingBlanks(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '');
}

const KNOWN = new Set(['title', 'abbr', 'venue', 'year']);
const LOOP_PARTS = new Set(['label', 'url', 'n']);

/** `base` with what `text` shows through `template`, or undefined when it is not written that way. */
export function readByTemplate(
  template: string,
  text: string,
  base: Paper | undefined,
  mode: EscapeMode,
  linkLabels: Readonly<Record<string, string>>,
): Paper | undefined {
  const m = matchTemplate(withoutLeadingBlanks(template), withoutLeadingBlanks(text), mode);
  if (!m) return undefined;
  const paper: Paper = base
    ? { ...base, links: [...base.links], extra: { ...base.extra } }
    : { title: '', links: [], extra: {} };
  for (const field of m.shown) {
    if (LOOP_PARTS.has(field)) continue;
    setField(paper, field, m.fields.get(field));
  }
  paper.links = links(m, base?.links ?? [], linkLabels);
  return paper;
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
function links(
  m: TemplateMatch,
  data: readonly PaperLink[],
  linkLabels: Readonly<Record<string, string>>,
): PaperLink[] {
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
  const names = dataLabelsOf(linkLabels);
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
