import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  closest,
  reportProblems
} from "./chunk-TXPXFCIC.js";
import "./chunk-XQCVUMMA.js";

// src/cli/usage.ts
function usageLine(usage) {
  return usage.split("\n", 1)[0] ?? usage;
}
function mainUsage(commands) {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
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
var renderUsage = `Usage: paperlist render [--data F] [--readme F] [--config F] [--base F] [--time ISO] [--check]

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
var importUsage = `Usage: paperlist import README.md

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
var validateUsage = `Usage: paperlist validate [--data F] [--config F]

Checks the data file and the settings file and prints a one-line summary, or every
problem found (exit 1).

Options:
  --data F      data file (default data.yaml)
  --config F    settings file (default .github/paperlist.yml, used only if it exists)
  -h, --help    show this help
`;
var siteUsage = `Usage: paperlist site --out DIR [--data F] [--config F] [--time ISO]

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
var initUsage = `Usage: paperlist init [--readme F] [--data F] [--config F] [--branch B] [--stamp] [--force]

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
var addUsage = `Usage: paperlist add LINK... [--section NAME] [--title T] [--year Y] [...] [--dry-run]

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
var suggestUsage = `Usage: paperlist suggest --issue BODY.md [--data F] [--readme F] [--config F]

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

// src/cli/catalog.ts
var COMMANDS = [
  {
    name: "render",
    summary: "render the README from the data file (--check: only compare)",
    usage: renderUsage,
    load: async () => (await import("./render-GNK6XOYC.js")).renderCommand
  },
  {
    name: "import",
    summary: "print a data file read from an existing README's list",
    usage: importUsage,
    load: async () => (await import("./import-OX7TIEPV.js")).importCommand
  },
  {
    name: "init",
    summary: "adopt an existing list: data file, settings, markers, issue form and workflow",
    usage: initUsage,
    load: async () => (await import("./init-AUIONJPB.js")).initCommand
  },
  {
    name: "validate",
    summary: "check the data file and the settings",
    usage: validateUsage,
    load: async () => (await import("./validate-NE3LJEZC.js")).validateCommand
  },
  {
    name: "suggest",
    summary: "add a suggested paper (an issue form body) to the local files",
    usage: suggestUsage,
    load: async () => (await import("./suggest-RXZPDWAZ.js")).suggestCommand
  },
  {
    name: "add",
    summary: "add papers by their links, with metadata looked up",
    usage: addUsage,
    load: async () => (await import("./add-INHAA2QH.js")).addCommand
  },
  {
    name: "site",
    summary: "write the reader page, papers.bib and feed.xml into a folder",
    usage: siteUsage,
    load: async () => (await import("./site-QJFPOQIC.js")).siteCommand
  }
];

// src/cli/io.ts
var processIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  now: () => /* @__PURE__ */ new Date(),
  env: process.env
};

// package.json
var package_default = {
  name: "paperlist",
  version: "0.1.0",
  description: "A GitHub Action and CLI that maintains an awesome paper list: issue-form suggestions become checked pull requests, and the README tables stay sorted and stamped.",
  type: "module",
  license: "MIT",
  repository: {
    type: "git",
    url: "https://github.com/paperlist/paperlist"
  },
  homepage: "https://github.com/paperlist/paperlist#readme",
  bugs: "https://github.com/paperlist/paperlist/issues",
  bin: {
    paperlist: "dist/cli.js"
  },
  files: [
    "dist/index.js",
    "dist/cli.js",
    "dist/cli-chunks/",
    "action.yml",
    "schema/paperlist.schema.json",
    "README.md",
    "LICENSE"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    build: "node scripts/build.mjs",
    start: "node scripts/demo.mjs",
    test: "vitest run",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    typecheck: "tsc --noEmit && tsc --noEmit -p src/core/outputs/site/client",
    bench: "node scripts/bench.mjs",
    "bench:links": "node scripts/bench-links.mjs",
    "bench:refresh": "node scripts/bench-refresh.mjs",
    "bench:limits": "node scripts/bench-limits.mjs",
    "bench:core": "node scripts/bench-core.mjs",
    "bench:site": "node scripts/bench-site.mjs",
    "bench:rebuild": "node scripts/bench-rebuild.mjs",
    "bench:bundle": "node scripts/bundle-report.mjs",
    schema: "node scripts/schema.mjs",
    "check:real-history": "node scripts/replay-history.mjs",
    "check:real-lists": "node scripts/check-real-lists.mjs"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@eslint/js": "10.0.1",
    "@octokit/core": "7.0.8",
    "@octokit/openapi-types": "29.0.1",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/webhooks-examples": "7.6.1",
    "@retorquere/bibtex-parser": "9.0.29",
    "@sparticuz/chromium": "153.0.0",
    "@types/feedparser": "2.2.8",
    "@types/js-yaml": "4.0.9",
    "@types/node": "20.19.43",
    diff: "9.0.0",
    entities: "9.0.0",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "fast-xml-parser": "5.12.1",
    feedparser: "2.6.0",
    "github-slugger": "2.0.0",
    "js-yaml": "4.3.2",
    jsdom: "29.1.1",
    mermaid: "11.15.0",
    node: "24.9.0",
    "node-html-parser": "9.0.7",
    "playwright-core": "1.65.1",
    prettier: "3.10.1",
    "remark-gfm": "4.0.1",
    "remark-parse": "11.0.0",
    typescript: "5.9.3",
    "typescript-eslint": "8.74.0",
    unified: "11.0.5",
    vitest: "4.1.12",
    yaml: "2.9.1",
    zod: "4.6.7"
  },
  allowScripts: {
    node: true,
    esbuild: true
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

// src/cli/main.ts
async function main(args, io = processIo) {
  const [name, ...rest] = args;
  const usage = mainUsage(COMMANDS);
  if (name === "-h" || name === "--help") {
    io.stdout(usage);
    return EXIT_OK;
  }
  if (name === "-v" || name === "--version") {
    io.stdout(`${VERSION}
`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  const names = COMMANDS.map((c) => c.name);
  if (!command) {
    const message = name === void 0 ? "no command given" : name.startsWith("-") ? `unknown option "${name}"` : `unknown command "${name}"`;
    const guess = name === void 0 || name.startsWith("-") ? void 0 : closest(name, names);
    return usageError(io, guess ? `${message}; did you mean "${guess}"?` : message, usage);
  }
  if (rest.includes("-h") || rest.includes("--help")) {
    io.stdout(command.usage);
    return EXIT_OK;
  }
  const code = await command.load();
  try {
    return await code.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError)
      return usageError(io, error.message, command.usage, command.name);
    throw error;
  }
}
function usageError(io, message, usage, command) {
  const help = `paperlist ${command ? `${command} ` : ""}--help`;
  reportProblems(io, [
    {
      field: command ? `paperlist ${command}` : "paperlist",
      message,
      hint: `run "${help}" for ${command ? "its options" : "the commands"}`
    }
  ]);
  io.stderr(`${usageLine(usage)}
`);
  if (!command) io.stderr(`Commands: ${COMMANDS.map((c) => c.name).join(", ")}
`);
  return EXIT_USAGE;
}
export {
  main
};
