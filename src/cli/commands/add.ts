// `paperlist add LINK...`: looks each paper up by its link (arXiv, DOI, OpenReview, ACL Anthology),
// fills its entry from the metadata services, checks it like a suggestion (duplicates included, by
// title and by every identifier the services resolved), adds it to a section and regenerates the
// README. `--dry-run` prints the entries and the source of each value without writing.
import { resolve } from 'node:path';
import { readTextFile, writeTextFile } from '../../adapters/fs/files.js';
import { loadData } from '../../core/data/load.js';
import { entryAnswers } from '../../core/metadata/entry.js';
import { recognizeLink } from '../../core/metadata/link.js';
import { mergePaper } from '../../core/metadata/merge.js';
import { describeSources } from '../../core/metadata/sources.js';
import { buildVocabulary } from '../../core/metadata/venue.js';
import { formatProblem, type Problem } from '../../core/problem.js';
import { problemsOf } from '../../core/result.js';
import { applySuggestion } from '../../core/suggest/apply.js';
import { checkSuggestion } from '../../core/suggest/check.js';
import type { PaperList } from '../../core/types.js';
import { lookUpPaper } from '../../flows/metadata/lookup.js';
import { parseCommandArgs, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { cliMetadataClient } from '../metadata.js';
import { EXIT_INPUT, EXIT_OK } from '../exit.js';
import { DEFAULT_DATA, DEFAULT_README, loadReadmeFile, loadSettingsFile } from '../inputs.js';
import type { CliIo } from '../io.js';
import { reportProblems } from '../report.js';

export const addUsage = `Usage: paperlist add LINK... [--section NAME] [--data F] [--readme F] [--config F] [--dry-run]

Adds papers by their links: each is looked up in the metadata services (arXiv, Crossref,
DataCite, OpenReview, the ACL Anthology, DBLP, Semantic Scholar; code repositories checked on
GitHub), checked like a suggestion (a paper already in the list, by title or by any of its
identifiers, is refused), added to the section and the README's tables regenerated.

A LINK is an arXiv page or id (arXiv:2104.12255, cs/0601001), a DOI (10.1145/..., doi.org/...,
dl.acm.org/doi/...), an OpenReview forum or PDF, or an ACL Anthology page.

Options:
  --section NAME  the section to add to (may be left out when the list has one section)
  --data F        data file (default data.yaml)
  --readme F      README to update (default README.md)
  --config F      settings file (default .github/paperlist.yml, used only if it exists)
  --dry-run       print each entry and the source of its values; write nothing
  -h, --help      show this help

Services are asked politely (arXiv at most once per 3 s); their addresses can be changed with
PAPERLIST_ARXIV_URL, PAPERLIST_CROSSREF_URL, PAPERLIST_DATACITE_URL, PAPERLIST_OPENREVIEW_URL,
PAPERLIST_DBLP_URL, PAPERLIST_S2_URL, PAPERLIST_ACL_URL and GITHUB_API_URL; PAPERLIST_S2_KEY is
an optional Semantic Scholar API key.

Exit codes: 0 every paper added, 1 one or more could not be (each named on stderr; the others
are still added), 2 wrong command line.
`;

export const addCommand: Command = {
  name: 'add',
  summary: 'add papers by their links, with metadata looked up',
  usage: addUsage,
  run: async (args, io) => runAdd(args, io),
};

function chooseSection(list: PaperList, wanted: string | undefined): string {
  const names = list.sections.map((s) => s.name);
  if (wanted === undefined) {
    if (names.length === 1 && names[0] !== undefined) return names[0];
    throw new UsageError(
      `--section is required: the list has ${names.length} sections (${names.join(', ')})`,
    );
  }
  return wanted;
}

async function runAdd(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      section: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA },
      readme: { type: 'string', default: DEFAULT_README },
      config: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('give at least one link');
  const dataText = readTextFile(
    resolve(io.cwd, values.data),
    values.data,
    'pass --data with the path of the data file',
  );
  const settings = loadSettingsFile(io, values.config);
  const readme = loadReadmeFile(io, values.readme);
  const data = dataText.ok ? loadData(dataText.value, values.data) : dataText;
  if (!dataText.ok || !data.ok || !settings.ok || !readme.ok) {
    reportProblems(io, [data, settings, readme].flatMap(problemsOf));
    return EXIT_INPUT;
  }
  const section = chooseSection(data.value, values.section);
  const client = cliMetadataClient(io, settings.value);
  let state = { list: data.value, dataText: dataText.value, readmeText: readme.value };
  const failed: string[] = [];
  let added = 0;
  for (const link of positionals) {
    const target = recognizeLink(link);
    if (target.kind === 'unknown') {
      failed.push(
        `${link}: not an arXiv, DOI, OpenReview or ACL Anthology link, nor a web address`,
      );
      continue;
    }
    const found = await lookUpPaper(client, target);
    for (const gap of found.gaps.filter((g) => g.kind === 'unavailable')) {
      io.stderr(`warning: ${link}: ${gap.service} could not be asked: ${gap.message}\n`);
    }
    const merged = mergePaper({
      typed: {},
      linkIds: found.linkIds,
      fetched: found.fetched,
      ...(found.code ? { code: found.code } : {}),
      vocabulary: buildVocabulary(state.list, settings.value.venueAliases),
      usesAbbreviations: state.list.sections.some((s) =>
        s.papers.some((p) => p.abbr !== undefined),
      ),
    });
    const answers = entryAnswers(merged, target);
    const check = checkSuggestion({ ...answers.fields, sections: [section] }, state.list, {
      now: io.now(),
      openSuggestions: [],
      extra: answers.extra,
    });
    if (!check.ok) {
      failed.push(`${link}: ${check.problems.map((p: Problem) => formatProblem(p)).join('; ')}`);
      continue;
    }
    if (values['dry-run']) {
      io.stdout(`${link}\n${describeSources(merged)}\n`);
      added++;
      continue;
    }
    const applied = applySuggestion(
      {
        dataFile: values.data,
        dataText: state.dataText,
        readmeFile: values.readme,
        readmeText: state.readmeText,
        list: state.list,
        settings: settings.value,
      },
      check.paper,
      check.sections,
    );
    if (!applied.ok) {
      reportProblems(io, applied.problems);
      return EXIT_INPUT;
    }
    const reloaded = loadData(applied.value.data, values.data);
    if (!reloaded.ok) {
      reportProblems(io, reloaded.problems);
      return EXIT_INPUT;
    }
    state = {
      list: reloaded.value,
      dataText: applied.value.data,
      readmeText: applied.value.readme,
    };
    added++;
    io.stdout(`Added "${check.paper.title}" to ${section}\n`);
  }
  if (!values['dry-run'] && added > 0) {
    for (const [file, text] of [
      [values.data, state.dataText],
      [values.readme, state.readmeText],
    ] as const) {
      const written = writeTextFile(resolve(io.cwd, file), file, text);
      if (!written.ok) {
        reportProblems(io, written.problems);
        return EXIT_INPUT;
      }
    }
  }
  for (const f of failed) io.stderr(`not added: ${f}\n`);
  return failed.length > 0 ? EXIT_INPUT : EXIT_OK;
}
