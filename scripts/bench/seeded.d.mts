// The type of seeded.mjs, for the tests that import it.

/** Numbers in [0, 1), the same sequence for the same seed. */
export function seeded(seed: number): () => number;
