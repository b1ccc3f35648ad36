// The digest's memory between runs, kept where the next run reads it anyway: a hidden record on the
// first line of the digest issue's body (an HTML comment holding compact JSON, as the suggestion pull
// requests keep theirs), so no run needs a request per candidate or a file of its own. Every list in
// it is bounded (the oldest ids are forgotten first), and the whole record is kept under
// RECORD_MAX characters, so the issue body keeps room for the candidates whatever happens: an old
// declined paper has long left arXiv's newest answers and cannot come back.
import * as z from 'zod';
import type { DigestState } from './types.js';

export const DIGEST_MARKER = '<!-- paperlist:digest ';

/** At most this many ids of each kind are remembered. */
export const KEEP_DECLINED = 1000;
export const KEEP_ACCEPTED = 300;
/** Two pages of 100: every candidate of one answer. */
export const KEEP_OFFERED = 200;
/** The record's largest length in characters. */
export const RECORD_MAX = 24_000;

export const EMPTY_DIGEST: DigestState = {
  next: 1,
  offered: [],
  accepted: [],
  declined: [],
  lastCount: 0,
};

const schema = z.object({
  v: z.literal(1),
  next: z.number().int().min(1),
  /** Section names the offered candidates point into. */
  sections: z.array(z.string()),
  /** [id, number] or [id, number, index into sections] */
  offered: z.array(
    z.union([
      z.tuple([z.string(), z.number().int()]),
      z.tuple([z.string(), z.number().int(), z.number().int()]),
    ]),
  ),
  accepted: z.array(z.string()),
  declined: z.array(z.string()),
  last: z.number().int().min(0),
});

/** JSON that cannot end the HTML comment it sits in. */
function commentJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/--/g, '-\\u002d');
}

function recordValue(state: DigestState) {
  const offered = state.offered.slice(-KEEP_OFFERED);
  const sections = [...new Set(offered.flatMap((c) => (c.section ? [c.section] : [])))];
  return {
    v: 1,
    next: state.next,
    sections,
    offered: offered.map((c) =>
      c.section !== undefined ? [c.id, c.number, sections.indexOf(c.section)] : [c.id, c.number],
    ),
    accepted: state.accepted.slice(-KEEP_ACCEPTED),
    declined: state.declined.slice(-KEEP_DECLINED),
    last: state.lastCount,
  };
}

/**
 * The record's line: the state with each list cut to its bound, newest kept; past RECORD_MAX the
 * oldest declined, then accepted, then offered ids are dropped until it fits.
 */
export function encodeDigestState(state: DigestState): string {
  let s = state;
  for (;;) {
    const line = `${DIGEST_MARKER}${commentJson(recordValue(s))} -->`;
    if (line.length <= RECORD_MAX) return line;
    const cut = (ids: readonly string[]) => ids.slice(Math.ceil(ids.length / 10));
    if (s.declined.length > 0) s = { ...s, declined: cut(s.declined) };
    else if (s.accepted.length > 0) s = { ...s, accepted: cut(s.accepted) };
    else s = { ...s, offered: s.offered.slice(0, Math.floor((s.offered.length * 9) / 10)) };
  }
}

/** The state a digest body records; undefined when it holds none this version wrote. */
export function decodeDigestState(body: string): DigestState | undefined {
  const at = body.indexOf(DIGEST_MARKER);
  if (at < 0) return undefined;
  const end = body.indexOf(' -->', at);
  if (end < 0) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(body.slice(at + DIGEST_MARKER.length, end));
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return undefined;
  const d = parsed.data;
  return {
    next: d.next,
    offered: d.offered.map(([id, number, at]) => {
      const section = at === undefined ? undefined : d.sections[at];
      return { id, number, ...(section !== undefined ? { section } : {}) };
    }),
    accepted: d.accepted,
    declined: d.declined,
    lastCount: d.last,
  };
}

/** `ids` with `id` moved to the end (newest), so the bound forgets the oldest first. */
export function remember(ids: readonly string[], id: string, keep: number): string[] {
  return [...ids.filter((i) => i !== id), id].slice(-keep);
}
