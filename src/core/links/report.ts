// The text of the one link-report issue the scheduled run keeps up to date: a hidden marker to find
// it again, a summary, and a table per kind of problem. URLs and titles come from the data file, so
// every cell is escaped and mentions/references are broken; the same results give the same bytes.
import { CONTROL, encodeUrl, escapeDestination, isHttpUrl } from '../render/escape.js';
import { safeInline } from '../suggest/neutralize.js';
import { statusText } from './status-text.js';
import type { LinkResult, LinkUse } from './types.js';

/** Hidden first line of the report issue's body; the flow finds its issue by it. */
export const LINK_REPORT_MARKER = '<!-- paperlist:link-report -->';

export interface LinkReportOptions {
  /** Shown in the heading, such as the repository's name. */
  listName: string;
  /** When the check ran (a parameter: the core never reads the clock). */
  checkedAt: Date;
  /** The data file to edit, as the maintainer knows it (`data.yaml`). */
  dataFile: string;
}

export interface LinkReport {
  title: string;
  body: string;
  /** No link is dead: the flow closes the report issue (links that could not be checked do not keep it open). */
  allReachable: boolean;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** `2026-01-02 03:04 UTC`: minutes are enough for a daily check and the same Date gives the same text. */
function formatTime(time: Date): string {
  return time.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/**
 * The URL as a link whose text is the URL itself, readable and copyable (no invisible characters):
 * the encoded URL leaves no `( ) [ ] < > | \` or spaces, so only emphasis/code marks and
 * character references need escaping. A link's text is never searched for mentions by GitHub.
 */
function urlCell(url: string): string {
  if (!isHttpUrl(url)) return safeInline(url);
  const encoded = encodeUrl(url);
  const text = encoded.replace(/[`*_~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;');
  return `[${text}](${escapeDestination(encoded)})`;
}

/** A path as code, unless it holds what a code span cannot (a backtick, a line break). */
function fileName(path: string): string {
  const plain = path !== '' && !path.includes('`') && path.replace(CONTROL, '') === path;
  return plain ? `\`${path}\`` : safeInline(path);
}

function resultCell(result: LinkResult): string {
  const parts: string[] = [];
  if (result.code !== undefined) parts.push(statusText(result.code));
  if (result.error !== undefined) parts.push(result.error);
  if (parts.length === 0) parts.push(result.status === 'dead' ? 'dead' : 'not checked');
  const text = safeInline(parts.join(': '));
  return result.redirectedTo === undefined
    ? text
    : `${text}, redirected to ${urlCell(result.redirectedTo)}`;
}

function usesCell(uses: readonly LinkUse[]): string {
  return uses
    .map((u) => `${safeInline(u.section)} › ${safeInline(u.title)} (${safeInline(u.label)})`)
    .join('<br>');
}

function table(results: readonly LinkResult[]): string {
  let out = '| URL | Result | Used in |\n| --- | --- | --- |\n';
  for (const r of results)
    out += `| ${urlCell(r.url)} | ${resultCell(r)} | ${usesCell(r.uses)} |\n`;
  return out;
}

/** By URL, in UTF-16 code unit order: independent of the order the checks finished in. */
function byUrl(results: readonly LinkResult[]): LinkResult[] {
  return [...results].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The report issue's title and Markdown body for one run's results. */
export function renderLinkReport(
  results: readonly LinkResult[],
  opts: LinkReportOptions,
): LinkReport {
  const dead = byUrl(results.filter((r) => r.status === 'dead'));
  const unchecked = byUrl(results.filter((r) => r.status === 'unchecked'));
  const allReachable = dead.length === 0;
  const title = allReachable
    ? 'Link check: no dead links'
    : `Link check: ${count(dead.length, 'dead link', 'dead links')}`;

  const lines = [
    LINK_REPORT_MARKER,
    `## Link check of ${safeInline(opts.listName)}`,
    '',
    `${count(results.length, 'link', 'links')} checked on ${formatTime(opts.checkedAt)}: ` +
      `${dead.length} dead, ${unchecked.length} could not be checked.`,
    '',
  ];
  if (dead.length > 0) {
    lines.push(
      '### Dead links',
      '',
      `These links are gone, fail or did not answer after several tries. Fix or remove them in ${fileName(opts.dataFile)}.`,
      '',
      table(dead),
    );
  } else {
    lines.push('Every link that could be checked is reachable.', '');
  }
  if (unchecked.length > 0) {
    lines.push(
      '### Links that could not be checked',
      '',
      'These sites refused an automated check (login, bot protection or rate limit); they may work in a browser. Please open them by hand.',
      '',
      table(unchecked),
    );
  }
  lines.push(
    '_paperlist updates this issue on each scheduled run and closes it when no link is dead._',
    '',
  );
  return { title, body: lines.join('\n'), allReachable };
}
