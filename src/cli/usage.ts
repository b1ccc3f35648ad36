// Help texts. Each command's text is what `paperlist <command> --help` prints; they live here, apart
// from the commands' code, so that help and usage errors load no command.

/** The first line of a help text: `Usage: paperlist add LINK... [--section NAME] ...`. */
export function usageLine(usage: string): string {
  return usage.split('\n', 1)[0] ?? usage;
}

export function mainUsage(commands: readonly { name: string; summary: string }[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: paperlist <command> [options]

Keeps an awesome paper list's README in step with its data file.

Commands:
${list}

Options:
  -h, --help     show this help; "paperlist <command> --help" shows a command's options
  -v, --version  show the version

Exit codes: 0 ok, 1 bad input, 2 wrong command line.
`;
}

export const renderUsage = `Usage: paperlist render [--data F] [--readme F] [--config F] [--base F] [--time ISO] [--check]

Renders the README's generated zones (the list, paper count, "Last Update" line, mindmap) from
the data file, and writes the README only if its bytes change.

Rows and cells edited by hand in the tables (entries, in a list with its own layout) are
adopted first: a new row becomes an entry of its section (where it was typed when sort: []
keeps file order, else at the section's end), an edited cell becomes that field's value, a
removed row is put back.
Each is printed. Which side changed is told by the data file's earlier version (--base, else
the committed one in a git work tree); without it, the data file wins where they disagree.
A row that cannot be read stops render with its line, and nothing is written.

Options:
  --data F      data file (default data.yaml)
  --readme F    README to update (default README.md)
  --config F    settings file (default .github/paperlist.yml, used only if it exists)
  --base F      the data file as it was when the README was last rendered (default: the
                committed version, when the data file is in a git work tree)
  --time ISO    time of the "Last Update" line, an ISO 8601 instant such as
                2024-10-14T12:47:37Z (default: now, and only when the tables or
                the mindmap change: an up-to-date README is left as it is)
  --check       write nothing: exit 0 if the README is up to date, else print a diff (and
                the hand edits render would adopt) and exit 1. Without --time the "Last Update" zone is left out of the
                comparison, since "now" would never match the stamp already there.
  -h, --help    show this help
`;

export const importUsage = `Usage: paperlist import README.md

Reads the list of an existing README, in the layout it has (tables with any columns, bullets,
numbered items, paragraphs, HTML tables, under its "##" and "###" headings), and prints it as
a data file. Only the text between the main-zone markers is read when the README has them.
Lines of the list that are no entry, entries that cannot be read, and values that
"paperlist validate" would refuse (a year that is not 4 digits, a link that is not an
http(s) address), are reported with their line and the command exits 1, still printing
everything it could read.

Example: paperlist import README.md > data.yaml

Options:
  -h, --help    show this help
`;

export const validateUsage = `Usage: paperlist validate [--data F] [--config F]

Checks the data file and the settings file and prints a one-line summary, or every
problem found (exit 1).

Options:
  --data F      data file (default data.yaml)
  --config F    settings file (default .github/paperlist.yml, used only if it exists)
  -h, --help    show this help
`;

export const siteUsage = `Usage: paperlist site --out DIR [--data F] [--config F] [--time ISO]

Writes the list for readers into DIR (created if missing): index.html (a searchable page,
self-contained, works from file:// and on GitHub Pages), papers.bib (a BibTeX entry per
paper) and feed.xml (an Atom feed of the newest 50 papers that record the day they were
added). Existing files of those names in DIR are replaced; nothing else there is touched.

Options:
  --out DIR     folder to write into (required)
  --data F      data file (default data.yaml)
  --config F    settings file (default .github/paperlist.yml, used only if it exists)
  --time ISO    the feed's "updated" time when no paper records its day (default: now)
  -h, --help    show this help
`;

export const initUsage = `Usage: paperlist init [--readme F] [--data F] [--config F] [--branch B] [--stamp] [--force]

Adopts an existing paper list, in the folder that holds its README (a git repository or not):
reads every entry of its list (tables with any columns, bullet or numbered lists, paragraphs,
HTML tables), writes the data file, the settings that reproduce the list's layout, the issue
form (.github/ISSUE_TEMPLATE/suggest-paper.yml) and the workflow (.github/workflows/paperlist.yml),
and puts the markers around the list in the README. Nothing else in the README changes, so
"paperlist render --check" passes right after. Prose between sections is kept as written; a line
that may be an entry but could not be read is kept too and listed with its line number, and the
command then exits 1. The workflow runs on pushes to the repository's default branch (origin/HEAD,
else the branch checked out, else main), or to --branch.

Options:
  --readme F    README to adopt (default README.md)
  --data F      data file to write (default data.yaml)
  --config F    settings file to write (default .github/paperlist.yml)
  --branch B    the branch the workflow runs on (default: read from git)
  --stamp       also add a "Last Update" zone after the list
  --force       overwrite files that already exist
  -h, --help    show this help
`;

export const addUsage = `Usage: paperlist add LINK... [--section NAME] [--title T] [--year Y] [...] [--dry-run]

Adds papers by their links: each is looked up in the metadata services (arXiv, Crossref,
DataCite, OpenReview, the ACL Anthology, DBLP, Semantic Scholar; code repositories checked on
GitHub), checked like a suggestion (a paper already in the list, by title or by any of its
identifiers, is refused), added to the section, and the README's list rendered again.
Values typed with --title, --authors, --venue, --year, --abbr and --code win over the ones
looked up (each contradiction is printed), so a paper no service knows can still be added.

A LINK is an arXiv page or id (arXiv:2104.12255, cs/0601001), a DOI (10.1145/..., doi.org/...,
dl.acm.org/doi/...), an OpenReview forum or PDF, or an ACL Anthology page.

Options:
  --section NAME  the section to add to (may be left out when the list has one section)
  --data F        data file (default data.yaml)
  --readme F      README to update (default README.md)
  --config F      settings file (default .github/paperlist.yml, used only if it exists)
  --title T       the paper's title, as printed on its first page
  --authors A     its authors, separated by commas ("Ada Lovelace, Alan Turing")
  --venue V       where it was published (ICLR, NeurIPS, arXiv...)
  --year Y        the year it was published, four digits
  --abbr A        its short name (MSDNet)
  --code URL      its code repository
                  (these six describe one paper: give one LINK with them)
  --dry-run       print each entry and the source of its values; write nothing
  -h, --help      show this help

Services are asked politely (arXiv at most once per 3 s); their addresses can be changed with
PAPERLIST_ARXIV_URL, PAPERLIST_CROSSREF_URL, PAPERLIST_DATACITE_URL, PAPERLIST_OPENREVIEW_URL,
PAPERLIST_OPENREVIEW_V1_URL, PAPERLIST_DBLP_URL, PAPERLIST_S2_URL, PAPERLIST_ACL_URL and
GITHUB_API_URL; PAPERLIST_S2_KEY is an optional Semantic Scholar API key.

Exit codes: 0 every paper added, 1 one or more could not be (each named on stderr; the others
are still added), 2 wrong command line.
`;

export const suggestUsage = `Usage: paperlist suggest --issue BODY.md [--data F] [--readme F] [--config F]

Applies a paper suggestion to the local files as the bot does for a suggestion issue: reads
the answers of an issue form body, checks them, looks for the paper in the data file, then
adds it to the data file and renders the README's list again (the "Last Update" line is
kept). The answers are read with .github/ISSUE_TEMPLATE/suggest-paper.yml when the body
uses labels of its own, else with paperlist's built-in form.

Options:
  --issue F     the issue body: "### Label" headings, each followed by its answer
  --data F      data file (default data.yaml)
  --readme F    README to update (default README.md)
  --config F    settings file (default .github/paperlist.yml, used only if it exists)
  -h, --help    show this help

Exit codes: 0 added, 1 the suggestion or a file has problems (each printed on stderr, in the
words of the bot's status comment), 2 wrong command line.
`;
