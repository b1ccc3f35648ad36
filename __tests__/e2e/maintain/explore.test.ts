import { expect, test } from 'vitest';
import { startEmulator } from '../../emulator/index.js';
import { BRANCHYNET, PABEE, runPush, suggest, seedList, writes, stampLine, countLine } from './setup.js';

test('explore', async () => {
  const emulator = await startEmulator();
  const repo = seedList(emulator);
  const a = await suggest(emulator, repo, BRANCHYNET);
  const b = await suggest(emulator, repo, PABEE);
  const before = emulator.branchSha(repo, 'main')!;
  const merge = emulator.mergePullRequest(repo, a.pull, { time: '2024-11-02T03:04:05Z' });
  emulator.clearRequests();
  const r = await runPush(emulator, repo, before);
  console.log(r.code, r.outputs, r.summary, r.stderr);
  console.log(writes(emulator));
  const readme = emulator.readFile(repo, 'main', 'README.md')!;
  console.log(stampLine(readme), countLine(readme));
  emulator.clearRequests();
  const r2 = await runPush(emulator, repo, before, { after: merge });
  console.log(r2.outputs, r2.summary, writes(emulator));
  emulator.clearRequests();
  const r3 = await runPush(emulator, repo, merge);
  console.log(r3.outputs, r3.summary, writes(emulator));
  expect(emulator.internalErrors).toEqual([]);
  await emulator.close();
});
