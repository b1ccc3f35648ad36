// JSON with the keys of every object sorted: the same text for the same data, whatever order its
// keys were written in, so two values compare equal as text. Used where parsed data (a data file
// after an edit, a PR's hidden record) is compared with what it should be.

/** `value` as JSON with every object's keys sorted (arrays keep their order). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}
