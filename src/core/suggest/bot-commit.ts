// How paperlist tells its own suggestion commits from anybody else's. It writes a trailer naming the
// commit's own tree (`Paperlist-Tree: <sha>`) and sets neither author nor committer, so GitHub makes
// both the token's identity. A commit is the bot's when the trailer names its tree and its committer
// is its author: a maintainer's fix-up has no such trailer, and an amended or rebased bot commit has
// a new committer (and usually a new tree). Such a branch is never force-moved. A suggestion commit
// also names the files it was built with (`Paperlist-Files: <fingerprint>`), so a run that reads the
// commit knows whether it still holds what the suggestion would write, without reading the files.

export const BOT_TRAILER = 'Paperlist-Tree';
/** The fingerprint of the files a suggestion commit writes (see flows/suggestion/plan.ts). */
export const FILES_TRAILER = 'Paperlist-Files';

export interface CommitFacts {
  message: string;
  tree: string;
  author: { name: string; email: string } | null;
  committer: { name: string; email: string } | null;
}

const TRAILER_LINE = /^[A-Za-z][\w-]*: \S/;

/** The message with the tree trailer added to its trailer block (or as a new last paragraph). */
export function withBotTrailer(message: string, tree: string): string {
  return withTrailer(message, BOT_TRAILER, tree);
}

/** The message with `key: value` added to its trailer block (or as a new last paragraph). */
export function withTrailer(message: string, key: string, value: string): string {
  const trimmed = message.replace(/\s+$/, '');
  const paragraphs = trimmed.split(/\n\n/);
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const isTrailers = paragraphs.length > 1 && last.split('\n').every((l) => TRAILER_LINE.test(l));
  return `${trimmed}${isTrailers ? '\n' : '\n\n'}${key}: ${value}`;
}

/** The files fingerprint a bot commit names, if it names one. */
export function filesTrailer(message: string): string | undefined {
  return new RegExp(`^${FILES_TRAILER}: ([0-9a-f]{32})$`, 'm').exec(message)?.[1];
}

export function isBotCommit(commit: CommitFacts): boolean {
  const trailer = new RegExp(`^${BOT_TRAILER}: ([0-9a-f]{40})$`, 'm').exec(commit.message);
  if (!trailer || trailer[1] !== commit.tree.toLowerCase()) return false;
  const { author, committer } = commit;
  return (
    author !== null &&
    committer !== null &&
    author.name === committer.name &&
    author.email === committer.email
  );
}
