// `/paperlist section A; B`: the suggestion's paper goes in those sections. The sections are written
// into the issue's own sections answer (core/commands/sections-answer.ts), then the suggestion flow
// runs on the issue as for an edit: the same checks, the same branch and pull request rebuilt, the
// same status comment. A later edit of the issue keeps the maintainer's choice, and the command
// run again finds the answer already so and writes nothing.
import { updateIssue } from '../../adapters/github/issues.js';
import { sectionList, quoted } from '../../core/commands/replies.js';
import { matchSections } from '../../core/commands/sections.js';
import { withSectionsAnswer } from '../../core/commands/sections-answer.js';
import type { Command, CommandOutcome } from '../../core/commands/types.js';
import { suggestionFlow } from '../suggestion/run.js';
import { readSuggestionOf } from './suggestion.js';
import type { CommandScope } from './types.js';

type SectionCommand = Extract<Command, { kind: 'section' }>;

export async function sectionCommand(
  { ctx, target }: CommandScope,
  command: SectionCommand,
): Promise<CommandOutcome> {
  const refused = (note: string): CommandOutcome => ({ command, status: 'refused', note });
  const read = await readSuggestionOf(ctx, target, 'section');
  if ('refused' in read) return refused(read.refused);
  const { issue, list, answers } = read;
  if (issue.state !== 'open') return refused(`the suggestion #${issue.number} is closed.`);
  const names = list.list.sections.map((s) => s.name);
  const match = matchSections(command.sections, names);
  if (!match.ok) {
    const which = match.unknown.map((u) => quoted(u)).join(', ');
    const one = match.unknown.length === 1;
    return refused(
      `${which} ${one ? 'is not a section' : 'are not sections'} of this list. The sections are ${sectionList(names)}; write \`/paperlist section <section>\`, several separated by \`;\`, quotes optional, case ignored.`,
    );
  }
  const body = issue.body ?? '';
  const next = withSectionsAnswer(body, answers.form, match.sections);
  if (next === undefined) {
    return refused(
      `the suggestion's form cannot hold ${match.sections.length === 1 ? 'this section' : 'these sections'} (it takes one section, or has no sections field); a maintainer can edit the issue instead.`,
    );
  }
  if (next !== body) await updateIssue(ctx.gh, ctx.repo, issue.number, { body: next });
  // The issue was just written: the flow reads it again (an edit's payload may be stale).
  const result = await suggestionFlow(ctx, { action: 'edited', issue: { ...issue, body: next } });
  const status = next === body && result.result === 'unchanged' ? 'unchanged' : 'done';
  const note = NOTES[result.result];
  return note
    ? { command, status, note: note(sectionList(match.sections), issue.number) }
    : { command, status };
}

/** What the reply adds when the suggestion flow could not build the pull request as asked. */
const NOTES: Partial<Record<string, (sections: string, issue: number) => string>> = {
  invalid: (s, n) =>
    `the sections are now ${s}, but the suggestion still has problems: its status comment on #${n} lists them.`,
  duplicate: (s, n) =>
    `the sections are now ${s}, but the paper is already in the list or suggested: the status comment on #${n} says where.`,
  'taken-over': (s) =>
    `the sections are now ${s} in the issue, but a maintainer pushed to the pull request, so it is left as they made it.`,
  'closed-by-maintainer': (s) =>
    `the sections are now ${s} in the issue, but the pull request was closed by a maintainer and stays closed.`,
};
