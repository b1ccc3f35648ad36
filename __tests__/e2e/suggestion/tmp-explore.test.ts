import { test } from 'vitest';
import { startEmulator } from '../../emulator/index.js';
import { BRANCHYNET, openSuggestion, runIssueEvent, seedList } from './setup.js';

test('explore', async () => {
  const emulator = await startEmulator();
  const repo = seedList(emulator);
  const bad = openSuggestion(emulator, repo, { title: '', abbr: 'X', year: '20x6', sections: [], code: 'ftp://example.org/code', venue: 'ICPR' });
  let r = await runIssueEvent(emulator, repo, bad.number, 'opened');
  console.log(JSON.stringify([r.outputs, r.summary, emulator.getComments(repo, bad.number).map((c) => c.body)], null, 1));
  const dup = openSuggestion(emulator, repo, { title: 'Shallow-deep networks — understanding and mitigating network OVERTHINKING', year: '2019', sections: ['Exit Policy'], page: 'https://example.org/sdn' });
  r = await runIssueEvent(emulator, repo, dup.number, 'opened');
  console.log(JSON.stringify([r.outputs, r.summary, emulator.getComments(repo, dup.number).map((c) => c.body)], null, 1));
  const dup2 = openSuggestion(emulator, repo, { title: 'Multi-scale dense convolutional networks for efficient prediction', year: '2017', sections: ['EEN Design'], page: 'https://arxiv.org/abs/1703.09844v5' });
  r = await runIssueEvent(emulator, repo, dup2.number, 'opened');
  console.log(JSON.stringify([r.outputs, r.summary, emulator.getComments(repo, dup2.number).map((c) => c.body)], null, 1));
  const a = openSuggestion(emulator, repo, BRANCHYNET);
  r = await runIssueEvent(emulator, repo, a.number, 'opened');
  const b = openSuggestion(emulator, repo, { ...BRANCHYNET, title: 'Branchynet: fast inference via early exiting from deep neural networks', page: 'https://ieeexplore.ieee.org/document/7900006' }, { user: 'grace-hopper' });
  r = await runIssueEvent(emulator, repo, b.number, 'opened');
  console.log(JSON.stringify([r.outputs, r.summary, emulator.getComments(repo, b.number).map((c) => c.body)], null, 1));
  await emulator.close();
});
