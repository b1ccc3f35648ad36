// The sections a command names (`to "Exit Policy"`, `section early exit; Exit Policy`) matched to
// the list's own names, ignoring case and spacing as the suggestion form's check does, so the
// command writes the name exactly as the list spells it.
import { looseKey } from '../suggest/normalize.js';

export type SectionMatch =
  | { ok: true; sections: string[] }
  /** `unknown`: the names as written that are no section of the list. */
  | { ok: false; unknown: string[] };

/** The list's names for `asked`, in the order asked and each once; or the names it does not know. */
export function matchSections(asked: readonly string[], names: readonly string[]): SectionMatch {
  const byKey = new Map<string, string>();
  for (const n of names) if (!byKey.has(looseKey(n))) byKey.set(looseKey(n), n);
  const found: string[] = [];
  const unknown: string[] = [];
  for (const a of asked) {
    const name = byKey.get(looseKey(a));
    if (name === undefined) unknown.push(a);
    else if (!found.includes(name)) found.push(name);
  }
  return unknown.length > 0 ? { ok: false, unknown } : { ok: true, sections: found };
}
