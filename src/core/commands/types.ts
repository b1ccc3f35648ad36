// The commands a maintainer writes in a comment (`/paperlist accept 3 to "Exit Policy"`), as typed
// values: what ./parse.ts reads out of a comment body, and what the command flow acts on.

/** The paper an `accept` or `decline` names: its number in the digest, or its arXiv id. */
export type CommandTarget =
  /** 1-based number of the candidate in the digest issue. */
  | { kind: 'index'; index: number }
  /** arXiv id without version (`2401.01234`, `cs/0501001`); any version names the same paper. */
  | { kind: 'arxiv'; id: string };

interface Located {
  /** 1-based line of the comment the command is on. */
  line: number;
}

export type Command =
  | (Located & {
      kind: 'accept';
      /** The target as one string: the digest number (`3`) or the arXiv id (`2401.01234`). */
      target: string;
      paper: CommandTarget;
      /** The section after `to`, quotes taken off; matched against the list's names later. */
      section?: string;
    })
  | (Located & { kind: 'decline'; target: string; paper: CommandTarget })
  | (Located & { kind: 'section'; sections: string[] })
  | (Located & { kind: 'reject'; reason?: string })
  /** A `/paperlist` line that is not a command: `why` says what is wrong and how to write it. */
  | (Located & { kind: 'invalid'; text: string; why: string });

export type CommandKind = Command['kind'];

/** What became of one command: done, nothing to do (it was so already), or refused with why. */
export interface CommandOutcome {
  command: Command;
  status: 'done' | 'unchanged' | 'refused';
  /** What the reply says about it (Markdown, safe to post); none: the reaction says it all. */
  note?: string;
}
