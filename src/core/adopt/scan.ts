// The main zone as written, line by line: which lines are table rows of which section, and which
// lines are something else a person typed there. Sections are recognised by the exact heading the
// renderer writes for them, so a row is always attributed to a section of the data (or to none).
import type { Problem } from '../problem.js';
import { escapeHeading } from '../render/escape.js';
import type { Zone } from '../render/zones.js';
import type { Settings } from '../settings/types.js';

export interface ZoneRow {
  /** Section name in the data; undefined under a heading the data does not have. */
  section: string | undefined;
  /** The row's text without trailing spaces or line break. */
  text: string;
  /** The table's header line, as written above the row. */
  header: string;
  line: number;
}

export interface ScannedZone {
  rows: ZoneRow[];
  /** Non-blank lines that are neither headings, table lines nor the count line. */
  strays: Problem[];
}

const DELIMITER = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;

/** Reads the lines of `zone` in `readme`; `sections` are the names the data knows. */
export function scanZone(
  readme: string,
  zone: Zone,
  sections: readonly string[],
  settings: Settings,
  file: string,
): ScannedZone {
  const headings = new Map(sections.map((name) => [`### ${escapeHeading(name)}`, name]));
  const count = countPattern(settings.countLine);
  const lines = readme.slice(zone.contentStart, zone.contentEnd).split('\n');
  const rows: ZoneRow[] = [];
  const strays: Problem[] = [];
  let section: string | undefined;
  let unknown = false;
  let table: string[] = [];
  lines.forEach((raw, i) => {
    const line = zone.startLine + i;
    const text = raw.replace(/\s+$/, '');
    // The first piece is the rest of the start marker's line; a blank line ends a table.
    if (i === 0) return;
    if (text === '') {
      table = [];
      return;
    }
    if (text.startsWith('#')) {
      table = [];
      if (/^###\s/.test(text)) {
        section = headings.get(text);
        unknown = section === undefined;
        if (unknown) strays.push(unknownHeading(file, line, text));
      } else if (/^##\s/.test(text)) {
        section = undefined;
        unknown = false;
      } else strays.push(stray(file, line, text));
      return;
    }
    if (text.trimStart().startsWith('|')) {
      table.push(text);
      // The first two lines of a table are its header and delimiter: generated, not content.
      if (table.length === 2 && !DELIMITER.test(text.trim())) {
        strays.push(stray(file, line, text));
      } else if (table.length > 2) {
        // A row under no section (above the first heading) is said, never dropped in silence.
        if (section === undefined && !unknown) strays.push(noSection(file, line));
        rows.push({ section, text: text.trim(), header: table[0] ?? '', line });
      }
      return;
    }
    table = [];
    if (!count?.test(text.trim())) strays.push(stray(file, line, text));
  });
  return { rows, strays };
}

/** The count line with any number in place of `{count}`. */
export function countPattern(countLine: string): RegExp | undefined {
  if (countLine === '') return undefined;
  const parts = countLine.split('{count}').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('\\d+')}$`);
}

function stray(file: string, line: number, text: string): Problem {
  return {
    file,
    line,
    message: `line ${line} inside the generated tables is not a row paperlist can read: ${JSON.stringify(text.slice(0, 80))}`,
    hint: 'move text you want to keep outside the markers, or write it as a table row; nothing was changed',
  };
}

function noSection(file: string, line: number): Problem {
  return {
    file,
    line,
    message: `the row at line ${line} stands under no section heading of the data file`,
    hint: 'put it in the table of its section; nothing was changed',
  };
}

function unknownHeading(file: string, line: number, text: string): Problem {
  return {
    file,
    line,
    message: `section heading ${JSON.stringify(text)} is not a section of the data file`,
    hint: 'add or rename sections in the data file, not in the README; nothing was changed',
  };
}
