// Runs a JavaScript action the way the runner does: a child `node` (Node 24 from the project's
// dev dependency), no shell, an environment built from scratch (nothing leaks from the test
// process), inputs as INPUT_<NAME> with action.yml defaults, the metadata services at a loopback port
// that refuses connections unless the test gives its replay server, and the runner's files to read back.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Emulator, RepoArg } from '../emulator/emulator.js';
import { testBundle } from './bundle.js';
import { offlineServices } from './offline-services.js';
import { parseAnnotations, parseOutputFile, type Annotation } from './outputs.js';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const NODE24 = join(PROJECT_ROOT, 'node_modules/node/bin/node');

export type EventName =
  | 'workflow_dispatch'
  | 'issues'
  | 'issue_comment'
  | 'push'
  | 'schedule'
  | 'pull_request'
  | 'pull_request_target';

export interface RunActionOptions {
  event: EventName;
  payload: object;
  repo: RepoArg;
  emulator: Emulator;
  inputs?: Record<string, string>;
  /** Path of the node binary; `current` for the test's own node. Node 24 by default. */
  node?: string;
  /** The action's entry file; by default the bundle built from `src/` for this test run. */
  script?: string;
  /** action.yml whose input defaults apply; the project's by default, null for none. */
  actionYml?: string | null;
  /** Extra environment variables, applied last. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface RunActionResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  annotations: Annotation[];
  /** The environment the child got, for assertions. */
  env: Record<string, string>;
}

/** The runner's rule: upper-case, spaces to underscores, everything else (dashes too) kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function actionDefaults(path: string | null, token: string): Record<string, string> {
  if (path === null || !existsSync(path)) return {};
  const doc = parse(readFileSync(path, 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    if (spec?.default === undefined) continue;
    // The only expression our action.yml uses; the runner evaluates it to the workflow token.
    out[name] = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  return out;
}

let runCounter = 0;

export async function runAction(opts: RunActionOptions): Promise<RunActionResult> {
  const { emulator } = opts;
  const repository = emulator.repository(opts.repo);
  const root = mkdtempSync(join(tmpdir(), 'paperlist-run-'));
  try {
    const dirs = {
      workspace: join(root, 'workspace'),
      temp: join(root, 'runner-temp'),
      home: join(root, 'home'),
    };
    for (const d of Object.values(dirs)) mkdirSync(d);
    const files = {
      event: join(root, 'event.json'),
      output: join(root, 'output'),
      summary: join(root, 'step-summary.md'),
      state: join(root, 'state'),
      env: join(root, 'env'),
      path: join(root, 'path'),
    };
    writeFileSync(files.event, JSON.stringify(opts.payload, null, 2));
    for (const f of [files.output, files.summary, files.state, files.env, files.path])
      writeFileSync(f, '');

    const payload = opts.payload as { ref?: string; after?: string; sender?: { login?: string } };
    const defaultRef = `refs/heads/${repository.default_branch}`;
    const ref =
      opts.event === 'push' || opts.event === 'workflow_dispatch'
        ? (payload.ref ?? defaultRef)
        : defaultRef;
    const sha =
      opts.event === 'push' && payload.after
        ? payload.after
        : (emulator.branchSha(opts.repo, ref.replace(/^refs\/heads\//, '')) ?? '');
    const runId = String(1_000_000 + ++runCounter);
    const inputs = {
      ...actionDefaults(
        opts.actionYml === undefined ? join(PROJECT_ROOT, 'action.yml') : opts.actionYml,
        emulator.token,
      ),
      token: emulator.token,
      ...opts.inputs,
    };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dirs.home,
      TMPDIR: dirs.temp,
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: opts.event,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: repository.full_name,
      GITHUB_REPOSITORY_OWNER: repository.owner.login,
      GITHUB_REPOSITORY_ID: String(repository.id),
      GITHUB_API_URL: emulator.url,
      GITHUB_GRAPHQL_URL: `${emulator.url}/graphql`,
      GITHUB_SERVER_URL: emulator.serverUrl,
      GITHUB_REF: ref,
      GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
      GITHUB_REF_TYPE: 'branch',
      GITHUB_SHA: sha,
      GITHUB_WORKSPACE: dirs.workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_NUMBER: String(runCounter),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'paperlist',
      GITHUB_JOB: 'paperlist',
      GITHUB_ACTION: 'paperlist',
      GITHUB_ACTOR: payload.sender?.login ?? 'github-actions[bot]',
      GITHUB_TRIGGERING_ACTOR: payload.sender?.login ?? 'github-actions[bot]',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'emulated-runner',
      RUNNER_TEMP: dirs.temp,
      RUNNER_TOOL_CACHE: join(dirs.temp, 'tool-cache'),
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnvName(k), v])),
      // Metadata services: a refusing loopback port unless the test starts its replay server.
      ...(await offlineServices()),
      ...opts.env,
    };
    const node = opts.node === 'current' ? process.execPath : (opts.node ?? NODE24);
    const script = opts.script ?? testBundle('index.js');
    const { code, signal, stdout, stderr } = await spawnCollect(node, [script], {
      cwd: dirs.workspace,
      env,
      timeoutMs: opts.timeoutMs ?? 60_000,
    });
    return {
      code,
      signal,
      outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
      stdout,
      stderr,
      annotations: parseAnnotations(stdout),
      env,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function spawnCollect(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    // Asynchronous on purpose: the emulator serves the child from this same process.
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}
