/** True when two input lists hold the same values (`===`) in the same order. */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * The last value computed from a list of inputs: `get` computes again only when one of them changed. Elements keep
 * their derived state (points, layout) in these, so a render that changes nothing the state depends on reuses it.
 */
export class Memo<T> {
  #inputs: readonly unknown[] | undefined;
  #value: T | undefined;

  get(inputs: readonly unknown[], compute: () => T): T {
    if (!this.#inputs || !sameInputs(inputs, this.#inputs)) {
      this.#value = compute();
      this.#inputs = inputs;
    }
    return this.#value as T;
  }
}
