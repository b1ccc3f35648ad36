// `paperlist add LINK...`: looks each paper up by its link (arXiv, DOI, OpenReview, ACL Anthology),
// fills its entry from the metadata services, checks it like a suggestion (duplicates included, by
// title and by every identifier the services resolved), adds it to a section and regenerates the
// README. `--dry-run` prints the entries and the source of each value without writing. Values typed
// with `--title`, `--year`... win over the looked-up ones, so a paper no service knows can be added.
// Problems are told in the CLI's terms (the check's `audience`), not in those of an issue's author.
import type { MetadataClient } from '../../adapters/metadata/client.js';
import { loadData } from '../../core/data/load.js';
import { entryAnswers } from '../../core/metadata/entry.js';
import { recognizeLink } from '../../core/metadata/link.js';
import { mergeLookup } from '../../core/metadata/suggestion.js';
import { describeSources } from '../../core/metadata/sources.js';
import { formatProblem, type Problem } from '../../core/problem.js';
import type { Result } from '../../core/result.js';
import { applySuggestion, type ListFiles } from '../../core/suggest/apply.js';
import { checkSuggestion } from '../../core/suggest/check.js';
import type { Paper, PaperList } from '../../core/types.js';
import { lookUpPaper } from '../../flows/metadata/lookup.js';
import { type LookupResult } from '../../core/metadata/types.js';
import { serviceLabel } from '../../core/metadata/services.js';
import { UsageError } from '../args.js';
import { defineCommand } from '../command.js';
import { cliMetadataClient } from '../metadata.js';
import { EXIT_INPUT, EXIT_OK } from '../exit.js';
import { loadListFiles } from '../inputs.js';
import type { CliIo } from '../io.js';
import { LIST_FILE_OPTIONS } from '../options.js';
import { writeFiles } from '../outputs.js';
import { failWithProblems } from '../report.js';
import {
  anyTyped,
  disagreementLines,
  TYPED_OPTIONS,
  typedValues,
  withTypedAuthors,
  type TypedValues,
} from '../typed.js';

export const addCommand = defineCommand({
  options: {
    section: { type: 'string' },
    ...LIST_FILE_OPTIONS,
    'dry-run': { type: 'boolean', default: false },
    ...TYPED_OPTIONS,
  },
  positionals: true,
  run: async ({ values, positionals }, io) => {
    if (positionals.length === 0) throw new UsageError('give at least one link');
    const typed = typedValues(values);
    if (anyTyped(typed) && positionals.length > 1) {
      throw new UsageError(
        `--title, --authors, --venue, --year, --abbr and --code describe one paper: give one LINK with them (${positionals.length} given)`,
      );
    }
    const files = loadListFiles(io, values);
    if (!files.ok) return failWithProblems(io, files.problems);
    const run: AddRun = {
      io,
      files: files.value,
      section: chooseSection(files.value.list, values.section),
      client: cliMetadataClient(io, files.value.settings),
      dryRun: values['dry-run'],
      typed,
    };
    return addLinks(run, positionals);
  },
});

/** What every link of one `paperlist add` shares. */
interface AddRun {
  io: CliIo;
  /** The files as they were read; each added paper makes new ones. */
  files: ListFiles;
  section: string;
  client: MetadataClient;
  dryRun: boolean;
  /** Values typed on the command line: they win over the services'. */
  typed: TypedValues;
}

/** What became of one link. */
type LinkOutcome =
  | { kind: 'not-added'; reason: string }
  | { kind: 'previewed'; text: string }
  | { kind: 'added'; files: ListFiles; title: string }
  /** The data file could not take the entry: the command stops with the problems. */
  | { kind: 'broken'; problems: Problem[] };

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

/** Adds the links one by one, each checked against the list as the ones before left it. */
async function addLinks(run: AddRun, links: string[]): Promise<number> {
  const { io } = run;
  let files = run.files;
  const failed: string[] = [];
  let added = 0;
  for (const link of links) {
    const outcome = await addLink(run, files, link);
    if (outcome.kind === 'broken') return failWithProblems(io, outcome.problems);
    if (outcome.kind === 'not-added') failed.push(`${link}: ${outcome.reason}`);
    else if (outcome.kind === 'previewed') io.stdout(outcome.text);
    else {
      files = outcome.files;
      io.stdout(`Added "${outcome.title}" to ${run.section}\n`);
    }
    if (outcome.kind !== 'not-added') added++;
  }
  if (!run.dryRun && added > 0) {
    const written = writeFiles(io, [
      [files.dataFile, files.dataText],
      [files.readmeFile, files.readmeText],
    ]);
    if (!written.ok) return failWithProblems(io, written.problems);
  }
  for (const f of failed) io.stderr(`not added: ${f}\n`);
  return failed.length > 0 ? EXIT_INPUT : EXIT_OK;
}

/** One link: looked up, merged, checked like a suggestion, then previewed or added to `files`. */
async function addLink(run: AddRun, files: ListFiles, link: string): Promise<LinkOutcome> {
  const target = recognizeLink(link);
  if (target.kind === 'unknown') {
    return {
      kind: 'not-added',
      reason:
        "not an arXiv, DOI, OpenReview or ACL Anthology link, nor a web address (give the address of the paper's page, such as https://arxiv.org/abs/1703.09844, or its DOI)",
    };
  }
  const found = await lookUpPaper(run.client, target);
  for (const gap of found.gaps.filter((g) => g.kind === 'unavailable')) {
    run.io.stderr(
      `warning: ${link}: ${serviceLabel(gap.service)} could not be asked: ${gap.message}\n`,
    );
  }
  const typed = run.typed.fields;
  const merged = withTypedAuthors(mergeLookup(typed, found, files.list, files.settings), run.typed);
  for (const line of disagreementLines(merged)) run.io.stderr(`warning: ${link}: ${line}\n`);
  const answers = entryAnswers(merged, target);
  const check = checkSuggestion({ ...answers.fields, sections: [run.section] }, files.list, {
    now: run.io.now(),
    openSuggestions: [],
    extra: answers.extra,
    audience: 'cli',
  });
  if (!check.ok) {
    // A paper no service found lacks its title or year: say that, unless it is listed already.
    const unknown = typed.title === undefined || typed.year === undefined;
    if (found.fetched.length === 0 && unknown && check.duplicate === undefined)
      return { kind: 'not-added', reason: notFound(found, run.typed) };
    return { kind: 'not-added', reason: check.problems.map((p) => formatProblem(p)).join('; ') };
  }
  if (run.dryRun) return { kind: 'previewed', text: `${link}\n${describeSources(merged)}\n` };
  const { paper, sections } = check.value;
  const next = withPaper(files, paper, sections);
  return next.ok
    ? { kind: 'added', files: next.value, title: paper.title }
    : { kind: 'broken', problems: next.problems };
}

/** Why a paper no service found is not added, and the flags that would add it. */
function notFound(found: LookupResult, typed: TypedValues): string {
  const names = (kind: 'not-found' | 'unavailable') =>
    found.gaps.filter((g) => g.kind === kind).map((g) => serviceLabel(g.service));
  const asked = names('not-found');
  const down = names('unavailable');
  const where = [
    asked.length > 0 ? `asked: ${asked.join(', ')}` : '',
    down.length > 0 ? `could not be asked: ${down.join(', ')}` : '',
  ].filter((p) => p !== '');
  const missing = (['title', 'year'] as const).filter((f) => typed.fields[f] === undefined);
  const flags = missing.map((f) => (f === 'title' ? '--title "…"' : '--year 2024')).join(' ');
  return `no metadata service found this paper${where.length > 0 ? ` (${where.join('; ')})` : ''}, so its ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} unknown: type ${missing.length > 1 ? 'them' : 'it'} with ${flags} (and --authors, --venue if you know them)`;
}

/** The files with the paper added, the data file read back (the next link is checked against it). */
function withPaper(files: ListFiles, paper: Paper, sections: string[]): Result<ListFiles> {
  const applied = applySuggestion(files, paper, sections);
  if (!applied.ok) return applied;
  const reloaded = loadData(applied.value.data, files.dataFile);
  if (!reloaded.ok) return reloaded;
  return {
    ok: true,
    value: {
      ...files,
      list: reloaded.value,
      dataText: applied.value.data,
      readmeText: applied.value.readme,
    },
  };
}
