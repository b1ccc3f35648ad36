// Generated zones of the README: the text between a start and an end marker. Markers are found by
// their exact text anywhere on a line (the real list has a space before one of them).
import type { Problem } from '../problem.js';
import type { Result } from '../result.js';
import type { MarkerPair } from '../settings/types.js';

/** Where a zone is: offsets into the README and the 1-based lines of its markers. */
export interface Zone {
  pair: MarkerPair;
  /** Offset of the start marker's first character. */
  start: number;
  /** Offset just after the start marker: the zone's content begins here. */
  contentStart: number;
  /** Offset of the end marker: the zone's content ends here. */
  contentEnd: number;
  /** Offset just after the end marker. */
  end: number;
  startLine: number;
  endLine: number;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
    found.push(i);
  }
  return found;
}

/** 1-based line number of each offset (offsets ascending). */
function linesOf(text: string, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const offset of offsets) {
    for (let i = text.indexOf('\n', from); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      from = i + 1;
    }
    lines.push(line);
  }
  return lines;
}

function listLines(lines: readonly number[]): string {
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`;
}

/** True when either marker of `pair` appears in `readme` (an optional zone is then in use). */
export function hasMarkers(readme: string, pair: MarkerPair): boolean {
  return readme.includes(pair.start) || readme.includes(pair.end);
}

/**
 * Locates the zone bounded by `pair`. Each marker must appear exactly once, start before end;
 * otherwise every problem found is returned, each naming the line (`file` is the README's name).
 */
export function findZone(readme: string, pair: MarkerPair, file: string): Result<Zone> {
  const starts = occurrences(readme, pair.start);
  const ends = occurrences(readme, pair.end);
  const startLines = linesOf(readme, starts);
  const endLines = linesOf(readme, ends);
  const lines: MarkerLines = { pair, file, startLines, endLines };
  const missing = missingMarker(lines);
  const problems = [...(missing ? [missing] : []), ...repeatedMarkers(lines)];
  if (problems.length > 0) return { ok: false, problems };

  const start = starts[0] ?? 0;
  const contentEnd = ends[0] ?? 0;
  const zone: Zone = {
    pair,
    start,
    contentStart: start + pair.start.length,
    contentEnd,
    end: contentEnd + pair.end.length,
    startLine: startLines[0] ?? 1,
    endLine: endLines[0] ?? 1,
  };
  if (zone.contentEnd < zone.contentStart) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: zone.endLine,
          message: `marker "${pair.end}" comes before its start marker "${pair.start}" (line ${zone.startLine})`,
          hint: `move "${pair.end}" below "${pair.start}"`,
        },
      ],
    };
  }
  return { ok: true, value: zone };
}

/** Where the markers of one zone stand: the 1-based line of each occurrence. */
interface MarkerLines {
  pair: MarkerPair;
  file: string;
  startLines: readonly number[];
  endLines: readonly number[];
}

/** A marker of `pair` that is missing: both, or the one its partner lacks. */
function missingMarker({ pair, file, startLines, endLines }: MarkerLines): Problem | undefined {
  if (startLines.length === 0 && endLines.length === 0) {
    return {
      file,
      message: `markers "${pair.start}" and "${pair.end}" not found`,
      hint: `add a line "${pair.start}" and below it a line "${pair.end}" where the generated text goes`,
    };
  }
  if (startLines.length === 0) {
    return {
      file,
      line: endLines[0],
      message: `marker "${pair.end}" has no start marker "${pair.start}"`,
      hint: `add a line "${pair.start}" above it`,
    };
  }
  if (endLines.length === 0) {
    return {
      file,
      line: startLines[0],
      message: `marker "${pair.start}" has no end marker "${pair.end}"`,
      hint: `add a line "${pair.end}" below it`,
    };
  }
  return undefined;
}

/** Each marker of `pair` written more than once, at its second line. */
function repeatedMarkers({ pair, file, startLines, endLines }: MarkerLines): Problem[] {
  const markers = [
    [pair.start, startLines],
    [pair.end, endLines],
  ] as const;
  return markers
    .filter(([, lines]) => lines.length > 1)
    .map(([marker, lines]) => ({
      file,
      line: lines[1],
      message: `marker "${marker}" appears ${lines.length === 2 ? 'twice' : `${lines.length} times`} (also on ${listLines(lines.filter((_, i) => i !== 1))})`,
      hint: 'keep exactly one start and one end marker',
    }));
}

/** Problems for zones that overlap or nest: each zone must end before the next one starts. */
export function checkZonesApart(zones: readonly Zone[], file: string): Problem[] {
  const sorted = [...zones].sort((a, b) => a.start - b.start);
  const problems: Problem[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const zone = sorted[i];
    if (before && zone && zone.start < before.end) {
      problems.push({
        file,
        line: zone.startLine,
        message: `marker "${zone.pair.start}" is inside the zone "${before.pair.start}" ... "${before.pair.end}" (lines ${before.startLine}-${before.endLine})`,
        hint: 'generated zones must not overlap or nest; move one zone out of the other',
      });
    }
  }
  return problems;
}

/**
 * Replaces the content of each zone (not the markers) with its text; bytes outside the zones are
 * kept. Zones must not overlap (see checkZonesApart).
 */
export function replaceZones(
  readme: string,
  replacements: readonly { zone: Zone; content: string }[],
): string {
  const sorted = [...replacements].sort((a, b) => a.zone.start - b.zone.start);
  let out = '';
  let at = 0;
  for (const { zone, content } of sorted) {
    out += readme.slice(at, zone.contentStart) + content;
    at = zone.contentEnd;
  }
  return out + readme.slice(at);
}

/** Replaces the content of one zone; see replaceZones. */
export function replaceZone(readme: string, zone: Zone, content: string): string {
  return replaceZones(readme, [{ zone, content }]);
}
