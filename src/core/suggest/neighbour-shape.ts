// The template a new entry is written with when its section's entries do not follow the section's
// template: most of them keep their own (a Markdown table inside an HTML list, entries indented
// their own way). The new entry then takes the template of the neighbour it fits best, so it is a
// row of that table or an item of that list rather than an entry written in the list's other way.
import { fieldText } from '../render/field.js';
import { parseTemplate, type TemplateNode } from '../render/layouts/template.js';
import { SHAPE_FIELD, shapeOf } from '../render/layouts/zone.js';
import type { Paper } from '../types.js';

/**
 * How well `paper` fills a template: a point for each value or link written unconditionally that
 * it has, two off for each it lacks (an empty cell, an empty link).
 */
function fit(nodes: readonly TemplateNode[], paper: Paper): number {
  let score = 0;
  for (const node of nodes) {
    if (node.t === 'field' && node.missing === '') {
      const v = fieldText(paper, node.name);
      score += v !== undefined && v !== '' ? 1 : -2;
    } else if (node.t === 'link') {
      const lower = node.label.toLowerCase();
      score += paper.links.some((l) => l.label.toLowerCase() === lower) ? 1 : -2;
    }
  }
  return score;
}

const SPANS = /\b(?:rowspan|colspan)\s*=/i;

/** The words a template writes as text of its own (not in HTML tags, not in addresses). */
function ownWords(nodes: readonly TemplateNode[], out = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.t === 'lit') {
      const text = node.text.replace(/<[^>]*>/g, ' ').replace(/\bhttps?:\/\/\S+/g, ' ');
      for (const w of text.match(/\p{L}+/gu) ?? []) out.add(w.toLowerCase());
    } else if (node.t === 'if' || node.t === 'links') ownWords(node.body, out);
  }
  return out;
}

/**
 * `paper` with the template of the neighbour it fits best, when more than two in three entries of
 * its section keep their own template (the section's template is then not the way they are
 * written); `paper` as it is otherwise. Among templates that fit alike, the one most entries
 * share, then the later one. A template holding words of its entry's own is never taken.
 */
export function withNeighbourShape(paper: Paper, papers: readonly Paper[]): Paper {
  const shapes = papers.map(shapeOf);
  const shaped = shapes.filter((s): s is string => s !== undefined);
  if (shaped.length * 3 <= papers.length * 2) return paper;
  const parsed = new Map<string, TemplateNode[]>();
  for (const shape of new Set(shaped)) {
    try {
      parsed.set(shape, parseTemplate(shape));
    } catch {
      // A template that does not parse is reported where the data is checked.
    }
  }
  // Words many entries' templates write are the layout's (`Link`, `pdf`); words of one entry's
  // template, or of a few, are their own text (a note, a venue, authors) and are not copied.
  const entriesWith = new Map<string, number>();
  for (const shape of shaped) {
    for (const w of ownWords(parsed.get(shape) ?? [])) {
      entriesWith.set(w, (entriesWith.get(w) ?? 0) + 1);
    }
  }
  // A word a few entries share (names in two author lists) is still theirs: the layout's words
  // are written by at least a third of the entries that keep their own template.
  const common = Math.max(2, Math.ceil(shaped.length / 3));
  const layoutOnly = (nodes: TemplateNode[]) =>
    [...ownWords(nodes)].every((w) => (entriesWith.get(w) ?? 0) >= common);
  const counts = new Map<string, number>();
  // A cell spanning the rows below belongs to a group of entries, not to the look of one.
  for (const s of shaped.filter((x) => !SPANS.test(x))) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: { shape: string; score: number; count: number } | undefined;
  for (const [shape, count] of counts) {
    const nodes = parsed.get(shape);
    if (nodes === undefined || !layoutOnly(nodes)) continue;
    const score = fit(nodes, paper);
    if (!best || score > best.score || (score === best.score && count >= best.count)) {
      best = { shape, score, count };
    }
  }
  return best ? { ...paper, extra: { ...paper.extra, [SHAPE_FIELD]: best.shape } } : paper;
}
