// A line-based three-way merge in the manner of git's: changes from both sides apply when they
// touch different lines; overlapping or adjacent edits that differ are a conflict.
import { diffArrays } from 'diff';
import type { FileEntry, ObjectStore } from './object-store.js';

interface Hunk {
  start: number;
  end: number;
  lines: string[];
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The edits turning `base` into `other`, as replaced base line ranges. */
function hunks(base: string[], other: string[]): Hunk[] {
  const out: Hunk[] = [];
  let pos = 0;
  let open: Hunk | undefined;
  for (const part of diffArrays(base, other)) {
    if (!part.added && !part.removed) {
      open = undefined;
      pos += part.count ?? part.value.length;
      continue;
    }
    if (!open) out.push((open = { start: pos, end: pos, lines: [] }));
    if (part.removed) {
      pos += part.value.length;
      open.end = pos;
    } else {
      open.lines.push(...part.value);
    }
  }
  return out;
}

export function mergeText(base: string, ours: string, theirs: string): string | undefined {
  if (ours === theirs) return ours;
  if (ours === base) return theirs;
  if (theirs === base) return ours;
  const b = splitLines(base);
  const all = [
    ...hunks(b, splitLines(ours)).map((h) => ({ ...h, side: 0 })),
    ...hunks(b, splitLines(theirs)).map((h) => ({ ...h, side: 1 })),
  ].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: string[] = [];
  let pos = 0;
  let i = 0;
  while (i < all.length) {
    const group = [all[i] as (typeof all)[number]];
    let end = group[0]!.end;
    // Hunks that overlap or merely touch form one region, as in git.
    while (i + group.length < all.length && all[i + group.length]!.start <= end) {
      const next = all[i + group.length]!;
      group.push(next);
      end = Math.max(end, next.end);
    }
    const start = group[0]!.start;
    out.push(...b.slice(pos, start));
    const sides = new Set(group.map((h) => h.side));
    if (sides.size === 2) {
      // Both sides edited this region: fine only when they made the identical edit.
      const render = (side: number) => {
        const hs = group.filter((h) => h.side === side);
        const lines: string[] = [];
        let p = start;
        for (const h of hs) {
          lines.push(...b.slice(p, h.start), ...h.lines);
          p = h.end;
        }
        lines.push(...b.slice(p, end));
        return lines.join('');
      };
      const mine = render(0);
      if (mine !== render(1)) return undefined;
      out.push(mine);
    } else {
      let p = start;
      for (const h of group) {
        out.push(...b.slice(p, h.start), ...h.lines);
        p = h.end;
      }
      out.push(...b.slice(p, end));
    }
    pos = end;
    i += group.length;
  }
  out.push(...b.slice(pos));
  return out.join('');
}

export type TreeMergeResult =
  { ok: true; files: Map<string, FileEntry> } | { ok: false; conflicts: string[] };

/** Merges two trees against their common base tree, file by file and then line by line. */
export function mergeTrees(
  store: ObjectStore,
  baseTree: string | undefined,
  oursTree: string,
  theirsTree: string,
): TreeMergeResult {
  const base = baseTree ? store.files(baseTree) : new Map<string, FileEntry>();
  const ours = store.files(oursTree);
  const theirs = store.files(theirsTree);
  const files = new Map<string, FileEntry>();
  const conflicts: string[] = [];
  const same = (x?: FileEntry, y?: FileEntry) => x?.sha === y?.sha && x?.mode === y?.mode;
  for (const path of new Set([...base.keys(), ...ours.keys(), ...theirs.keys()])) {
    const b = base.get(path);
    const o = ours.get(path);
    const t = theirs.get(path);
    let result: FileEntry | undefined;
    if (same(o, t)) result = o;
    else if (same(b, o)) result = t;
    else if (same(b, t)) result = o;
    else if (!o || !t) {
      conflicts.push(path);
      continue;
    } else {
      const text = (sha?: string) => (sha ? (store.blob(sha)?.content.toString('utf8') ?? '') : '');
      const merged = mergeText(text(b?.sha), text(o.sha), text(t.sha));
      if (merged === undefined || o.mode !== t.mode) {
        conflicts.push(path);
        continue;
      }
      result = { mode: o.mode, sha: store.putBlob(merged) };
    }
    if (result) files.set(path, result);
  }
  return conflicts.length > 0 ? { ok: false, conflicts: conflicts.sort() } : { ok: true, files };
}
