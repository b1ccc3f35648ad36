// Generators of pathological inputs for the bound tests: nesting of any depth, rows of any width,
// texts of any size, each built in time linear in its size.

/** A data file whose first paper's links hold `levels` block sequences nested in one line. */
export function nestedBlockSequences(levels: number): string {
  return `S:\n  category: C\n  list:\n    ${'- '.repeat(levels)}x\n`;
}

/** A data file whose `list` is `levels` flow sequences nested in each other. */
export function nestedFlowSequences(levels: number): string {
  return `S:\n  category: C\n  list: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
}

/** `levels` block mappings, each indented two spaces under the one before. */
export function nestedMappings(levels: number): string {
  let out = '';
  for (let i = 0; i < levels; i++) out += `${'  '.repeat(i)}k${i}:\n`;
  return `${out}${'  '.repeat(levels)}v: 1\n`;
}

/** YAML collections (block and flow, mixed) nested exactly `total` levels deep. */
export function yamlOfDepth(total: number): string {
  const block = Math.ceil(total / 2);
  const flow = total - block;
  return nestedMappings(block - 1).replace(
    /v: 1\n$/u,
    `v: ${'['.repeat(flow)}1${']'.repeat(flow)}\n`,
  );
}

/** A small pseudo-random generator (mulberry32), so generated cases are the same every run. */
export { seeded } from '../../../scripts/bench/seeded.mjs';

/**
 * Random YAML-ish text of about `size` characters mixing deep and wide nesting: runs of `- `,
 * indented keys, flow brackets, quotes, block scalars and comments. Not always valid YAML.
 */
export function randomYaml(size: number, random: () => number): string {
  const pieces = [
    () => '- '.repeat(1 + Math.floor(random() * 40)) + 'x\n',
    () => ' '.repeat(Math.floor(random() * 60)) + `k${Math.floor(random() * 9)}:\n`,
    () =>
      'a: ' +
      '['.repeat(Math.floor(random() * 50)) +
      '1, {b: [2]}' +
      ']'.repeat(Math.floor(random() * 50)) +
      '\n',
    () => 'q: "[[[{ \\" #\n  ]]"\n',
    () => "s: 'it''s [ {'\n",
    () => 'b: |\n  - - - [[[\n  {{{\n',
    () => '# [[[ - - -\n',
    () => 'w: [' + 'x, '.repeat(Math.floor(random() * 200)) + 'y]\n',
  ];
  let out = '';
  while (out.length < size) out += pieces[Math.floor(random() * pieces.length)]!();
  return out;
}

/** A README with a section table whose one paper row is `row`, then `tail`. */
export function readme(tail = '', row = '| A paper | N/A | ICLR | 2020 | |'): string {
  return [
    '# List',
    '',
    '## Category',
    '',
    '### Section',
    '',
    '| Title | Abbr | Venue | Year | Materials |',
    '| --- | --- | --- | --- | --- |',
    row,
    '',
    tail,
  ].join('\n');
}

/** `levels` list items, each indented under the one before. */
export function nestedListItems(levels: number): string {
  let out = '';
  for (let i = 0; i < levels; i++) out += `${'  '.repeat(i)}- x\n`;
  return out;
}

/** A table of `columns` columns and `rows` body rows. */
export function table(columns: number, rows: number): string {
  const line = (cell: string) => `|${`${cell}|`.repeat(columns)}\n`;
  return line(' a ') + line('---') + line(' b ').repeat(rows);
}

/**
 * Random Markdown of about `size` characters mixing deep and wide nesting: quote and list markers,
 * indented items, lazy lines, fences, tables and emphasis. Nesting stays within `maxDepth`.
 */
export function randomMarkdown(size: number, random: () => number, maxDepth = 30): string {
  const pick = (n: number) => Math.floor(random() * n);
  const pieces = [
    () => '> '.repeat(pick(maxDepth)) + 'quoted\n',
    () => nestedListItems(1 + pick(maxDepth)),
    () => '- '.repeat(pick(maxDepth)) + 'item\nlazy line\n',
    () => '> - '.repeat(pick(maxDepth / 2)) + 'x\n\n',
    () => '```\n' + '- - - > > >\n'.repeat(pick(5)) + '```\n',
    () => table(1 + pick(20), pick(20)) + '\n',
    () => '*a* _b_ **c** ~~d~~ snake_case '.repeat(pick(10)) + '\n\n',
    () => '1. ' + '   '.repeat(pick(10)) + '2) x\n',
    () => '\t- tab\n\t\t- tabs\n',
    () => '\n',
  ];
  let out = '';
  while (out.length < size) out += pieces[pick(pieces.length)]!();
  return out;
}
