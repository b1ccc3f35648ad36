// The refresh's plan: from the list at the default branch's head, the files to write (the README
// rendered again, plus any extra file such as the re-synced issue form), or nothing when all is
// current. Pure, so a test checks plans without an emulator. Also pure: where a refresh lands (a
// direct commit or the refresh pull request) and that pull request's texts.
import type { Head } from '../../adapters/github/commits.js';
import { describeHandEdits } from '../../core/adopt/describe.js';
import { planAdoption } from '../../core/adopt/plan.js';
import { noHandEdits, type HandEdits } from '../../core/adopt/types.js';
import type { PullRequest } from '../../adapters/github/pulls.js';
import { addedEntries, dayIn } from '../../core/data/added.js';
import { loadData } from '../../core/data/load.js';
import { stampAdded } from '../../core/data/stamp-added.js';
import { renderBibtex } from '../../core/outputs/bibtex/render.js';
import type { Problem } from '../../core/problem.js';
import type { Result } from '../../core/result.js';
import type { PaperList } from '../../core/types.js';
import { readmeToWrite } from '../../core/render/keep-stamp.js';
import { renderReadme } from '../../core/render/readme.js';
import type { Settings } from '../../core/settings/types.js';
import { listWords, type ListWords } from '../../core/settings/words.js';
import type { FlowPaths } from '../context.js';
import type { ListAtCommit } from '../list-at-commit.js';

export const REFRESH_MESSAGE = 'paperlist: refresh README';
/** The rest of the fixed message: who made the commit, so nobody looks for a person behind it. */
export const REFRESH_BODY =
  'Made by the paperlist bot: the generated parts of the README were rendered again from the data.';
export const REFRESH_BRANCH = 'paperlist/refresh';
export const REFRESH_PULL_TITLE = 'Refresh the README';

export type RefreshPlan =
  | { kind: 'up-to-date'; head: Head; list: PaperList; warnings: Problem[] }
  /** Path -> new text, written on top of `head`; `list` is the list as written (for readers' files). */
  | {
      kind: 'write';
      head: Head;
      files: Record<string, string>;
      list: PaperList;
      warnings: Problem[];
      /** Hand edits of the README's list: adopted into the data file, put back, or overridden. */
      handEdits: HandEdits;
      /** What the list calls its rows or entries, for the words about them. */
      words: ListWords;
    }
  | { kind: 'list-broken'; problems: Problem[] };

/** What the list was before the change being refreshed: its new entries get the day they came. */
export interface AddedSince {
  before: PaperList;
  /** The change's time: its day, in the list's time zone, is recorded. */
  time: Date;
}

export interface RefreshInput {
  list: ListAtCommit;
  paths: FlowPaths;
  /** The change being refreshed touched the data or the settings: the README gets a new stamp. */
  dataChanged: boolean;
  /** The time to stamp; the head commit's time when absent. */
  stampTime?: Date;
  /** Extra files to write in the same commit, already read and computed. */
  extraFiles: Record<string, string>;
  /** When given, entries the change added are stamped with `added: YYYY-MM-DD`. */
  addedSince?: AddedSince;
  /** The BibTeX file the settings name, as it is at the head (undefined: absent or not asked for). */
  bibtexText?: string;
  /**
   * Adopt hand edits of the README's tables (the change touched the README). `base` is the list
   * the README was rendered from (before the change); without it the data file wins every field.
   */
  adopt?: { base?: PaperList };
}

export function planRefresh(input: RefreshInput): RefreshPlan {
  const { list, paths } = input;
  const old = list.readme.text;
  const time = input.stampTime ?? new Date(list.head.date);
  const files: Record<string, string> = {};
  const warnings: Problem[] = [];
  const adoption = input.adopt ? adoptHandEdits(list, input.adopt.base, paths) : undefined;
  // A hand edit that cannot be read stops the refresh: writing the zone would drop it.
  if (adoption && !adoption.ok) return { kind: 'list-broken', problems: adoption.problems };
  const handEdits = adoption?.edits ?? noHandEdits();
  const words = listWords(list.settings);
  warnings.push(...handEditWarnings(handEdits, paths, words));
  const data = adoption?.data ?? { text: list.data.text, list: list.list };
  if (adoption?.data) files[paths.dataFile] = data.text;
  // A structure changed by hand (headings, notes) is written back by another layout.
  const newSettings = adoption?.ok ? adoption.settings : undefined;
  if (newSettings) files[paths.config] = newSettings.text;
  const settings = newSettings?.value ?? list.settings;
  const stamped = input.addedSince
    ? stampNewEntries(data, list, input.addedSince, paths)
    : undefined;
  if (stamped && !stamped.ok) warnings.push(...stamped.problems);
  if (stamped?.ok) files[paths.dataFile] = stamped.value.text;
  const papers = stamped?.ok ? stamped.value.list : data.list;

  const rendered = renderReadme(old, papers, settings, time, paths.readme);
  if (!rendered.ok) return { kind: 'list-broken', problems: rendered.problems };
  const restamp = input.dataChanged || adoption?.data !== undefined;
  const readme = readmeToWrite(rendered.value, old, settings, restamp);
  if (readme !== old) files[paths.readme] = readme;
  const bibtex = list.settings.bibtex;
  if (bibtex !== undefined) {
    const clash = [paths.dataFile, paths.readme, paths.config, ...Object.keys(input.extraFiles)];
    if (clash.includes(bibtex))
      return { kind: 'list-broken', problems: [bibtexClash(paths, bibtex)] };
    const bib = renderBibtex(papers, list.settings.name);
    if (bib !== input.bibtexText) files[bibtex] = bib;
  }
  Object.assign(files, input.extraFiles);
  if (Object.keys(files).length === 0) {
    return { kind: 'up-to-date', head: list.head, list: papers, warnings };
  }
  return { kind: 'write', head: list.head, files, list: papers, warnings, handEdits, words };
}

function adoptHandEdits(list: ListAtCommit, base: PaperList | undefined, paths: FlowPaths) {
  return planAdoption({
    readme: list.readme.text,
    list: list.list,
    settings: list.settings,
    file: paths.readme,
    dataText: list.data.text,
    dataFile: paths.dataFile,
    settingsFile: paths.config,
    ...(list.config ? { settingsText: list.config.text } : {}),
    ...(base ? { base } : {}),
  });
}

/**
 * Rows put back or moved back, hand edits the data file overrode, entries deleted by hand, and
 * lines kept as written that are no entry: warnings (annotations), not silence.
 */
function handEditWarnings(edits: HandEdits, paths: FlowPaths, words: ListWords): Problem[] {
  const { dataWins, putBack, moved, deleted, movedTo } = edits;
  const warned = { ...noHandEdits(), dataWins, putBack, moved, deleted, movedTo };
  const said = describeHandEdits(warned, paths.dataFile, words).map((message) => ({
    file: paths.readme,
    message,
  }));
  const kept = edits.kept.map((k) => ({
    ...k,
    message: `${k.message.replace(/; it is kept as written$/, '')}: kept where it stands, as written`,
  }));
  return [...said, ...kept];
}

/** The data file with `added:` on the entries the change added, and the list it now holds. */
function stampNewEntries(
  data: { text: string; list: PaperList },
  list: ListAtCommit,
  since: AddedSince,
  paths: FlowPaths,
): Result<{ text: string; list: PaperList }> | undefined {
  const refs = addedEntries(since.before, data.list);
  if (refs.length === 0) return undefined;
  const day = dayIn(since.time, list.settings.timeZone);
  const text = stampAdded(data.text, data.list, refs, day, paths.dataFile);
  if (!text.ok) return text;
  const read = loadData(text.value, paths.dataFile);
  return read.ok ? { ok: true, value: { text: text.value, list: read.value } } : read;
}

function bibtexClash(paths: FlowPaths, bibtex: string): Problem {
  return {
    file: paths.config,
    field: 'bibtex',
    message: `"${bibtex}" is a file paperlist already writes for another purpose`,
    hint: 'name a file of its own, such as papers.bib',
  };
}

/**
 * Where a refresh goes: into the refresh pull request when the settings ask for one, or while one
 * is open (trying the branch again would only repeat a refused write on every run); otherwise a
 * direct commit (which may still end in a pull request when the branch turns out protected).
 */
export function landingRoute(
  settings: Settings,
  openPull: PullRequest | undefined,
): 'commit' | 'pull-request' {
  return settings.refresh === 'pull-request' || openPull ? 'pull-request' : 'commit';
}

/** The refresh pull request's title and body. */
export function refreshPullText(
  list: ListAtCommit,
  paths: FlowPaths,
  defaultBranch: string,
  files: Record<string, string>,
): { title: string; body: string } {
  const body = [
    `paperlist re-rendered ${listed(Object.keys(files))} from \`${paths.dataFile}\` at ${list.head.sha}.`,
    '',
    list.settings.refresh === 'pull-request'
      ? 'The settings ask for refreshes as pull requests (`refresh: pull-request`).'
      : `\`${defaultBranch}\` did not take a direct commit from the bot, so the refresh waits here for a merge.`,
    'Later refreshes update this pull request until it is merged.',
  ].join('\n');
  return { title: REFRESH_PULL_TITLE, body };
}

/** Paths as code, joined with `and`. */
export const listed = (paths: string[]): string => paths.map((p) => `\`${p}\``).join(' and ');

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}
