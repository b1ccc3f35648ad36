// A suggested paper's links labelled the way its neighbours label theirs: the form asks for a
// paper page, a PDF and the code (PAGE, PDF, CODE), while a list writes `paper`, `[pdf]`, `Arxiv`,
// `[[code]]`... The data file then holds the list's own labels, and the entry renders like the
// entries around it, whatever its template does with labels.
import type { Paper, PaperLink, PaperList } from '../types.js';
import { labelRole, linkRoles, type LinkRole } from '../links/roles.js';

interface Learned {
  /** The label the entries write most for each role. */
  label: Partial<Record<LinkRole, string>>;
  /** How many links have each role. */
  count: Partial<Record<LinkRole, number>>;
  /** Whether the entries that show a PDF link mostly show a page link too. */
  both: boolean;
}

function learn(papers: readonly Paper[], byPlace: boolean): Learned {
  const counts = new Map<LinkRole, Map<string, number>>();
  let withPdf = 0;
  let withBoth = 0;
  for (const p of papers) {
    const roles = byPlace ? linkRoles(p.links) : p.links.map((l) => labelRole(l.label));
    if (roles.includes('pdf')) {
      withPdf++;
      if (roles.includes('page')) withBoth++;
    }
    p.links.forEach((l, i) => {
      const role = roles[i];
      if (role === undefined) return;
      const byLabel = counts.get(role) ?? new Map<string, number>();
      byLabel.set(l.label, (byLabel.get(l.label) ?? 0) + 1);
      counts.set(role, byLabel);
    });
  }
  const label: Learned['label'] = {};
  const count: Learned['count'] = {};
  for (const [role, byLabel] of counts) {
    count[role] = [...byLabel.values()].reduce((a, b) => a + b, 0);
    // The most written label; on a tie, the one met first. A link taken for the page by its place
    // alone, written so once among several entries, is that entry's own rather than the list's way.
    let best: [string, number] | undefined;
    for (const entry of byLabel) if (!best || entry[1] > best[1]) best = entry;
    if (best && (!byPlace || best[1] > 1 || papers.length === 1)) label[role] = best[0];
  }
  return { label, count, both: withPdf > 0 && withBoth * 2 >= withPdf };
}

/**
 * What the list writes for each role, learned from the entries the new paper joins (its sections')
 * first, then from the whole list; from labels that name their role (`code`, `pdf`, `paper`)
 * before the place of a link (an entry's first link is its page).
 */
function learnAll(list: PaperList, sections: readonly string[]): Learned {
  const chosen = new Set(sections);
  const near = list.sections.filter((s) => chosen.has(s.name)).flatMap((s) => s.papers);
  const all = list.sections.flatMap((s) => s.papers);
  const tries = [learn(near, false), learn(all, false), learn(near, true), learn(all, true)];
  const out: Learned = { label: {}, count: {}, both: false };
  for (const role of ['page', 'pdf', 'code'] as const) {
    // The page and the PDF are learned together: how many of each the same entries write.
    const from =
      role === 'code'
        ? tries.find((t) => t.label.code)
        : tries.find((t) => t.label.page ?? t.label.pdf);
    if (from?.label[role] === undefined) continue;
    out.label[role] = from.label[role];
    out.count[role] = from.count[role];
    if (role !== 'code') out.both ||= from.both;
  }
  return out;
}

/**
 * `paper` with its links labelled as the entries of `sections` label links of the same role. A
 * list that writes one paper link per entry gets one: the page, else the PDF, under the list's
 * label for it. Links of a role the list never labels keep their labels.
 */
export function withListLabels(paper: Paper, list: PaperList, sections: readonly string[]): Paper {
  // A label the list writes itself (PAGE, PDF, CODE in a list kept in paperlist's own table) stays.
  const own = new Set(
    list.sections.flatMap((s) => s.papers.flatMap((p) => p.links.map((l) => l.label))),
  );
  if (paper.links.every((l) => own.has(l.label))) return paper;
  const { label, count, both } = learnAll(list, sections);
  if (Object.keys(label).length === 0) return paper;
  const roles = linkRoles(paper.links);
  const isPaper = (i: number) => roles[i] === 'page' || roles[i] === 'pdf';
  // Entries that show one paper link each write it with their most frequent paper label.
  const one = (count.page ?? 0) >= (count.pdf ?? 0) ? label.page : label.pdf;
  const shownFor: Partial<Record<LinkRole, string>> = {
    page: both ? (label.page ?? label.pdf) : one,
    pdf: both ? (label.pdf ?? label.page) : one,
    code: label.code,
  };
  let paperShown = paper.links.some((l, i) => isPaper(i) && own.has(l.label));
  const links: PaperLink[] = [];
  paper.links.forEach((link, i) => {
    const role = roles[i];
    if (own.has(link.label)) {
      links.push(link);
      return;
    }
    if (isPaper(i)) {
      // A second paper link, in a list whose entries never show two, is not written.
      if (!both && one !== undefined && paperShown) return;
      paperShown = true;
    }
    const shown = role === undefined ? undefined : shownFor[role];
    links.push(shown === undefined ? link : { ...link, label: shown });
  });
  return { ...paper, links };
}
