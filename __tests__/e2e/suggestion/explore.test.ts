import { expect, test } from 'vitest';
import { startEmulator } from '../../emulator/index.js';
import { BRANCHYNET, calls, openSuggestion, runIssueEvent, seedList } from './setup.js';

test('explore', async () => {
  const emulator = await startEmulator();
  const repo = seedList(emulator);
  const issue = openSuggestion(emulator, repo, BRANCHYNET);
  emulator.clearRequests();
  const r = await runIssueEvent(emulator, repo, issue.number, 'opened');
  console.log(r.code, r.outputs, r.summary, r.stderr, r.stdout);
  console.log(calls(emulator));
  console.log(emulator.getPulls(repo).map((p) => [p.number, p.title, p.body, p.state, p.labels]));
  console.log(emulator.getComments(repo, issue.number).map((c) => c.body));
  console.log(emulator.commit(repo, 'paperlist/issue-1').message);
  expect(emulator.internalErrors).toEqual([]);
  await emulator.close();
});
