// What the scheduled venue look-up remembers between runs: when each preprint was last checked (so a
// bounded number per run, oldest first, covers a long list over weeks), the published venue found for
// it, and the changes a maintainer declined by closing the "Venue updates" pull request. It is kept
// as one JSON file on a branch of its own, so that no run touches the data file or the README just to
// remember; this module only reads and writes that text.
import * as z from 'zod';

export interface FoundVenue {
  venue: string;
  /** The year of that venue (a 2017 preprint published at ICLR 2018: `2018`), when known. */
  year?: string;
  /** The service that named it (`dblp`, `s2`, ...). */
  source: string;
  /** Where a person can see the record, when it has an address. */
  url?: string;
}

export interface VenueState {
  /** Identifier key (`arxiv:1703.09844`) -> ISO time of the last look-up that got an answer. */
  checked: Record<string, string>;
  /** Identifier key -> the published venue found at that look-up. */
  found: Record<string, FoundVenue>;
  /** Identifier key -> the venue a maintainer declined for it (closed the pull request). */
  declined: Record<string, string>;
}

export const EMPTY_STATE: VenueState = { checked: {}, found: {}, declined: {} };

const schema = z.object({
  version: z.literal(1),
  checked: z.record(z.string(), z.string()),
  found: z.record(
    z.string(),
    z.object({
      venue: z.string(),
      year: z.string().optional(),
      source: z.string(),
      url: z.string().optional(),
    }),
  ),
  declined: z.record(z.string(), z.string()),
});

/** The state in `text`, or undefined when it is no state this version wrote. */
export function parseVenueState(text: string): VenueState | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return undefined;
  const { checked, declined } = parsed.data;
  const found: Record<string, FoundVenue> = {};
  for (const [k, f] of Object.entries(parsed.data.found)) {
    found[k] = {
      venue: f.venue,
      ...(f.year !== undefined ? { year: f.year } : {}),
      source: f.source,
      ...(f.url !== undefined ? { url: f.url } : {}),
    };
  }
  return { checked, found, declined };
}

/** The state as the file holds it: keys sorted, so an unchanged state is unchanged text. */
export function serializeVenueState(state: VenueState): string {
  const sorted = <T>(r: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const out = {
    version: 1,
    checked: sorted(state.checked),
    found: sorted(state.found),
    declined: sorted(state.declined),
  };
  return `${JSON.stringify(out, null, 1)}\n`;
}
