// The hints of the suggestion check, in the words of who reads them. The bot's status comment speaks
// to an issue's author (edit the issue, close it); `paperlist add` speaks to someone at a terminal,
// who fixes a value with a flag. The checks are the same; only how to fix differs.

/** Who reads a check's problems: an issue's author (the bot's comment) or the CLI's user. */
export type Audience = 'issue' | 'cli';

export interface CheckWording {
  titleMissing: string;
  yearMissing: string;
  yearWritten: string;
  noSection: string;
  unknownSection: (names: string[]) => string;
  noLink: string;
  sameTitle: string;
  sameIdentifier: (on: string) => string;
}

const ISSUE: CheckWording = {
  titleMissing: "copy the title as printed on the paper's first page",
  yearMissing: 'give the year of publication as four digits, such as 2024',
  yearWritten: 'write the year as four plain digits, such as 2024',
  noSection: 'choose at least one; when editing the issue, write section names separated by commas',
  unknownSection: (names) =>
    `write the names exactly as listed, separated by commas: ${names.join(', ')}`,
  noLink: 'fill in "Paper page" or "PDF" (or both)',
  sameTitle:
    'if this is the same paper, close this issue: it is listed already; if not, give the full title as printed, subtitle included',
  sameIdentifier: (on) =>
    `if this is the same paper, close this issue: it is listed already; if not, check the link: it points to the listed paper (${on})`,
};

const CLI: CheckWording = {
  titleMissing: 'type it with --title "…", as printed on the paper\'s first page',
  yearMissing: 'type it with --year, four digits such as 2024',
  yearWritten: 'give --year as four plain digits, such as 2024',
  noSection: 'name the section with --section',
  unknownSection: (names) => `--section takes one of: ${names.join(', ')}`,
  noLink: "give the address of the paper's page or PDF as the LINK",
  sameTitle:
    'if this is the same paper, there is nothing to add; if not, type its full title with --title, subtitle included',
  sameIdentifier: (on) =>
    `if this is the same paper, there is nothing to add; if not, check the link: it points to the listed paper (${on})`,
};

export function checkWording(audience: Audience = 'issue'): CheckWording {
  return audience === 'cli' ? CLI : ISSUE;
}
