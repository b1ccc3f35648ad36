// The inputs built to be slow or to exhaust the stack that paperlist must refuse quickly: each with
// the command that reads it and a generator (texts are built on demand: some are megabytes).
const HEAD =
  '# L\n\n## Cat\n\n### Sec\n\n| Title | Abbr | Venue | Year | Materials |\n| --- | --- | --- | --- | --- |\n| A paper | N/A | ICLR | 2020 | |\n\n';

function nestedList(levels) {
  let out = '';
  for (let i = 0; i < levels; i++) out += `${'  '.repeat(i)}- x\n`;
  return out;
}

function wideTable(columns) {
  const line = (cell) => `|${`${cell}|`.repeat(columns)}\n`;
  return `### Sec\n\n${line('x')}${line('-')}${line('x')}`;
}

export function pathologicalInputs() {
  return [
    {
      name: '50,000 nested block quotes',
      file: 'quotes.md',
      command: 'import',
      text: () => `${HEAD}${'>'.repeat(50_000)} x\n`,
    },
    {
      name: '800 nested list levels',
      file: 'list800.md',
      command: 'import',
      text: () => HEAD + nestedList(800),
    },
    {
      name: '3,000 nested list levels',
      file: 'list3000.md',
      command: 'import',
      text: () => HEAD + nestedList(3_000),
      slow: true,
    },
    {
      name: '20,000 nested emphasis openers in one cell',
      file: 'emphasis.md',
      command: 'import',
      text: () => HEAD.replace('| A paper |', `| ${'*a'.repeat(20_000)}${'a*'.repeat(20_000)} |`),
    },
    {
      name: 'a row of 5,000 columns',
      file: 'columns.md',
      command: 'import',
      text: () => wideTable(5_000),
    },
    {
      name: '20,000 nested block sequences',
      file: 'sequences.yaml',
      command: 'validate',
      text: () => `S:\n  category: C\n  list:\n    ${'- '.repeat(20_000)}x\n`,
    },
    {
      // Valid YAML: read (exit 0), in one pass of each reader.
      name: 'a paper title of 1,000,000 spaces between two words',
      file: 'spaces.yaml',
      command: 'validate',
      text: () => `S:\n  category: C\n  list:\n    - title: a${' '.repeat(1_000_000)}b\n`,
    },
    {
      name: 'a data-file line of 200,000 escaped quotes and colons',
      file: 'escapes.yaml',
      command: 'validate',
      text: () => `S:\n  category: C\n  list:\n    - title: ${'"\\": '.repeat(200_000)}\n`,
    },
    {
      name: '100,000 nested flow sequences',
      file: 'flow.yaml',
      command: 'validate',
      text: () => `S:\n  category: C\n  list: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
    },
  ];
}
