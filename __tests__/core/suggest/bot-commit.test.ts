import { describe, expect, it } from 'vitest';
import {
  filesTrailer,
  isBotCommit,
  withBotTrailer,
  withTrailer,
} from '../../../src/core/suggest/bot-commit.js';

const TREE = 'a'.repeat(40);
const bot = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};
const person = { name: 'Octo Maintainer', email: 'octo@example.org' };

describe('the bot commit trailer', () => {
  it('joins the trailer block of a message that has one', () => {
    expect(
      withBotTrailer('Add paper: X\n\nSuggested in #1.\n\nCo-authored-by: a <b@c>', TREE),
    ).toBe(`Add paper: X\n\nSuggested in #1.\n\nCo-authored-by: a <b@c>\nPaperlist-Tree: ${TREE}`);
  });

  it('is a paragraph of its own otherwise', () => {
    expect(withBotTrailer('Add paper: X\n\nSuggested in #1.\n', TREE)).toBe(
      `Add paper: X\n\nSuggested in #1.\n\nPaperlist-Tree: ${TREE}`,
    );
  });
});

describe('telling the bot’s commits apart', () => {
  const message = withBotTrailer('Add paper: X\n\nSuggested in #1.', TREE);

  it('a commit with the trailer naming its own tree, committed by its author, is the bot’s', () => {
    expect(isBotCommit({ message, tree: TREE, author: bot, committer: bot })).toBe(true);
  });

  it('a maintainer’s fix-up (no trailer) is not', () => {
    const fixup = { message: 'Fix the venue', tree: TREE, author: person, committer: person };
    expect(isBotCommit(fixup)).toBe(false);
  });

  it('an amended bot commit (new committer) is not, even with the same tree and message', () => {
    expect(isBotCommit({ message, tree: TREE, author: bot, committer: person })).toBe(false);
  });

  it('a commit whose tree is not the one its trailer names (the content changed) is not', () => {
    expect(isBotCommit({ message, tree: 'b'.repeat(40), author: person, committer: person })).toBe(
      false,
    );
  });
});

describe('the files trailer', () => {
  const FILES = 'c'.repeat(32);

  it('is read back from a bot commit’s message, next to the tree trailer', () => {
    const message = withBotTrailer(
      withTrailer('Add paper: X\n\nSuggested in #1.', 'Paperlist-Files', FILES),
      TREE,
    );
    expect(message).toBe(
      `Add paper: X\n\nSuggested in #1.\n\nPaperlist-Files: ${FILES}\nPaperlist-Tree: ${TREE}`,
    );
    expect(filesTrailer(message)).toBe(FILES);
    expect(isBotCommit({ message, tree: TREE, author: bot, committer: bot })).toBe(true);
  });

  it('is absent from a message without it, or one whose value is no fingerprint', () => {
    expect(filesTrailer('Fix the venue')).toBeUndefined();
    expect(filesTrailer('Add paper: X\n\nPaperlist-Files: not-a-hash')).toBeUndefined();
  });
});
