// The action's inputs and the runner's environment, read once at the edge.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';

export interface ActionInputs {
  token: string;
  dataFile: string;
  readme: string;
  config: string;
  dryRun: boolean;
  /** Folder (relative to the workspace) for the reader page; empty: none. */
  siteDir: string;
  /** Semantic Scholar API key for looking papers up; empty: none. */
  s2Key: string;
}

export function readInputs(): ActionInputs {
  return {
    token: core.getInput('token'),
    dataFile: core.getInput('data-file') || 'data.yaml',
    readme: core.getInput('readme') || 'README.md',
    config: core.getInput('config') || '.github/paperlist.yml',
    dryRun: core.getInput('dry-run') === 'true',
    siteDir: core.getInput('site-dir'),
    s2Key: core.getInput('semantic-scholar-key'),
  };
}

export interface RunnerContext {
  eventName: string;
  /** The webhook payload of the event that started the run. */
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  apiUrl: string;
  serverUrl: string;
  /** Which attempt of the workflow run this is (`GITHUB_RUN_ATTEMPT`): 1 unless re-run. */
  runAttempt: number;
}

export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set (expected "owner/name")');
  const eventPath = env.GITHUB_EVENT_PATH;
  const payload = eventPath
    ? (JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>)
    : {};
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? ''),
  };
}
