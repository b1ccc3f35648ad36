// `paperlist validate`: checks the data and settings files, prints a summary or every problem.
import { countPapers } from '../../core/data/count.js';
import { reviewList } from '../../core/data/list-checks.js';
import { formatProblem } from '../../core/problem.js';
import { unusedFieldWarnings } from '../../core/settings/fields.js';
import { countOf, listWords, type ListWords } from '../../core/settings/words.js';
import type { PaperList } from '../../core/types.js';
import { defineCommand } from '../command.js';
import { EXIT_OK } from '../exit.js';
import { DEFAULT_CONFIG, loadListAndSettings } from '../inputs.js';
import { CONFIG_OPTION, DATA_OPTION } from '../options.js';
import { failWithProblems } from '../report.js';

export const validateCommand = defineCommand({
  options: { ...DATA_OPTION, ...CONFIG_OPTION },
  run: ({ values }, io) => {
    const read = loadListAndSettings(io, values);
    if (!read.ok) return failWithProblems(io, read.problems);
    const { list, settings, dataText } = read.value;
    const configFile = values.config ?? DEFAULT_CONFIG;
    const review = reviewList(dataText, values.data, list, settings);
    const warnings = [
      ...unusedFieldWarnings(settings, list, configFile),
      ...(read.warnings ?? []),
      ...review.warnings,
    ];
    for (const w of warnings) io.stderr(`warning: ${formatProblem(w)}\n`);
    if (review.problems.length > 0) return failWithProblems(io, review.problems);
    io.stdout(`${values.data}: ${summarize(list, listWords(settings))}\n`);
    return EXIT_OK;
  },
});

/**
 * `44 rows in 14 sections, 40 papers` (`entries` in a list of bullets or paragraphs): a paper
 * listed in several sections counts once.
 */
export function summarize(list: PaperList, words: ListWords): string {
  const rows = list.sections.reduce((n, s) => n + s.papers.length, 0);
  const papers = countPapers(list);
  return `${countOf(rows, words)} in ${count(list.sections.length, 'section')}, ${count(papers, 'paper')}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
