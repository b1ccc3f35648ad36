// Every bound paperlist puts on text a person supplies, in one place. Each reader checks its input
// against these before parsing, so a file built to be slow or to exhaust the stack is refused in
// one linear pass with one clear message instead of a long run or a trace. The values sit far
// above real lists (the largest have about 3,000 entries and 500 KB); docs/limits.md lists them.

/** One bound: its value, what it counts, and what a real list has, for messages and docs. */
export interface Bound {
  readonly max: number;
  /** What is counted, in the plural: "characters", "levels". */
  readonly unit: string;
  /** What real input looks like, said after a refusal: "a real list nests at most 3 levels". */
  readonly normal: string;
  /** How to get under the bound. */
  readonly fix: string;
}

const FIX = 'check that this is the right file, or simplify that part';

const bound = (max: number, unit: string, normal: string, fix = FIX): Bound => ({
  max,
  unit,
  normal,
  fix,
});

export const BOUNDS = {
  /** Data file size. 32 million characters hold about 130,000 papers. */
  dataFileChars: bound(
    32_000_000,
    'characters',
    'a list of 3,000 papers is about 700,000 characters',
  ),
  /** Settings file size. */
  settingsFileChars: bound(
    256_000,
    'characters',
    'a settings file is usually under 2,000 characters',
  ),
  /** Markdown read as tables (README import, hand edits in zones). */
  markdownChars: bound(
    5_000_000,
    'characters',
    'the README of a list of 3,000 papers is about 600,000 characters',
  ),
  /** An issue body; GitHub itself stores at most 65,536 characters. */
  issueBodyChars: bound(
    65_536,
    'characters',
    'a filled-in suggestion form is usually under 3,000 characters',
    'shorten the answers, the notes above all',
  ),
  /** Nested YAML collections (block and flow): a data file's papers sit 5 levels deep. */
  yamlDepth: bound(32, 'levels', 'a data file nests its links 5 levels deep'),
  /** Nested Markdown containers: block quotes and list items. */
  markdownDepth: bound(32, 'levels', 'a README nests lists and quotes at most 3 or 4 levels'),
  /** Cells in one table row (header, delimiter or body row). */
  tableColumns: bound(64, 'columns', 'a paper table has 5 to 10 columns'),
  /** Table cells in the whole Markdown text. */
  tableCells: bound(
    100_000,
    'table cells',
    'a list of 3,000 papers has about 18,000 cells, one of 10,000 papers 52,000',
  ),
  /** Emphasis and strike-through markers (`*`, `_`, `~` runs) in one paragraph or table row. */
  inlineMarkersPerBlock: bound(
    500,
    'emphasis markers',
    'a table row has at most a few, such as **bold** text',
  ),
  /**
   * Emphasis and strike-through markers in the Markdown the general parser reads: everything but
   * headings, comments, table rows and one-line list items, which are read line by line.
   */
  inlineMarkers: bound(
    30_000,
    'emphasis markers',
    'a list of 3,000 papers written as two-line entries with a bold title each has about 6,000',
  ),
  /** Emphasis and strike-through markers in the whole Markdown text. */
  inlineMarkersAll: bound(
    300_000,
    'emphasis markers',
    'a list of 10,000 papers with a bold name and an italic venue in each entry has about 40,000',
  ),
  /** A metadata service's answer (arXiv, Crossref, ...), read by the lookup client. */
  metadataAnswerBytes: bound(
    4 * 1024 * 1024,
    'bytes',
    'an answer about one paper is under 100 KB',
    'the service answered with something that is not about one paper',
  ),
} as const;

export type BoundName = keyof typeof BOUNDS;

/** How many problems a report lists before it says how many more there are. */
export const PROBLEMS_SHOWN = 50;

/** The longest field path and message a problem line shows; longer ones are cut in the middle. */
export const FIELD_SHOWN = 120;
export const MESSAGE_SHOWN = 600;
