// The settings file writes keys in kebab-case (`time-zone`), the code reads camelCase (`timeZone`).
// One generic renaming, in types and at run time, so no setting is ever mapped by hand.

/** `time-zone` -> `timeZone`, at the type level. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** An object's own keys in camelCase (one level: values are left as they are). */
export type CamelKeys<T> = { [K in keyof T as K extends string ? CamelCase<K> : K]: T[K] };

/** `time-zone` -> `timeZone`. */
export function camelCase(key: string): string {
  return key.replace(/-([a-z0-9])/gu, (_, c: string) => c.toUpperCase());
}

/** The object with its own keys in camelCase, in the same order. */
export function camelKeys<T extends Record<string, unknown>>(value: T): CamelKeys<T> {
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [camelCase(key), v]),
  ) as CamelKeys<T>;
}
