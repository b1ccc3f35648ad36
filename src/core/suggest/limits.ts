// Length limits of the suggestion form's answers, in characters after cleaning. They are generous
// for real entries (the longest title in the early-exiting list is under 130 characters) and keep
// a table row, a PR body and a status comment readable whatever is pasted.
export const LIMITS = {
  title: 300,
  abbr: 40,
  venue: 100,
  notes: 2000,
  /** Each of page, pdf and code. */
  link: 2000,
} as const;

/** The oldest publication year accepted; the newest is next year, relative to the check's clock. */
export const MIN_YEAR = 1950;
