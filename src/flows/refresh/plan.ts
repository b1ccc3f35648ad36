// The refresh's plan: from the list at the default branch's head, the files to write (the README
// rendered again, plus any extra file such as the re-synced issue form), or nothing when all is
// current. Pure, so a test checks plans without an emulator. Also pure: where a refresh lands (a
// direct commit or the refresh pull request) and that pull request's texts.
import type { Head } from '../../adapters/github/commits.js';
import type { PullRequest } from '../../adapters/github/pulls.js';
import type { Problem } from '../../core/problem.js';
import { readmeToWrite } from '../../core/render/keep-stamp.js';
import { renderReadme } from '../../core/render/readme.js';
import type { Settings } from '../../core/settings/types.js';
import type { FlowPaths } from '../context.js';
import type { ListAt } from '../list-at.js';

export const REFRESH_MESSAGE = 'paperlist: refresh README';
/** The rest of the fixed message: who made the commit, so nobody looks for a person behind it. */
export const REFRESH_BODY =
  'Made by the paperlist bot: the generated parts of the README were rendered again from the data.';
export const REFRESH_BRANCH = 'paperlist/refresh';
export const REFRESH_PULL_TITLE = 'Refresh the README';

export type RefreshPlan =
  | { kind: 'up-to-date'; head: Head }
  /** Path -> new text, written on top of `head`. */
  | { kind: 'write'; head: Head; files: Record<string, string> }
  | { kind: 'list-broken'; problems: Problem[] };

export interface RefreshInput {
  list: ListAt;
  paths: FlowPaths;
  /** The change being refreshed touched the data or the settings: the README gets a new stamp. */
  dataChanged: boolean;
  /** The time to stamp; the head commit's time when absent. */
  stampTime?: Date;
  /** Extra files to write in the same commit, already read and computed. */
  extraFiles: Record<string, string>;
}

export function planRefresh(input: RefreshInput): RefreshPlan {
  const { list, paths } = input;
  const old = list.readme.text;
  const time = input.stampTime ?? new Date(list.head.date);
  const rendered = renderReadme(old, list.list, list.settings, time, paths.readme);
  if (!rendered.ok) return { kind: 'list-broken', problems: rendered.problems };
  const readme = readmeToWrite(rendered.value, old, list.settings, input.dataChanged);
  const files: Record<string, string> = {};
  if (readme !== old) files[paths.readme] = readme;
  Object.assign(files, input.extraFiles);
  if (Object.keys(files).length === 0) return { kind: 'up-to-date', head: list.head };
  return { kind: 'write', head: list.head, files };
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
  list: ListAt,
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
