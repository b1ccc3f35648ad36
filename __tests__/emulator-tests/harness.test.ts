import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type SeededRepo } from '../emulator/index.js';
import {
  inputEnvName,
  parseAnnotations,
  parseOutputFile,
  PROJECT_ROOT,
  runAction,
  scheduleEvent,
  workflowDispatchEvent,
} from '../harness/index.js';

import { exampleFile } from '../harness/example-list.js';
import { METADATA_VARIABLES } from '../harness/offline-services.js';

const ECHO = join(PROJECT_ROOT, '__tests__/harness/fixtures/echo-action.mjs');

let emulator: Emulator;
let repo: SeededRepo;

beforeAll(async () => {
  emulator = await startEmulator();
  repo = emulator.createRepo({ owner: 'octo', name: 'papers', files: { 'data.yaml': 'x: 1\n' } });
});
afterAll(() => emulator.close());

describe('runAction', () => {
  it('runs the action under Node 24 with the runner environment, and reads outputs and summary back', async () => {
    const issue = emulator.createIssue(repo, { title: 'Suggest a paper', body: 'body' });
    const result = await runAction({
      event: 'issues',
      payload: issue.event('opened'),
      repo,
      emulator,
      script: ECHO,
      inputs: { 'dry-run': 'true' },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs['node-version']).toMatch(/^v24\./);
    expect(JSON.parse(result.outputs.env as string)).toEqual({
      GITHUB_EVENT_NAME: 'issues',
      GITHUB_REPOSITORY: 'octo/papers',
      GITHUB_REPOSITORY_OWNER: 'octo',
      GITHUB_API_URL: emulator.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: emulator.branchSha(repo, 'main'),
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_RUN_ID: result.env.GITHUB_RUN_ID,
      GITHUB_ACTOR: 'octo-contributor',
    });
    // Every input of action.yml arrives with its default, dashes kept, the token the emulator's.
    expect(JSON.parse(result.outputs.inputs as string)).toEqual({
      INPUT_TOKEN: emulator.token,
      'INPUT_DATA-FILE': 'data.yaml',
      INPUT_README: 'README.md',
      INPUT_CONFIG: '.github/paperlist.yml',
      'INPUT_DRY-RUN': 'true',
      'INPUT_SITE-DIR': '',
      'INPUT_SEMANTIC-SCHOLAR-KEY': '',
    });
    expect(result.outputs['event-action']).toBe('opened');
    expect(result.outputs['event-repo']).toBe('octo/papers');
    expect(result.outputs['api-status']).toBe('200');
    expect(result.outputs['default-branch']).toBe('main');
    expect(result.outputs['workspace-entries']).toBe('0');
    expect(result.outputs['cwd-is-workspace']).toBe('true');
    expect(result.outputs.multiline).toBe('first line\nsecond line');
    expect(result.summary).toBe('### Echo\n\nran for issues\n');
    expect(result.annotations).toEqual([
      {
        level: 'warning',
        message: 'looks odd\nsecond line',
        properties: { file: 'data.yaml', line: '3' },
      },
    ]);
    expect(emulator.countRequests('GET', '/repos/octo/papers')).toBe(1);
  });

  it('reports the exit code and takes push ref and sha from the payload', async () => {
    const before = emulator.branchSha(repo, 'main') as string;
    const after = emulator.commitFiles(repo, 'main', { 'data.yaml': 'x: 2\n' }, 'edit');
    const result = await runAction({
      event: 'push',
      payload: emulator.pushEvent(repo, { before }),
      repo,
      emulator,
      script: ECHO,
      inputs: { 'exit-code': '3' },
    });
    expect(result.code).toBe(3);
    const env = JSON.parse(result.outputs.env as string) as Record<string, string>;
    expect([env.GITHUB_EVENT_NAME, env.GITHUB_REF, env.GITHUB_SHA]).toEqual([
      'push',
      'refs/heads/main',
      after,
    ]);
  });

  it('does not leak the test process environment into the action', async () => {
    process.env.INPUT_LEAKED = 'yes';
    try {
      const result = await runAction({
        event: 'schedule',
        payload: scheduleEvent(emulator.repository(repo)),
        repo,
        emulator,
        script: ECHO,
      });
      expect(Object.keys(JSON.parse(result.outputs.inputs as string))).not.toContain(
        'INPUT_LEAKED',
      );
      expect(result.env.NODE_OPTIONS).toBeUndefined();
    } finally {
      delete process.env.INPUT_LEAKED;
    }
  });

  it('points every metadata service at a loopback port that refuses connections, unless told otherwise', async () => {
    const run = (env?: Record<string, string>) =>
      runAction({
        event: 'schedule',
        payload: scheduleEvent(emulator.repository(repo)),
        repo,
        emulator,
        script: ECHO,
        ...(env ? { env } : {}),
      });
    const { env } = await run();
    const urls = METADATA_VARIABLES.map((v) => new URL(env[v] as string));
    expect(urls).toHaveLength(8);
    expect(new Set(urls.map((u) => u.host)).size).toBe(1);
    expect(urls.every((u) => u.hostname === '127.0.0.1')).toBe(true);
    // Nothing listens there: a request is refused, not answered.
    const refused = await fetch(urls[0] as URL).then(
      () => 'answered',
      (e: Error) => (e.cause as { code?: string } | undefined)?.code,
    );
    expect(refused).toBe('ECONNREFUSED');
    // A test's own server wins.
    const given = await run({ PAPERLIST_ARXIV_URL: 'http://127.0.0.1:9999/arxiv' });
    expect(given.env.PAPERLIST_ARXIV_URL).toBe('http://127.0.0.1:9999/arxiv');
  });

  it('runs the bundled action on workflow_dispatch with dry-run: reads the list through the API, reports, writes nothing', async () => {
    // The project's example list, with the link check off (this test is about the API, not the web).
    const settings = exampleFile('.github/paperlist.yml') + 'link-check: false\n';
    const emptied = exampleFile('README.md').replace(
      /(<!-- main-start -->)[\s\S]*?(<!-- main-end -->)/,
      '$1\n$2',
    );
    const cases = [
      {
        name: 'current',
        readme: exampleFile('README.md'),
        result: 'unchanged',
        says: 'is up to date',
      },
      { name: 'stale', readme: emptied, result: 'out-of-date', says: 'would be updated' },
    ];
    for (const c of cases) {
      const list = emulator.createRepo({
        owner: 'octo',
        name: `ednn-${c.name}`,
        files: {
          'data.yaml': exampleFile('data.yaml'),
          'README.md': c.readme,
          '.github/paperlist.yml': settings,
        },
      });
      const before = emulator.branchSha(list, 'main');
      emulator.clearRequests();
      const result = await runAction({
        event: 'workflow_dispatch',
        payload: workflowDispatchEvent(emulator.repository(list)),
        repo: list,
        emulator,
        inputs: { 'dry-run': 'true' },
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.outputs.result).toBe(c.result);
      expect(result.summary).toContain(c.says);
      // Read through the API with no checkout: the workspace stays empty, nothing is written.
      expect(emulator.countRequests('GET', /\/contents\/data\.yaml$/)).toBe(1);
      expect(emulator.countRequests('GET', /\/contents\/README\.md$/)).toBe(1);
      expect(emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(emulator.branchSha(list, 'main')).toBe(before);
      expect(emulator.requests.filter((r) => r.status === 401)).toEqual([]);
      expect(emulator.internalErrors).toEqual([]);
    }
  });

  it('retries a 502 on the first read and still finishes the run', async () => {
    const list = emulator.createRepo({
      owner: 'octo',
      name: 'ednn-flaky',
      files: {
        'data.yaml': exampleFile('data.yaml'),
        'README.md': exampleFile('README.md'),
        '.github/paperlist.yml': exampleFile('.github/paperlist.yml') + 'link-check: false\n',
      },
    });
    emulator.clearRequests();
    emulator.failNext({ method: 'GET', path: /\/contents\/data\.yaml$/, status: 502 });
    const result = await runAction({
      event: 'workflow_dispatch',
      payload: workflowDispatchEvent(emulator.repository(list)),
      repo: list,
      emulator,
      inputs: { 'dry-run': 'true' },
      env: { PAPERLIST_RETRY_BASE_MS: '10' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs.result).toBe('unchanged');
    const reads = emulator.findRequests('GET', /\/contents\/data\.yaml$/).map((r) => r.status);
    expect(reads).toEqual([502, 200]);
  });
});

describe('runner conventions', () => {
  it('names inputs as the runner does: upper case, spaces to underscores, dashes kept', () => {
    expect(inputEnvName('dry-run')).toBe('INPUT_DRY-RUN');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });

  it('parses heredoc and key=value outputs, and rejects an unclosed delimiter', () => {
    expect(parseOutputFile('a<<EOF\nx\n\ny\nEOF\nb=1=2\nc<<D\nD\n')).toEqual({
      a: 'x\n\ny',
      b: '1=2',
      c: '',
    });
    expect(() => parseOutputFile('a<<EOF\nx\n')).toThrow('output a: delimiter EOF never closed');
  });

  it('parses workflow command annotations with escaped data and properties', () => {
    expect(
      parseAnnotations('plain\n::error file=a%2Cb.yaml,line=2,col=5::bad%25 value\n::notice::ok'),
    ).toEqual([
      {
        level: 'error',
        message: 'bad% value',
        properties: { file: 'a,b.yaml', line: '2', col: '5' },
      },
      { level: 'notice', message: 'ok', properties: {} },
    ]);
  });
});
