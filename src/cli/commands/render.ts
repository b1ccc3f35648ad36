// `paperlist render`: data + settings + README -> README, written only when its bytes change. Rows
// and cells edited by hand in the tables are adopted into the data file first (../adopt.ts), and
// each adoption is printed; `--check` counts them as a difference. The diff library is loaded only
// when `--check` has a difference to print.
import type { AdoptedData } from '../../core/adopt/apply.js';
import { describeHandEdits } from '../../core/adopt/describe.js';
import { hasHandEdits, noHandEdits, type HandEdits } from '../../core/adopt/types.js';
import { keepStamp, readmeToWrite } from '../../core/render/keep-stamp.js';
import { renderReadme } from '../../core/render/readme.js';
import { listWords } from '../../core/settings/words.js';
import { failure, success, type Result } from '../../core/result.js';
import type { ListFiles } from '../../core/suggest/apply.js';
import type { PaperList } from '../../core/types.js';
import { adoptHandEdits, type CliAdoption } from '../adopt.js';
import { defineCommand } from '../command.js';
import { EXIT_OK } from '../exit.js';
import { loadListFiles } from '../inputs.js';
import type { CliIo } from '../io.js';
import { LIST_FILE_OPTIONS } from '../options.js';
import { writeFiles } from '../outputs.js';
import { failWithProblems } from '../report.js';
import { timeOption } from '../time.js';

export const renderCommand = defineCommand({
  options: {
    ...LIST_FILE_OPTIONS,
    base: { type: 'string' },
    time: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
  run: ({ values }, io) => {
    const time = timeOption(values.time);
    const files = loadListFiles(io, values);
    if (!files.ok) return failWithProblems(io, files.problems);
    const plan = planRender(io, files.value, values.base, time, values.config);
    if (!plan.ok) return failWithProblems(io, plan.problems);
    return values.check
      ? reportDifference(io, files.value, plan.value, time)
      : writeRender(io, files.value, plan.value);
  },
});

/** What a render leaves: the hand edits found, the data file adopting them, the README. */
interface RenderPlan {
  edits: HandEdits;
  adopted: AdoptedData | undefined;
  /** The settings file rewritten for a structure changed by hand. */
  settings: CliAdoption['settings'];
  /** Whether the data file's earlier state was known. */
  withBase: boolean;
  /** The README to write (the current text when nothing but the stamp would change). */
  readme: string;
}

function planRender(
  io: CliIo,
  files: ListFiles,
  baseFile: string | undefined,
  time: Date | undefined,
  configFile: string | undefined,
): Result<RenderPlan> {
  const when = time ?? io.now();
  const render = (list: PaperList, settings = files.settings) =>
    renderReadme(files.readmeText, list, settings, when, files.readmeFile);
  const first = render(files.list);
  // A README that is what the data renders (the stamp aside) holds no hand edits: nothing to
  // compare, and no earlier data file to look for (the usual `render --check` in a list's CI). A
  // --base file is still read, so a wrong one is said whatever the README holds.
  const current =
    baseFile === undefined &&
    first.ok &&
    keepStamp(first.value, files.readmeText, files.settings) === files.readmeText;
  const adoption = current
    ? success({ edits: noHandEdits(), data: undefined })
    : adoptHandEdits(io, files, baseFile, configFile);
  if (!adoption.ok) return failure(adoption.problems);
  const { edits, data: adopted } = adoption.value;
  const settings = 'settings' in adoption.value ? adoption.value.settings : undefined;
  const withBase = 'withBase' in adoption.value ? adoption.value.withBase !== false : true;
  const rendered = adopted ? render(adopted.list, settings?.value) : first;
  if (!rendered.ok) return failure(rendered.problems);
  // Without --time, the stamp moves only when the rest changes, as in the action: rendering an
  // up-to-date README again leaves it as it is. Adopted hand edits are a change of the list.
  const restamp = time !== undefined || adopted !== undefined;
  const readme =
    current && !restamp
      ? files.readmeText // what readmeToWrite gives: the README is current but for the stamp
      : readmeToWrite(rendered.value, files.readmeText, files.settings, restamp);
  return success({ edits, adopted, settings, withBase, readme });
}

/** `--check`: up to date, or the diff and the hand edits, and exit 1. */
async function reportDifference(
  io: CliIo,
  files: ListFiles,
  plan: RenderPlan,
  time: Date | undefined,
): Promise<number> {
  const { edits } = plan;
  if (plan.readme === files.readmeText && !hasHandEdits(edits)) {
    io.stdout(`${files.readmeFile}: up to date\n`);
    return EXIT_OK;
  }
  // The diff leaves the stamp out unless --time asks for one: it shows what is out of date.
  const shown =
    time === undefined ? keepStamp(plan.readme, files.readmeText, files.settings) : plan.readme;
  const { createPatch } = await import('diff');
  io.stdout(createPatch(files.readmeFile, files.readmeText, shown, 'current', 'rendered'));
  printHandEdits(io, edits, files, plan.withBase);
  return failWithProblems(io, [
    {
      file: files.readmeFile,
      message:
        edits.adoptions.length + edits.putBack.length + edits.moved.length > 0
          ? `holds hand edits of the ${listWords(files.settings).zone}; the lines above say what render would do with them`
          : 'not up to date; the diff shows what render would change',
      hint: 'run "paperlist render" and commit the result',
    },
  ]);
}

/** The data file when hand edits were adopted, then the README when its bytes change. */
function writeRender(io: CliIo, files: ListFiles, plan: RenderPlan): number {
  printHandEdits(io, plan.edits, files, plan.withBase);
  if (plan.adopted) {
    const written = writeFiles(io, [[files.dataFile, plan.adopted.text]]);
    if (!written.ok) return failWithProblems(io, written.problems);
    io.stdout(`${files.dataFile}: updated with the hand edits of ${files.readmeFile}\n`);
  }
  if (plan.settings) {
    const written = writeFiles(io, [[plan.settings.file, plan.settings.text]]);
    if (!written.ok) return failWithProblems(io, written.problems);
    io.stdout(
      `${plan.settings.file}: layout updated for the headings and text of ${files.readmeFile}\n`,
    );
  }
  if (plan.readme === files.readmeText) {
    io.stdout(`${files.readmeFile}: up to date\n`);
    return EXIT_OK;
  }
  const written = writeFiles(io, [[files.readmeFile, plan.readme]]);
  if (!written.ok) return failWithProblems(io, written.problems);
  io.stdout(`${files.readmeFile}: updated\n`);
  return EXIT_OK;
}

function printHandEdits(io: CliIo, edits: HandEdits, files: ListFiles, withBase = true): void {
  const words = listWords(files.settings);
  const lines = describeHandEdits(edits, files.dataFile, words);
  if (lines.length === 0) return;
  io.stdout(`${files.readmeFile}: hand edits of the ${words.zone}:\n`);
  for (const line of lines) io.stdout(`  - ${line}\n`);
  if (!withBase) {
    io.stdout(
      `${files.readmeFile}: no earlier state of ${files.dataFile} (not committed in git, no --base): where the README and ${files.dataFile} differ, ${files.dataFile} wins, and ${words.entries} it lacks are adopted; commit ${files.dataFile} or pass --base to adopt deletions, moves and new headings\n`,
    );
  }
}
