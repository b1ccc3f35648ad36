// The project's own workflows (.github/workflows) and Dependabot configuration follow the rules a
// published action is held to: every action pinned by a full commit sha with its version in a
// comment, least-privilege permissions in each workflow, no `${{ }}` expression (event text above
// all) inside a shell step, CI on pushes and pull requests running .ci/run and the dist/ check, a
// release for vX.Y.Z tags published to npm with provenance, and Dependabot for npm and the actions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../harness/run-action.js';

interface Step {
  uses?: string;
  run?: string;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
}
interface Workflow {
  on?: Record<string, unknown>;
  permissions?: unknown;
  jobs?: Record<string, Job>;
}

const dir = join(PROJECT_ROOT, '.github/workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/u.test(f));
const text = (file: string) => readFileSync(join(dir, file), 'utf8');
const workflow = (file: string) => parse(text(file)) as Workflow;
const steps = (file: string): Step[] =>
  Object.values(workflow(file).jobs ?? {}).flatMap((job) => job.steps ?? []);

test('there are a CI and a release workflow', () => {
  expect(files.sort()).toEqual(['ci.yml', 'release.yml']);
});

describe.each(files)('%s', (file) => {
  test('pins every action by a full commit sha, with the version in a comment', () => {
    const uses = text(file)
      .split('\n')
      .filter((line) => /^\s*(?:-\s+)?uses:/u.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) {
      expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(?:\.\d+)*$/u);
    }
    expect(steps(file).filter((s) => s.uses !== undefined)).toHaveLength(uses.length);
  });

  test('sets least-privilege permissions: read-only at the top, write only where a job needs it', () => {
    const top = workflow(file).permissions;
    expect(top).toBeTypeOf('object');
    for (const level of Object.values(top as Record<string, string>)) {
      expect(['read', 'none']).toContain(level);
    }
    for (const job of Object.values(workflow(file).jobs ?? {})) {
      if (job.permissions === undefined) continue;
      expect(job.permissions).toBeTypeOf('object');
    }
  });

  test('has no ${{ }} expression inside any run step', () => {
    const runs = steps(file).flatMap((s) => (s.run === undefined ? [] : [s.run]));
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.filter((run) => run.includes('${{'))).toEqual([]);
  });
});

test('CI runs .ci/run and the dist/ check on every push and pull request', () => {
  const ci = workflow('ci.yml');
  expect(Object.keys(ci.on ?? {}).sort()).toEqual(['pull_request', 'push']);
  const runs = steps('ci.yml').map((s) => s.run);
  expect(runs).toContain('bash .ci/run');
  expect(runs).toContain('bash .ci/check-dist');
  expect(readFileSync(join(PROJECT_ROOT, '.ci/run'), 'utf8')).toContain('.ci/check-dist');
});

test('a pushed vX.Y.Z tag is released and moves its major tag', () => {
  const release = workflow('release.yml');
  expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
  const runs = steps('release.yml').flatMap((s) => (s.run === undefined ? [] : [s.run]));
  expect(runs).toContain('bash .ci/check-dist');
  expect(runs.some((run) => run.includes('gh release create "$GITHUB_REF_NAME"'))).toBe(true);
  expect(runs.some((run) => run.includes('git push --force origin "refs/tags/$major"'))).toBe(true);
});

test('a release is published to npm with provenance, once the tag is checked against package.json', () => {
  const jobs = workflow('release.yml').jobs ?? {};
  const runsOf = (job: string) =>
    (jobs[job]?.steps ?? []).flatMap((s) => (s.run === undefined ? [] : [s.run]));
  const release = runsOf('release');
  const versionCheck = release.findIndex((run) => run.includes('"v$version"'));
  const created = release.findIndex((run) => run.includes('gh release create'));
  expect(versionCheck).toBeGreaterThanOrEqual(0);
  expect(versionCheck).toBeLessThan(created);
  const publish = jobs['publish'] as Job & { needs?: unknown };
  expect(publish.needs).toBe('release');
  // npm signs the provenance statement with the workflow's OIDC token.
  expect(publish.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  expect(runsOf('publish').some((run) => /npm publish --provenance\b/u.test(run))).toBe(true);
  // npm accepts the provenance only from the repository package.json names: the one lists use.
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    repository?: { url?: string };
  };
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const used = /uses: ([\w.-]+\/[\w.-]+)@v\d+/u.exec(readme)?.[1];
  expect(used).toBeDefined();
  expect(manifest.repository?.url).toBe(`https://github.com/${used}`);
  expect(release[versionCheck]).toContain('"https://github.com/$GITHUB_REPOSITORY"');
});

test('Dependabot keeps npm and the workflow actions up to date', () => {
  const config = parse(readFileSync(join(PROJECT_ROOT, '.github/dependabot.yml'), 'utf8')) as {
    updates: { 'package-ecosystem': string; directory: string }[];
  };
  expect(config.updates.map((u) => [u['package-ecosystem'], u.directory])).toEqual([
    ['npm', '/'],
    ['github-actions', '/'],
  ]);
});
