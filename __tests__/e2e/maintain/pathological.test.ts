// A list whose files were built to be slow or to exhaust the stack: the bundled action refuses
// them before parsing, as an ordinary `invalid-list` result with the bound in the log and the step
// summary, never `failed` with a trace, and writes nothing. Long problem lists are capped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { workflowDispatchEvent } from '../../harness/index.js';
import { PROBLEMS_SHOWN } from '../../../src/core/limits/bounds.js';
import { nestedBlockSequences, nestedFlowSequences } from '../../core/limits/generate.js';
import { runEvent, seedList, writes } from './setup.js';

let emulator: Emulator;
beforeAll(async () => (emulator = await startEmulator()));
afterAll(async () => {
  expect(emulator.internalErrors).toEqual([]);
  await emulator.close();
});

async function dispatch(files: Record<string, string>) {
  const repo = seedList(emulator, files);
  emulator.clearRequests();
  const run = await runEvent(
    emulator,
    repo,
    'workflow_dispatch',
    workflowDispatchEvent(emulator.repository(repo)),
  );
  return { run, writes: writes(emulator) };
}

describe('a pathological list', () => {
  it.each([
    ['data.yaml', nestedBlockSequences(20_000), 'data.yaml:4: YAML collections nested 20,002'],
    ['data.yaml', nestedFlowSequences(100_000), 'data.yaml:3: YAML collections nested 100,002'],
    ['.github/paperlist.yml', `columns: ${'['.repeat(50_000)}`, '.github/paperlist.yml:1: YAML'],
  ])('%s nested deep is invalid-list with the bound, nothing written', async (file, text, head) => {
    const { run, writes: written } = await dispatch({ [file]: text });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('invalid-list');
    const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(2); // the problem, then the run's one-line failure
    expect(errors[0]).toMatch(/levels deep; paperlist reads at most 32 levels \(/u);
    expect(run.summary).toContain(head);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/RangeError|call stack|\n\s+at /u);
    expect(written).toEqual([]);
  });

  it('a data file with thousands of problems lists the first ones and a count', async () => {
    const papers = Array.from({ length: 3000 }, (_, i) => `    - title: T${i}\n      year: 99\n`);
    const data = `S:\n  category: C\n  list:\n${papers.join('')}`;
    const { run, writes: written } = await dispatch({ 'data.yaml': data });
    expect(run.outputs.result).toBe('invalid-list');
    const items = run.summary.match(/<li>/gu) ?? [];
    expect(items).toHaveLength(PROBLEMS_SHOWN + 1);
    expect(run.summary).toContain(
      `… and ${(3000 - PROBLEMS_SHOWN).toLocaleString('en')} more problems`,
    );
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(PROBLEMS_SHOWN + 2);
    expect(written).toEqual([]);
  });
});
