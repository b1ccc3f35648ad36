// The action: read the runner's context, pick the flow the event calls for, report outputs and a summary.
import * as core from '@actions/core';
import { createGitHub } from '../adapters/github/client.js';
import { formatProblem, InputError } from '../core/problem.js';
import type { FlowContext, FlowResult } from '../flows/context.js';
import { dispatch } from './dispatch.js';
import { readInputs, readRunnerContext } from './inputs.js';

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const runner = readRunnerContext();
    const repo = { owner: runner.owner, repo: runner.repo };
    const gh = createGitHub({
      token: inputs.token,
      baseUrl: runner.apiUrl,
      retryBaseMs: numberFromEnv('PAPERLIST_RETRY_BASE_MS'),
    });
    const repository = runner.payload.repository as { default_branch?: string } | undefined;
    const defaultBranch =
      repository?.default_branch ??
      (await gh.request('GET /repos/{owner}/{repo}', repo)).data.default_branch;
    const ctx: FlowContext = {
      gh,
      repo,
      paths: { dataFile: inputs.dataFile, readme: inputs.readme, config: inputs.config },
      defaultBranch,
      dryRun: inputs.dryRun,
      serverUrl: runner.serverUrl,
      log: (message) => core.info(message),
      warn: (message) => core.warning(message),
    };
    const result = await dispatch(ctx, runner.eventName, runner.payload);
    await report(result);
  } catch (error) {
    if (error instanceof InputError) {
      for (const p of error.problems) core.error(formatProblem(p));
      core.setOutput('result', 'invalid-list');
      await core.summary
        .addHeading('paperlist: the list has problems', 3)
        .addList(error.problems.map((p) => escapeHtml(formatProblem(p))))
        .write();
      const n = error.problems.length;
      core.setFailed(`the list has ${n} problem${n === 1 ? '' : 's'}; see the log`);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    core.setOutput('result', 'failed');
    await core.summary
      .addHeading('paperlist: the run failed', 3)
      .addRaw(`<p>${escapeHtml(message)}</p>`)
      .write();
    core.setFailed(message);
  }
}

async function report(result: FlowResult): Promise<void> {
  core.setOutput('result', result.result);
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
  core.info(`paperlist: ${result.result}`);
  await core.summary.addRaw(`### paperlist: ${result.result}\n\n${result.summary}\n`).write();
}

function numberFromEnv(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 && process.env[name] ? value : undefined;
}

/** The summary's list is HTML: a problem quoting `<!-- marker -->` must show, not hide, it. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
