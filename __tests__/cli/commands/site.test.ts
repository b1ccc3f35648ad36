// `paperlist site --out DIR`: writes the page, papers.bib and feed.xml from the data and settings;
// usage errors and a bad data file write nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { workspace, type Workspace } from '../harness.js';

let ws: Workspace;
beforeEach(() => (ws = workspace()));
afterEach(() => ws.remove());

const DATA =
  'S:\n  category: "C"\n  list:\n    - title: "Only <One>"\n      year: "2024"\n      added: "2024-10-14"\n      links:\n        PDF: "https://arxiv.org/pdf/2102.04906"\n';

describe('paperlist site', () => {
  test('writes index.html, papers.bib and feed.xml into the folder, creating it', async () => {
    ws.copy('import/upstream-2024-10-14/data.yaml', 'data.yaml');
    ws.write('.github/paperlist.yml', 'name: "Early & Exiting"\n');
    const run = await ws.run(['site', '--out', 'public/site']);
    expect(run).toEqual({
      code: 0,
      stdout:
        'public/site/index.html: written\npublic/site/papers.bib: written\npublic/site/feed.xml: written\n',
      stderr: '',
    });
    const page = ws.read('public/site/index.html');
    expect(page).toContain('<title>Early &amp; Exiting</title>');
    expect(page.match(/<li data-paper /g)).toHaveLength(40);
    expect(ws.read('public/site/papers.bib').match(/^@\w+\{/gm)).toHaveLength(40);
    // The real list's entries record no day they were added: the feed is valid and empty.
    expect(ws.read('public/site/feed.xml')).not.toContain('<entry>');
  });

  test('puts entries that record their day in the feed, with --data and --time', async () => {
    ws.write('list.yaml', DATA);
    const run = await ws.run([
      'site',
      '--out',
      'out',
      '--data',
      'list.yaml',
      '--time',
      '2025-01-01T00:00:00Z',
    ]);
    expect(run.code).toBe(0);
    const feed = ws.read('out/feed.xml');
    expect(feed).toContain('<title type="text">Only &#60;One&#62;</title>');
    expect(feed).toContain('<updated>2024-10-14T00:00:00Z</updated>');
    expect(ws.read('out/papers.bib')).toContain('eprint = {2102.04906}');
  });

  test('refuses a missing --out as a usage error (exit 2)', async () => {
    ws.write('data.yaml', DATA);
    const run = await ws.run(['site']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('paperlist site: --out is required');
  });

  test('reports a bad data file with its line and writes nothing (exit 1)', async () => {
    ws.write('data.yaml', 'S:\n  category: "C"\n  list:\n    - title: "T"\n      year: "24"\n');
    const run = await ws.run(['site', '--out', 'out']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^data\.yaml:5:\d+: S\[0\]\.year: /);
    expect(existsSync(join(ws.dir, 'out'))).toBe(false);
  });
});
