// GitHub's refusals, as typed errors. The adapters look at HTTP statuses and GitHub's messages in one
// place (here) and throw one of these, so a flow decides what to do with `instanceof`, never with a
// status code or a regular expression on a message. Anything not recognised is thrown as it came.

/** Base of every refusal paperlist recognises; `cause` keeps GitHub's own error for the log. */
export class GitHubRefusal extends Error {
  constructor(message: string, cause: unknown) {
    super(`${message}: ${String(cause)}`, { cause });
    this.name = new.target.name;
  }
}

/** A ref update was refused because the branch is no longer where it was read (not a fast forward). */
export class BranchMoved extends GitHubRefusal {
  constructor(
    readonly branch: string,
    cause: unknown,
  ) {
    super(`the branch ${branch} changed while it was being updated`, cause);
  }
}

/** A ref update was refused because the branch is protected (changes must go through a PR). */
export class BranchProtected extends GitHubRefusal {
  constructor(
    readonly branch: string,
    cause: unknown,
  ) {
    super(`the branch ${branch} is protected`, cause);
  }
}

/** Opening a pull request was refused because one with the same head and base is open already. */
export class PullRequestExists extends GitHubRefusal {
  constructor(
    readonly head: string,
    cause: unknown,
  ) {
    super(`a pull request from ${head} exists already`, cause);
  }
}

/** The repository does not let this token open pull requests (an Actions setting). */
export class PullsNotPermitted extends GitHubRefusal {
  constructor(cause: unknown) {
    super('GitHub Actions is not permitted to create pull requests', cause);
  }
}

/** A closed pull request could not be reopened (its branch is gone or was force-moved). */
export class PullNotReopenable extends GitHubRefusal {
  constructor(
    readonly pull: number,
    cause: unknown,
  ) {
    super(`#${pull} could not be reopened`, cause);
  }
}

/** The thing asked for was deleted (410 Gone: a deleted issue, say). */
export class Gone extends GitHubRefusal {
  constructor(what: string, cause: unknown) {
    super(`${what} was deleted`, cause);
  }
}

/** The thing asked for does not exist (404). */
export class NotFound extends GitHubRefusal {
  constructor(what: string, cause: unknown) {
    super(`${what} was not found`, cause);
  }
}

/**
 * A write whose answer was lost (a 5xx or a dropped connection): GitHub may or may not have done
 * it, so the caller looks before writing again.
 */
export class UncertainWrite extends GitHubRefusal {
  constructor(what: string, cause: unknown) {
    super(`${what} may or may not have been written`, cause);
  }
}

/** The HTTP status of an octokit error, if it has one. Only the adapters look at it. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub's message, with the texts of its `errors` list (where a 422 says what was wrong). */
export function messageOf(error: unknown): string {
  const e = error as {
    message?: unknown;
    response?: { data?: { message?: unknown; errors?: { message?: unknown }[] } };
  } | null;
  const parts = [e?.message, e?.response?.data?.message];
  for (const item of e?.response?.data?.errors ?? []) parts.push(item?.message);
  return parts.filter((p): p is string => typeof p === 'string').join(' ');
}

/** 404 and 410 as typed errors; any other error unchanged. */
export function missingOrAsIs(error: unknown, what: string): unknown {
  const status = statusOf(error);
  if (status === 404) return new NotFound(what, error);
  if (status === 410) return new Gone(what, error);
  return error;
}

/** A write the token may not make (403 "Resource not accessible by integration": a permission the workflow lacks). */
export class WriteNotPermitted extends GitHubRefusal {
  constructor(
    readonly what: string,
    cause: unknown,
  ) {
    super(`the token may not ${what}`, cause);
  }
}
