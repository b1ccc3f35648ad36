// What a maintainer's accept or decline of a digest candidate means, decided from the digest's record
// and the list's sections alone (pure): which paper, which section, and the new record; or why it
// cannot be done, in words that say how to write it. Also the ticked boxes of an edited digest body
// that are not accepted yet: a tick is an accept into the likeliest section.
import type { CommandTarget } from '../commands/types.js';
import { looseKey } from '../suggest/normalize.js';
import { KEEP_ACCEPTED, KEEP_DECLINED, remember } from './record.js';
import type { DigestState, OfferedCandidate } from './types.js';

export interface Decision {
  kind: 'accept' | 'decline';
  paper: CommandTarget;
  /** `to <section>` of an accept, as written. */
  section?: string;
}

export type Decided =
  | { ok: true; kind: 'accept'; id: string; number?: number; section: string; state: DigestState }
  | { ok: true; kind: 'decline'; id: string; number?: number; state: DigestState }
  /** `unchanged`: it was so already (accepted or declined before). */
  | { ok: false; why: string; unchanged?: true };

function findCandidate(state: DigestState, paper: CommandTarget): OfferedCandidate | undefined {
  return paper.kind === 'index'
    ? state.offered.find((c) => c.number === paper.index)
    : state.offered.find((c) => c.id === paper.id);
}

/** The list's section named `written` (case, spacing and quotes aside), or undefined. */
export function matchSection(sections: readonly string[], written: string): string | undefined {
  const key = looseKey(written.replace(/^"(.*)"$/, '$1'));
  return sections.find((s) => looseKey(s) === key);
}

const quoteList = (names: readonly string[]) =>
  names.map((n) => `\`${n.replace(/`/g, "'")}\``).join(', ');

function sectionFor(
  d: Decision,
  found: OfferedCandidate | undefined,
  sections: readonly string[],
): { ok: true; section: string } | { ok: false; why: string } {
  if (d.section !== undefined) {
    const section = matchSection(sections, d.section);
    if (section !== undefined) return { ok: true, section };
    return {
      ok: false,
      why: `The list has no section named “${d.section.replace(/[`@#]/g, '')}”. Write \`to <section>\` with one of ${quoteList(sections)}.`,
    };
  }
  const likeliest = found?.section;
  if (likeliest !== undefined && sections.includes(likeliest))
    return { ok: true, section: likeliest };
  return {
    ok: false,
    why: `No section is named and the digest has no likeliest one that the list still has. Write \`/paperlist accept <n> to <section>\` with one of ${quoteList(sections)}.`,
  };
}

function describe(paper: CommandTarget): string {
  return paper.kind === 'index' ? `number ${paper.index}` : `arXiv:${paper.id}`;
}

/** One accept or decline against the record; `sections` are the list's section names. */
export function decide(state: DigestState, d: Decision, sections: readonly string[]): Decided {
  const found = findCandidate(state, d.paper);
  if (found === undefined && d.paper.kind === 'index') {
    return {
      ok: false,
      why: `The digest has no candidate ${describe(d.paper)}: use the number in front of a line of the digest's list, or the paper's arXiv id.`,
    };
  }
  const id = found?.id ?? (d.paper.kind === 'arxiv' ? d.paper.id : '');
  const number = found?.number;
  const at = number !== undefined ? { number } : {};
  if (state.accepted.includes(id)) {
    return {
      ok: false,
      why: `arXiv:${id} was accepted already; its suggestion is on its way.`,
      unchanged: true,
    };
  }
  if (d.kind === 'decline') {
    if (state.declined.includes(id)) {
      return { ok: false, why: `arXiv:${id} was declined already.`, unchanged: true };
    }
    const declined = remember(state.declined, id, KEEP_DECLINED);
    return { ok: true, kind: 'decline', id, ...at, state: { ...state, declined } };
  }
  const section = sectionFor(d, found, sections);
  if (!section.ok) return section;
  const accepted = remember(state.accepted, id, KEEP_ACCEPTED);
  const declined = state.declined.filter((x) => x !== id);
  return {
    ok: true,
    kind: 'accept',
    id,
    ...at,
    section: section.section,
    state: { ...state, accepted, declined },
  };
}

const ticks = (body: string): number[] =>
  [...body.matchAll(/^- \[[xX]\] \*\*(\d+)\.\*\*/gm)].map((m) => Number(m[1]));

/**
 * Candidate numbers whose box is ticked in `body` and that the record does not hold as accepted.
 * With `before` (the body the edit started from), only the boxes this edit ticked: a box someone
 * without permission ticked earlier (and that was left alone) is not accepted by the next edit of
 * someone with it.
 */
export function tickedNumbers(body: string, state: DigestState, before?: string): number[] {
  const accepted = new Set(state.accepted);
  const earlier = new Set(before === undefined ? [] : ticks(before));
  const out: number[] = [];
  for (const n of ticks(body)) {
    const c = state.offered.find((o) => o.number === n);
    if (c !== undefined && !accepted.has(c.id) && !earlier.has(n) && !out.includes(n)) out.push(n);
  }
  return out;
}
