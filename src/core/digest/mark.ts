// The digest body after maintainers decided: the hidden record replaced by the new state, an accepted
// candidate's line ticked and followed by who accepted it and its suggestion, a declined candidate's
// line taken out. Other lines are left exactly as they were (a later scheduled run renders the whole
// list again). Found by the candidate's arXiv link, which every line has.
import { safeInline } from '../suggest/neutralize.js';
import {
  DIGEST_MARKER,
  encodeDigestState,
  KEEP_ACCEPTED,
  KEEP_DECLINED,
  remember,
} from './record.js';
import type { DigestState } from './types.js';

export interface Mark {
  kind: 'accept' | 'decline';
  id: string;
  /** Who decided (a login). */
  by: string;
  /** The accepted paper's suggestion: its issue, and its pull request when one was opened. */
  issue?: number;
  pull?: number;
}

function acceptedNote(m: Mark): string {
  const where =
    m.pull !== undefined ? `: #${m.pull}` : m.issue !== undefined ? `: see #${m.issue}` : '';
  return ` — **accepted** by ${safeInline(m.by)}${where}`;
}

/**
 * `state` with the decisions of `marks` added: the digest as another run may have left it meanwhile
 * (a scheduled run, another maintainer's command) keeps its own decisions and gains these.
 */
export function withMarks(state: DigestState, marks: readonly Mark[]): DigestState {
  let { accepted, declined } = state;
  for (const m of marks) {
    if (m.kind === 'accept') {
      accepted = remember(accepted, m.id, KEEP_ACCEPTED);
      declined = declined.filter((x) => x !== m.id);
    } else if (!accepted.includes(m.id)) declined = remember(declined, m.id, KEEP_DECLINED);
  }
  return { ...state, accepted, declined };
}

export function markDigestBody(body: string, state: DigestState, marks: readonly Mark[]): string {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.startsWith(DIGEST_MARKER));
  if (start >= 0) lines[start] = encodeDigestState(state);
  const out: string[] = [];
  for (const line of lines) {
    const m = marks.find((k) => line.includes(`[arXiv:${k.id}](`) && /^- \[[ xX]\] /.test(line));
    if (m === undefined) out.push(line);
    else if (m.kind === 'accept' && !line.includes(' — **accepted** by ')) {
      out.push(`- [x] ${line.slice(6)}${acceptedNote(m)}`);
    } else if (m.kind === 'accept') out.push(line);
  }
  return out.join('\n');
}

/** `body` with the boxes of candidates `numbers` unticked again (a tick that was not allowed). */
export function untickBoxes(body: string, numbers: readonly number[]): string {
  return body.replace(/^- \[[xX]\] \*\*(\d+)\.\*\*/gm, (line, n: string) =>
    numbers.includes(Number(n)) ? `- [ ] **${n}.**` : line,
  );
}
