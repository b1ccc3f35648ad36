// The whole README render: the generated zones are rebuilt from (data, settings, time); every byte
// outside them stays as it was.
import type { Problem } from '../problem.js';
import type { Result } from '../result.js';
import type { PaperList } from '../types.js';
import type { Settings } from '../settings/types.js';
import { renderToc } from '../outputs/toc/render.js';
import { renderMindmap } from './mindmap.js';
import { layoutOf } from './layouts/built-in.js';
import { renderLayoutZone } from './layouts/zone.js';
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

/** The main zone's content: the list's own layout, or the built-in tables. */
function mainContent(list: PaperList, settings: Settings, crlf: boolean): string {
  const text = renderLayoutZone(list, settings, layoutOf(settings));
  return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
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
  const pairs = settings.stamp ? [markers.main, markers.updateTime] : [markers.main];
  if (hasMarkers(readme, markers.mindmap)) pairs.push(markers.mindmap);
  const withToc = hasMarkers(readme, markers.toc);
  if (withToc) pairs.push(markers.toc);

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
  const [main] = zones;
  const updateTime = settings.stamp ? zones[1] : undefined;
  const mindmap = zones.find((z) => z.pair === markers.mindmap);
  const toc = withToc ? zones.find((z) => z.pair === markers.toc) : undefined;
  const replacements = [
    { zone: main, content: mainContent(list, settings, crlf) },
    { zone: updateTime, content: frame(stamped.value, crlf) },
    { zone: mindmap, content: mindmap ? frame(renderMindmap(list, settings), crlf) : '' },
  ].filter((r): r is { zone: Zone; content: string } => r.zone !== undefined);
  const rendered = replaceZones(readme, replacements);
  return {
    ok: true,
    value: toc && main ? withTableOfContents(rendered, main, toc, crlf) : rendered,
  };
}

/**
 * Fills the table-of-contents zone from the headings of the README as rendered (so its anchors
 * are the ones GitHub gives, repeated headings numbered in document order).
 */
function withTableOfContents(rendered: string, main: Zone, toc: Zone, crlf: boolean): string {
  const zones = (['main', 'toc'] as const).map((kind) => {
    const pair = kind === 'main' ? main.pair : toc.pair;
    const start = rendered.indexOf(pair.start);
    return { start: start + pair.start.length, end: rendered.indexOf(pair.end, start) };
  });
  const [tables, contents] = zones as [
    { start: number; end: number },
    { start: number; end: number },
  ];
  const text = renderToc(rendered, tables.start, tables.end);
  return rendered.slice(0, contents.start) + frame(text, crlf) + rendered.slice(contents.end);
}
