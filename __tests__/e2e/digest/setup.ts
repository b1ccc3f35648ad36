// Shared set-up of the digest's end-to-end tests: the example list seeded with a digest setting, the
// metadata services replayed by a local server whose arXiv search answers are scripted per test, and
// helpers to run the schedule and read the digest issue back.
import { afterAll, beforeAll } from 'vitest';
import type { Emulator, SeededRepo } from '../../emulator/index.js';
import { scheduleEvent, workflowDispatchEvent } from '../../harness/index.js';
import { startMetadataServer, type MetadataServer } from '../../metadata-servers/replay.js';
import {
  arxivFeed,
  feedReply,
  scriptedSearch,
  type FeedPaper,
  type ScriptedSearch,
} from '../../metadata-servers/arxiv-feed.js';
import { setRole } from '../../emulator/comments.js';
import { MAINTAINER } from '../commands/setup.js';
import { runEvent, seedList, settingsWithoutDigest } from '../maintain/setup.js';

export const QUERY = 'abs:"early exit" OR ti:"early exiting"';
/** The example's settings with the link check and the venue look-up off, and a digest. */
export const SETTINGS = (max = 20) =>
  `${settingsWithoutDigest()}link-check: false\nvenue-updates: false\ndigest:\n  arxiv: '${QUERY}'\n  max: ${max}\n`;

export function useServices(): { get: () => MetadataServer } {
  let services: MetadataServer | undefined;
  beforeAll(async () => {
    services = await startMetadataServer();
  });
  afterAll(() => services?.close());
  return {
    get: () => {
      if (!services) throw new Error('the metadata server is not running');
      return services;
    },
  };
}

export function seedDigestList(emulator: Emulator, max = 20): SeededRepo {
  return seedList(emulator, { '.github/paperlist.yml': SETTINGS(max) });
}

/** Gives the server a scripted arXiv search for the next runs. */
export function script(
  services: MetadataServer,
  ...answers: Parameters<typeof scriptedSearch>
): ScriptedSearch {
  const s = scriptedSearch(...answers);
  services.extra.arxivSearch = s.handler;
  return s;
}

export function schedule(
  emulator: Emulator,
  repo: SeededRepo,
  services: MetadataServer,
  inputs?: Record<string, string>,
) {
  return runEvent(emulator, repo, 'schedule', scheduleEvent(emulator.repository(repo)), {
    env: { ...services.env(), PAPERLIST_METADATA_RETRY_MS: '0' },
    ...(inputs ? { inputs } : {}),
  });
}

/** A run started by hand (`workflow_dispatch`). */
export function dispatch(emulator: Emulator, repo: SeededRepo, services: MetadataServer) {
  return runEvent(
    emulator,
    repo,
    'workflow_dispatch',
    workflowDispatchEvent(emulator.repository(repo)),
    { env: { ...services.env(), PAPERLIST_METADATA_RETRY_MS: '0' } },
  );
}

/** The digest issues of the repository (there should be one). */
export function digestIssues(emulator: Emulator, repo: SeededRepo) {
  return emulator
    .getIssues(repo)
    .filter((i) =>
      i.labels.some((l) => (typeof l === 'string' ? l : l.name) === 'paperlist-digest'),
    );
}

/** The checklist lines of a digest body. */
export const checklist = (body: string | null | undefined): string[] =>
  (body ?? '').split('\n').filter((l) => /^- \[[ xX]\] /.test(l));

/** The candidate numbers and arXiv ids of a digest body, in order. */
export const numbered = (body: string | null | undefined): [number, string][] =>
  checklist(body).map((l) => {
    const m = /^- \[[ xX]\] \*\*(\d+)\.\*\* .*?\[arXiv:([^\]]+)\]/.exec(l);
    return [Number(m?.[1]), m?.[2] ?? ''];
  });

/** Three new papers: two about early exits, one far from the list. */
export const PAPERS: FeedPaper[] = [
  {
    id: '2611.00001',
    title: 'Latency-aware scheduling of inputs to early exit networks',
    abstract: 'We schedule inputs by latency. It helps.',
    authors: ['Ada Lovelace', 'Alan Turing'],
    published: '2026-11-21T10:00:00Z',
  },
  { id: '2611.00002', title: 'Knowledge distillation for training early-exit networks' },
  { id: '2611.00003', title: 'A study of gardening robots', abstract: 'Robots tend gardens.' },
];

/**
 * The example list with a digest (issue #1) of PAPERS from one scheduled run, arXiv able to answer a
 * look-up of each paper by id, and MAINTAINER with write permission.
 */
export async function seedDigestWithCandidates(
  emulator: Emulator,
  services: MetadataServer,
): Promise<{ repo: SeededRepo; digest: number }> {
  for (const p of PAPERS) {
    const name = `arxiv/constructed-${p.id}.xml`;
    services.extra.arxiv[p.id] = name;
    services.extra.bodies[name] = arxivFeed([p]);
  }
  script(services, () => feedReply(arxivFeed(PAPERS)));
  const repo = seedDigestList(emulator);
  setRole(emulator, repo, MAINTAINER, 'write');
  const run = await schedule(emulator, repo, services);
  if (run.code !== 0) throw new Error(run.stderr);
  const digest = digestIssues(emulator, repo)[0]?.number as number;
  return { repo, digest };
}
