// Times whole runs of the bundled action (dist/index.js under Node 24) against the GitHub API
// emulator on a synthetic list of 10,000 papers: a `workflow_dispatch` maintenance run (link check
// off) and a suggestion run (`issues` opened). Prints wall time and API requests per run.
//
// The emulator and the harness are bundled by ./bench/helpers.mjs. Run `npm run build` first.
// BENCH_PAPERS sets the list's size (default 10000), BENCH_RUNS the runs per kind (default 3).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadHelpers } from './bench/helpers.mjs';
import { SYNTH_README, synthData } from './bench/synth.mjs';

const root = resolve(import.meta.dirname, '..');
const action = join(root, 'dist', 'index.js');
const node24 = join(root, 'node_modules', 'node', 'bin', 'node');
const papers = Number(process.env.BENCH_PAPERS ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
/** What a suggestion run on 10,000 papers may take, the whole process included. */
const SUGGESTION_TARGET_MS = 2_000;

if (!existsSync(action)) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(2);
}

/** The issue body of a suggestion for `section`, as GitHub writes a form submission. */
function suggestionBody(section) {
  return [
    '### Title\n\nBranchyNet: Fast Inference via Early Exiting from Deep Neural Networks',
    '### Abbreviation\n\nBranchyNet',
    '### Venue\n\nICPR',
    '### Year\n\n2016',
    `### Sections\n\n${section}`,
    '### Paper page\n\nhttps://arxiv.org/abs/1709.01686',
    '### PDF\n\n_No response_',
    '### Code\n\n_No response_',
    '### Notes\n\n_No response_',
  ].join('\n\n');
}

async function timed(emulator, run) {
  emulator.clearRequests();
  const start = process.hrtime.bigint();
  const result = await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.code !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`);
  return { ms, requests: emulator.requests.length, result: result.outputs.result };
}

const work = mkdtempSync(join(tmpdir(), 'paperlist-bench-refresh-'));
const helpers = await loadHelpers(root, work);
const emulator = await helpers.startEmulator();
const env = { PAPERLIST_RETRY_BASE_MS: '10' };
const rows = [];
const data = synthData(papers);
try {
  const section = /^(.+):$/m.exec(data)?.[1];
  const common = {
    node: node24,
    script: action,
    actionYml: join(root, 'action.yml'),
    env,
    emulator,
  };
  const seed = (i) =>
    emulator.createRepo({
      owner: 'bench',
      name: `list-${i}`,
      files: {
        'data.yaml': data,
        'README.md': SYNTH_README,
        '.github/paperlist.yml': 'time-zone: Asia/Shanghai\nlink-check: false\n',
      },
      time: '2026-01-02T03:04:05Z',
    });

  for (let i = 0; i < runs; i++) {
    const repo = seed(i);
    // First run on a fresh copy: the tables are empty, so the refresh renders and commits them.
    rows.push({
      run: 'workflow_dispatch (refresh commits)',
      ...(await timed(emulator, () =>
        helpers.runAction({
          ...common,
          event: 'workflow_dispatch',
          payload: helpers.workflowDispatchEvent(emulator.repository(repo)),
          repo,
        }),
      )),
    });
    rows.push({
      run: 'workflow_dispatch (up to date)',
      ...(await timed(emulator, () =>
        helpers.runAction({
          ...common,
          event: 'workflow_dispatch',
          payload: helpers.workflowDispatchEvent(emulator.repository(repo)),
          repo,
        }),
      )),
    });
    const issue = emulator.createIssue(repo, {
      title: '[Paper]: BranchyNet',
      body: suggestionBody(section),
      labels: ['paper-suggestion'],
      user: 'ada-lovelace',
    });
    rows.push({
      run: 'issues opened (suggestion)',
      ...(await timed(emulator, () =>
        helpers.runAction({ ...common, event: 'issues', payload: issue.event('opened'), repo }),
      )),
    });
  }
  if (emulator.internalErrors.length > 0) throw emulator.internalErrors[0];
} finally {
  await emulator.close();
  rmSync(work, { recursive: true, force: true });
}

const dataMb = (data.length / 1e6).toFixed(1);
console.log(`paperlist action on ${papers} papers (data.yaml ${dataMb} MB), best of ${runs}:`);
console.log('run                                  result                 time      API requests');
const kinds = [...new Set(rows.map((r) => r.run))];
for (const kind of kinds) {
  const of = rows.filter((r) => r.run === kind);
  const best = of.reduce((a, b) => (b.ms < a.ms ? b : a));
  console.log(
    `${kind.padEnd(37)}${best.result.padEnd(23)}${(best.ms / 1000).toFixed(2).padStart(5)} s   ${String(best.requests).padStart(6)}`,
  );
}
const suggestion = Math.min(...rows.filter((r) => r.run.startsWith('issues')).map((r) => r.ms));
const verdict = suggestion < SUGGESTION_TARGET_MS ? 'within' : 'OVER';
console.log(
  `suggestion run: ${(suggestion / 1000).toFixed(2)} s, ${verdict} the ${SUGGESTION_TARGET_MS / 1000} s target`,
);
