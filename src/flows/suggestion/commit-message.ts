// The commit message of a suggestion: `Add paper: <title>`, crediting the issue's author.
import { neutralizeReferences } from '../../core/suggest/neutralize.js';
import type { IssuePayload } from './payload.js';

/**
 * The title is neutralised: a title such as "Fixes #3" must not close issue #3 when the commit lands
 * on the default branch, nor an `@name` in it ping anyone.
 */
export function commitMessage(title: string, issue: IssuePayload['issue']): string {
  const lines = [`Add paper: ${neutralizeReferences(title)}`, '', `Suggested in #${issue.number}.`];
  const author = issue.user;
  if (author && author.type !== 'Bot') {
    lines.push(
      '',
      `Co-authored-by: ${author.login} <${author.id}+${author.login}@users.noreply.github.com>`,
    );
  }
  return lines.join('\n');
}
