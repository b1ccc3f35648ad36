// The whole README render: the generated zones are rebuilt from (data, settings, time); every byte
// outside them stays as it was.
import type { Problem, Result } from '../problem.js';
import type { PaperList } from '../types.js';
import type { Settings } from '../settings/types.js';
import { renderMindmap } from './mindmap.js';
import { renderTables } from './table.js';
import { formatTimestamp } from './timestamp.js';
import { checkZonesApart, findZone, hasMarkers, replaceZones, type Zone } from './zones.js';

/** A zone's new content: a blank line, the text, a blank line — in the README's line endings. */
function frame(text: string, crlf: boolean): string {
  const framed = `\n\n${text}\n\n`;
  return crlf ? framed.replace(/\r?\n/g, '\r\n') : framed;
}

function stamp(time: Date, settings: Settings): Result<string> {
  try {
    return { ok: true, value: formatTimestamp(time, settings.timestampFormat, settings.timeZone) };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      ok: false,
      problems: [
        {
          field: 'time-zone',
          message: `unknown time zone "${settings.timeZone}"`,
          hint: 'use an IANA time zone name such as "UTC" or "Asia/Shanghai"',
        },
      ],
    };
  }
}

/**
 * Renders the main zone (tables and count), the update-time zone and, when its markers are
 * present, the mindmap zone of `readme`. The main and update-time markers are required; missing,
 * repeated, reversed or overlapping markers are reported with their line in `file`.
 * A README whose first line ends in CRLF gets CRLF in the generated text too.
 */
export function renderReadme(
  readme: string,
  list: PaperList,
  settings: Settings,
  time: Date,
  file = 'README.md',
): Result<string> {
  const { markers } = settings;
  const pairs = [markers.main, markers.updateTime];
  if (hasMarkers(readme, markers.mindmap)) pairs.push(markers.mindmap);

  const problems: Problem[] = [];
  const zones: Zone[] = [];
  for (const pair of pairs) {
    const found = findZone(readme, pair, file);
    if (found.ok) zones.push(found.value);
    else problems.push(...found.problems);
  }
  problems.push(...checkZonesApart(zones, file));
  const stamped = stamp(time, settings);
  if (!stamped.ok) problems.push(...stamped.problems);
  if (problems.length > 0 || !stamped.ok) return { ok: false, problems };

  const firstBreak = readme.indexOf('\n');
  const crlf = firstBreak > 0 && readme[firstBreak - 1] === '\r';
  const [main, updateTime, mindmap] = zones;
  const replacements = [
    { zone: main, content: frame(renderTables(list, settings), crlf) },
    { zone: updateTime, content: frame(stamped.value, crlf) },
    { zone: mindmap, content: mindmap ? frame(renderMindmap(list, settings), crlf) : '' },
  ].filter((r): r is { zone: Zone; content: string } => r.zone !== undefined);
  return { ok: true, value: replaceZones(readme, replacements) };
}
