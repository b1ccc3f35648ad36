// The action: read the runner's context, pick the flow the event calls for, report outputs and a summary.
import * as core from '@actions/core';
import { capProblems, moreProblems } from '../core/limits/problems.js';
import { formatProblem, InputError, type Problem } from '../core/problem.js';
import type { FlowResult } from '../flows/context.js';
import type { RunResult } from '../flows/outcomes.js';
import { buildFlowContext } from './context.js';
import { dispatch } from './dispatch.js';
import { readInputs, readRunnerContext } from './inputs.js';
import { readTuning } from './tuning.js';

export async function run(): Promise<void> {
  try {
    const runner = readRunnerContext();
    const ctx = await buildFlowContext(readInputs(), runner, readTuning(process.env));
    const result = await dispatch(ctx, runner.eventName, runner.payload);
    await report(result);
  } catch (error) {
    if (error instanceof InputError) await reportBrokenList(error);
    else await reportFailure(error);
  }
}

async function report(result: FlowResult): Promise<void> {
  setResult(result.result);
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
  for (const p of result.problems ?? []) core.error(formatProblem(p), annotationOf(p));
  core.info(`paperlist: ${result.result}`);
  await core.summary.addRaw(`### paperlist: ${result.result}\n\n${result.summary}\n`).write();
  if (result.failure) core.setFailed(result.failure);
}

/** Where an annotation points: the problem's file and line, so GitHub shows it on the diff. */
function annotationOf(p: Problem): core.AnnotationProperties {
  return {
    ...(p.file ? { file: p.file } : {}),
    ...(p.line !== undefined ? { startLine: p.line } : {}),
    ...(p.line !== undefined && p.column !== undefined ? { startColumn: p.column } : {}),
  };
}

/** The data, README or settings have problems: the first ones on the log and in the summary. */
async function reportBrokenList(error: InputError): Promise<void> {
  const { shown, more } = capProblems(error.problems);
  for (const p of shown) core.error(formatProblem(p), annotationOf(p));
  const lines = shown.map(formatProblem);
  if (more > 0) {
    lines.push(moreProblems(more));
    core.error(moreProblems(more));
  }
  setResult('invalid-list');
  await core.summary
    .addHeading('paperlist: the list has problems', 3)
    .addList(lines.map(escapeHtml))
    .write();
  const n = error.problems.length;
  core.setFailed(`the list has ${n} problem${n === 1 ? '' : 's'}; see the log`);
}

async function reportFailure(error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  setResult('failed');
  await core.summary
    .addHeading('paperlist: the run failed', 3)
    .addRaw(`<p>${escapeHtml(message)}</p>`)
    .write();
  core.setFailed(message);
}

function setResult(result: RunResult): void {
  core.setOutput('result', result);
}

/** The summary's list is HTML: a problem quoting `<!-- marker -->` must show, not hide, it. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
