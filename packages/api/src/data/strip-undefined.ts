/** `T` with `undefined` removed from optional properties (what `exactOptionalPropertyTypes` wants). */
export type Defined<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * Drops properties whose value is `undefined` (zod output → store input).
 *
 * @param value - A parsed object.
 * @returns A copy without undefined properties.
 * @example
 * stripUndefined({ a: 1, b: undefined }) //=> { a: 1 }
 */
export function stripUndefined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<T>;
}
