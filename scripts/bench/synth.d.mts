// The types of synth.mjs, for the tests that import it.

/** A synthetic data file of n papers in the real list's layout; the same text for the same seed. */
export function synthData(n: number, seed?: number): string;

/** The README the synthetic lists start from: empty zones. */
export const SYNTH_README: string;

/** Writes data.yaml, README.md and settings.yml for a list of n papers into dir. */
export function writeSynthList(n: number, dir: string): void;
