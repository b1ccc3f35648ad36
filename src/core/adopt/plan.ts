// The whole adoption as one value: the hand edits found in the README, and the data file (text and
// list) with the adoptions written in. Unreadable lines, or an adoption that cannot be written, make
// it a list of problems instead: then the zone must not be rewritten, or a person's edit is lost.
import type { Problem } from '../problem.js';
import { applyAdoptions, type AdoptedData } from './apply.js';
import { findHandEdits, type AdoptInput } from './compare.js';
import type { HandEdits } from './types.js';
import { applyDeletions, takeDeletions } from './deletions.js';
import { loadData } from '../data/load.js';
import { reimport, type AdoptedSettings } from './reimport/plan.js';
import { addFormerLines } from './former-lines.js';

export interface AdoptionPlanInput extends AdoptInput {
  dataText: string;
  dataFile: string;
  /** The settings file's text and name: a changed structure of the list rewrites its layout. */
  settingsText?: string;
  settingsFile?: string;
}

export type AdoptionPlan =
  | {
      ok: true;
      edits: HandEdits;
      data: AdoptedData | undefined;
      /** The settings rewritten, when the README's structure needs another layout. */
      settings?: AdoptedSettings;
    }
  | { ok: false; edits: HandEdits; problems: Problem[] };

export function planAdoption(input: AdoptionPlanInput): AdoptionPlan {
  const plan = adoption(input);
  if (input.base) addFormerLines(plan.edits, input.readme, input.base, input.settings, input.file);
  return plan;
}

function adoption(input: AdoptionPlanInput): AdoptionPlan {
  const edits = findHandEdits(input);
  // What the comparison entry by entry cannot adopt (a new heading, a note, a deleted or moved
  // entry) is adopted from the README as a whole, when it is known what was rendered before.
  if (input.base && edits.unreadable.length + edits.putBack.length + edits.moved.length > 0) {
    const whole = reimport(input);
    // The data file as it is (a note the list holds as text already, a row put back): unwritten.
    if (whole && whole.data.text === input.dataText && !whole.settings) {
      return { ok: true, edits: whole.edits, data: undefined };
    }
    if (whole) {
      if (whole.settings) whole.edits.layout = input.settingsFile ?? 'the settings';
      return {
        ok: true,
        edits: whole.edits,
        data: whole.data,
        ...(whole.settings ? { settings: whole.settings } : {}),
      };
    }
  }
  if (edits.unreadable.length > 0) return { ok: false, edits, problems: edits.unreadable };
  if (input.base) takeDeletions(edits, input.list, input.base);
  if (edits.adoptions.length + edits.deleted.length === 0)
    return { ok: true, edits, data: undefined };
  const applied =
    edits.adoptions.length > 0
      ? applyAdoptions(input.dataText, edits.adoptions, input.dataFile)
      : { ok: true as const, value: { text: input.dataText, list: input.list } };
  if (!applied.ok) return { ok: false, edits, problems: applied.problems };
  if (edits.deleted.length === 0) return { ok: true, edits, data: applied.value };
  const read = (text: string) => {
    const loaded = loadData(text, input.dataFile);
    return loaded.ok ? loaded.value : undefined;
  };
  const text = applyDeletions(applied.value.text, edits, read, input.dataFile);
  const list = text.ok ? read(text.value) : undefined;
  if (!text.ok || !list) return { ok: true, edits, data: applied.value };
  if (edits.deleted.length === 0 && edits.adoptions.length === 0) {
    return { ok: true, edits, data: undefined };
  }
  return { ok: true, edits, data: { text: text.value, list } };
}
