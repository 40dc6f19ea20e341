/**
 * `true` when A and B are the same type, `never` otherwise. Elements spell out the unions of their public fields
 * (`view: 'daily' | 'totals' | 'funnel'`) so the manifest, the editors' completion and the README list the values;
 * `const _same: Same<Field, Alias> = true` then keeps each spelled-out union equal to the alias the code uses.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
