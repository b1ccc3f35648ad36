// How close each candidate is to the papers already in the list, and the section it most likely
// belongs to: TF-IDF vectors compared by cosine similarity, no model and no download.
//
// Every listed paper is one document (its title, and its abstract when the data file keeps one in an
// `abstract` field); a paper listed in several sections counts in each. A word's weight is
// (1 + ln tf) * idf, with idf = ln(1 + N / df) over the N listed papers, so a word that every paper
// has ("network" in a list on networks) weighs little and a rarer shared word weighs more. A
// candidate's vector is built the same way from its title (counted twice) and abstract; its words
// that no listed paper has count in its length, so an abstract mostly about something else scores
// lower. The candidate's closeness is the mean of its K best similarities to listed papers, and its
// likeliest section the one whose K closest papers (or fewer, in a small section) have the highest
// mean similarity. An inverted index keeps the work proportional to the shared words.
import type { PaperList } from '../types.js';
import { rankWords } from './words.js';

/** How many nearest papers a closeness is the mean of. */
export const NEAREST = 3;

export interface RankText {
  title: string;
  abstract?: string;
}

export interface Closeness {
  /** 0 to 1: the mean of the K best cosine similarities to listed papers. */
  score: number;
  section?: string;
}

type Vector = Map<string, number>;

function counts(words: readonly string[], into: Map<string, number> = new Map(), times = 1) {
  for (const w of words) into.set(w, (into.get(w) ?? 0) + times);
  return into;
}

/** (1 + ln tf) * idf, normalised to length 1. */
function weigh(tf: Map<string, number>, idf: (w: string) => number): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [w, n] of tf) {
    const x = (1 + Math.log(n)) * idf(w);
    v.set(w, x);
    norm += x * x;
  }
  const len = Math.sqrt(norm);
  if (len > 0) for (const [w, x] of v) v.set(w, x / len);
  return v;
}

interface ListIndex {
  /** word -> [document index, weight] */
  postings: Map<string, [number, number][]>;
  /** Section of each document. */
  sectionOf: string[];
  /** Documents per section. */
  sizes: Map<string, number>;
  idf: (w: string) => number;
}

function indexList(list: PaperList): ListIndex {
  const docs: { section: string; tf: Map<string, number> }[] = [];
  for (const s of list.sections) {
    for (const p of s.papers) {
      const abstract = typeof p.extra.abstract === 'string' ? p.extra.abstract : '';
      docs.push({ section: s.name, tf: counts(rankWords(`${p.title} ${abstract}`)) });
    }
  }
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const idf = (w: string) => Math.log(1 + n / Math.max(1, df.get(w) ?? 0));
  const postings = new Map<string, [number, number][]>();
  docs.forEach((d, i) => {
    for (const [w, x] of weigh(d.tf, idf)) {
      const list = postings.get(w);
      if (list === undefined) postings.set(w, [[i, x]]);
      else list.push([i, x]);
    }
  });
  const sizes = new Map<string, number>();
  for (const d of docs) sizes.set(d.section, (sizes.get(d.section) ?? 0) + 1);
  return { postings, sectionOf: docs.map((d) => d.section), sizes, idf };
}

/**
 * Mean of the `k` largest of `size` values, of which only the non-zero ones are given (so a
 * candidate close to one paper only is less close than one close to three). 0 for none.
 */
function meanTop(values: readonly number[], k: number, size: number): number {
  // The k largest, kept in descending order in one pass (k is small).
  const top: number[] = [];
  for (const v of values) {
    if (top.length === k && v <= (top[k - 1] ?? 0)) continue;
    let i = top.length < k ? top.length : k - 1;
    while (i > 0 && (top[i - 1] ?? 0) < v) {
      top[i] = top[i - 1] ?? 0;
      i--;
    }
    top[i] = v;
  }
  const n = Math.min(k, size);
  return n === 0 ? 0 : top.reduce((a, b) => a + b, 0) / n;
}

function closeness(index: ListIndex, text: RankText, sectionOrder: string[]): Closeness {
  const tf = counts(rankWords(text.title), new Map(), 2);
  counts(rankWords(text.abstract ?? ''), tf);
  const sims = new Map<number, number>();
  for (const [w, x] of weigh(tf, index.idf)) {
    for (const [doc, y] of index.postings.get(w) ?? []) sims.set(doc, (sims.get(doc) ?? 0) + x * y);
  }
  const all = [...sims.values()];
  const bySection = new Map<string, number[]>();
  for (const [doc, sim] of sims) {
    const s = index.sectionOf[doc] as string;
    const sims = bySection.get(s);
    if (sims === undefined) bySection.set(s, [sim]);
    else sims.push(sim);
  }
  let best: { section: string; mean: number } | undefined;
  for (const s of sectionOrder) {
    const mean = meanTop(bySection.get(s) ?? [], NEAREST, index.sizes.get(s) ?? 0);
    if (mean > 0 && (best === undefined || mean > best.mean)) best = { section: s, mean };
  }
  const score = Math.round(meanTop(all, NEAREST, index.sectionOf.length) * 1e6) / 1e6;
  return best ? { score, section: best.section } : { score };
}

/** Each text's closeness to the list, in the order given. */
export function rankAgainstList(list: PaperList, texts: readonly RankText[]): Closeness[] {
  const index = indexList(list);
  const order = list.sections.map((s) => s.name);
  return texts.map((t) => closeness(index, t, order));
}
