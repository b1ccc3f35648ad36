// The verdict on a pull request's files, read at its head: the data file validated, the settings
// parsed, the README's zones found, duplicates of what the base branch lists or open suggestions
// hold, the rows the added and changed papers render to, and what the refresh after the merge
// will do with hand edits of the tables. Every problem has its file and, where known, its line.
import { planAdoption } from '../adopt/plan.js';
import type { HandEdits } from '../adopt/types.js';
import { locate, parseWithPositions } from '../yaml/locate.js';
import { loadData } from '../data/load.js';
import type { Problem } from '../problem.js';
import { escapeCell } from '../render/escape.js';
import { renderReadme } from '../render/readme.js';
import { builtInLayout } from '../render/layouts/built-in.js';
import { previewEntry, renderEntry } from '../render/layouts/preview.js';
import { defaultSettings } from '../settings/defaults.js';
import { parseSettings } from '../settings/parse.js';
import type { Settings } from '../settings/types.js';
import { countOf, listWords, type ListWords } from '../settings/words.js';
import type { OpenSuggestion } from '../suggest/types.js';
import type { PaperList } from '../types.js';
import { changedPapers, type PaperChange } from './changes.js';
import { findPullDuplicates } from './duplicates.js';

export interface PullCheckInput {
  paths: { dataFile: string; readme: string; config: string };
  /** The files at the pull request's head; undefined when the file is not there. */
  head: { data: string | undefined; readme: string | undefined; config: string | undefined };
  /** The list on the base branch (what the pull request is compared with). */
  base: PaperList;
  openSuggestions: OpenSuggestion[];
}

export interface PullCheckRow {
  change: PaperChange['change'];
  section: string;
  title: string;
  row: string;
  /** The row's table header, so the row can be shown as a table ('' when `row` stands alone). */
  header: string;
}

export interface PullVerdict {
  passed: boolean;
  problems: Problem[];
  /** Worth a look, stops nothing: a paper also listed in another section, a row to be put back. */
  notes: string[];
  rows: PullCheckRow[];
  handEdits: HandEdits | undefined;
  /** What the list calls its rows or entries (at the head's settings), for the words about them. */
  words: ListWords;
}

export function checkPull(input: PullCheckInput): PullVerdict {
  const { paths, head } = input;
  const problems: Problem[] = [];
  const notes: string[] = [];
  const parsed = parseSettings(head.config, paths.config);
  if (!parsed.ok) problems.push(...parsed.problems);
  // With broken settings the rows are still shown, in the default layout.
  const settings = parsed.ok ? parsed.value : defaultSettings;
  const words = listWords(settings);
  if (head.data === undefined) problems.push(missing(paths.dataFile));
  if (head.readme === undefined) problems.push(missing(paths.readme));
  const loaded = head.data === undefined ? undefined : loadData(head.data, paths.dataFile);
  if (loaded && !loaded.ok) problems.push(...loaded.problems);
  if (!loaded?.ok || head.data === undefined) {
    return { passed: false, problems, notes, rows: [], handEdits: undefined, words };
  }
  const list = loaded.value;
  const changes = changedPapers(input.base, list);
  const added = changes.filter((c) => c.change === 'added');
  const positions = changes.length > 0 ? parseWithPositions(head.data) : undefined;
  const lineOf = (c: PaperChange) =>
    positions ? locate(positions, [c.section, 'list', c.index])?.line : undefined;
  for (const d of findPullDuplicates(input.base, added, input.openSuggestions)) {
    const line = lineOf(d.added);
    const message = `"${d.added.paper.title}" is already listed as ${d.listed}`;
    if (d.otherSection) notes.push(`${message}; it is added to "${d.added.section}" as well`);
    else {
      problems.push({
        file: paths.dataFile,
        ...(line !== undefined ? { line } : {}),
        field: d.added.section,
        message,
        hint: 'remove the entry from this pull request, or merge it into the listed one',
      });
    }
  }
  const rows = changes.map((c) => ({
    change: c.change,
    section: c.section,
    title: c.paper.title,
    // A list with its own layout shows the entry as the list writes it (a table's with its header).
    row: settings.layout
      ? previewEntry(c.paper, settings, settings.layout)
      : renderEntry(c.paper, settings, builtInLayout(settings)),
    header: settings.layout ? '' : headerOf(settings),
  }));
  let handEdits: HandEdits | undefined;
  if (head.readme !== undefined) {
    handEdits = readmeVerdict(input, head.readme, head.data, list, settings, problems, notes);
  }
  return { passed: problems.length === 0, problems, notes, rows, handEdits, words };
}

/** The README's zones, and what the refresh after the merge will do with its hand edits. */
function readmeVerdict(
  input: PullCheckInput,
  readme: string,
  dataText: string,
  list: PaperList,
  settings: Settings,
  problems: Problem[],
  notes: string[],
): HandEdits {
  const rendered = renderReadme(readme, list, settings, new Date(0), input.paths.readme);
  if (!rendered.ok) problems.push(...rendered.problems);
  const plan = planAdoption({
    readme,
    list,
    settings,
    file: input.paths.readme,
    base: input.base,
    dataText,
    dataFile: input.paths.dataFile,
    settingsFile: input.paths.config,
    ...(input.head.config !== undefined ? { settingsText: input.head.config } : {}),
  });
  if (!plan.ok) problems.push(...plan.problems);
  if (plan.edits.deleted.length > 0) {
    const removed = countOf(plan.edits.deleted.length, listWords(settings));
    notes.push(`${removed} deleted from the README by hand will be deleted from the data file`);
  }
  if (plan.edits.putBack.length > 0) {
    const removed = countOf(plan.edits.putBack.length, listWords(settings));
    notes.push(`${removed} removed from the README by hand will be put back`);
  }
  return plan.edits;
}

function headerOf(settings: Settings): string {
  return settings.columns.map((c) => `| ${escapeCell(c.header)} `).join('') + '|';
}

function missing(file: string): Problem {
  return {
    file,
    message: 'the file is not in the pull request',
    hint: 'keep the file; paperlist needs it',
  };
}
