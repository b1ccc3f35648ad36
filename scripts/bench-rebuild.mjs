// What a busy list costs in API requests: the example list with 0, 10 and 50 open suggestions (each
// opened by the bundled action from its own issue), then one suggestion merged and the push run that
// follows (refresh + rebuild of every open suggestion), then the push of a maintainer's next change
// to the data (every suggestion rebuilt again, now with its branch's head read once), then one edit
// of an open suggestion's issue. Prints requests, writes (anything but GET) and wall time of those
// runs, against the emulator.
//
// Run `npm run build` first. BENCH_SIZES sets the open-suggestion counts (default "0,10,50");
// BENCH_DETAIL=1 prints the push run's requests by route.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadHelpers } from './bench/helpers.mjs';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(2);
}
const sizes = (process.env.BENCH_SIZES ?? '0,10,50').split(',').map(Number);
const detail = process.env.BENCH_DETAIL === '1';
/** Targets at 50 open suggestions. */
const TARGETS = { push: 210, edit: 15 };

const work = mkdtempSync(join(tmpdir(), 'paperlist-bench-rebuild-'));
const h = await loadHelpers(root, work, [
  './__tests__/e2e/maintain/setup.ts',
  './__tests__/e2e/rebuild/backlog.ts',
]);
const emulator = await h.startEmulator();
/** The bundled action under Node 24, writes unpaced (the pacing's waits are counted, not waited). */
const run = (repo, event, payload) =>
  h.runAction({
    event,
    payload,
    repo,
    emulator,
    node: join(root, 'node_modules', 'node', 'bin', 'node'),
    script: join(root, 'dist', 'index.js'),
    env: { ...h.FAST_ENV, PAPERLIST_WRITE_INTERVAL_MS: '0' },
  });

async function measure(run) {
  emulator.clearRequests();
  const start = process.hrtime.bigint();
  const result = await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.code !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`);
  const requests = emulator.requests.length;
  const writes = emulator.requests.filter((r) => r.method !== 'GET').length;
  return { ms, requests, writes, result: result.outputs.result };
}

const rows = [];
try {
  for (const open of sizes) {
    const repo = h.seedList(emulator);
    const issues = (payload) => run(repo, 'issues', payload);
    const items = await h.seedBacklog(emulator, repo, open + 1, issues);
    const before = emulator.branchSha(repo, 'main');
    emulator.mergePullRequest(repo, items[0].pull);
    const push = await measure(() => run(repo, 'push', emulator.pushEvent(repo, { before })));
    if (detail) {
      console.log(`push with ${open} open suggestions, requests by route:`);
      for (const [route, n] of h.requestBreakdown(emulator, repo)) console.log(`  ${n}\t${route}`);
    }
    // The next change: a maintainer corrects a year in the data file on the default branch.
    const next = emulator.branchSha(repo, 'main');
    const data = emulator.readFile(repo, 'main', 'data.yaml');
    emulator.commitFiles(
      repo,
      'main',
      { 'data.yaml': data.replace('year: "2022"', 'year: "2021"') },
      'Fix a year',
    );
    const again = await measure(() =>
      run(repo, 'push', emulator.pushEvent(repo, { before: next })),
    );
    if (detail) {
      console.log(`push of the next change with ${open} open suggestions, requests by route:`);
      for (const [route, n] of h.requestBreakdown(emulator, repo)) console.log(`  ${n}\t${route}`);
    }
    // The edit: a new venue for one open suggestion (with none open, a new one's first edit).
    const target = items[1] ?? (await h.seedBacklog(emulator, repo, 1, issues, { first: 1000 }))[0];
    emulator.updateIssue(repo, target.issue, {
      body: h.formBody({ ...target.answers, venue: 'NeurIPS' }),
    });
    const edit = await measure(() => issues(emulator.issuesEvent(repo, target.issue, 'edited')));
    rows.push({ open, push, again, edit });
  }
  if (emulator.internalErrors.length > 0) throw emulator.internalErrors[0];
} finally {
  await emulator.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(
  'open suggestions | push after a merge | push of the next change | one issue edit (requests, writes, time)',
);
for (const { open, push, again, edit } of rows) {
  const cell = (m) =>
    `${String(m.requests).padStart(4)} req ${String(m.writes).padStart(4)} writes ${(m.ms / 1000).toFixed(2).padStart(6)} s (${m.result})`;
  console.log(`${String(open).padStart(16)} | ${cell(push)} | ${cell(again)} | ${cell(edit)}`);
}
const at50 = rows.find((r) => r.open === 50);
if (at50) {
  const ok = (v, t) => (v <= t ? 'within' : 'OVER');
  console.log(
    `at 50: push ${at50.push.requests} requests, ${ok(at50.push.requests, TARGETS.push)} the ${TARGETS.push} target (the next change ${at50.again.requests}, ${ok(at50.again.requests, TARGETS.push)}); edit ${at50.edit.requests}, ${ok(at50.edit.requests, TARGETS.edit)} the ${TARGETS.edit} target`,
  );
}
