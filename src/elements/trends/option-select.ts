/** Detail of `braze-option-select`: a picker set one of the element's attributes. */
export interface BrazeOptionSelectDetail {
  /** The attribute set, e.g. `event` or `product`. */
  name: string;
  /** Its new value (empty: none, e.g. all products). */
  value: string;
}

declare global {
  interface HTMLElementEventMap {
    'braze-option-select': CustomEvent<BrazeOptionSelectDetail>;
  }
}

/** Fires `braze-option-select` from `host` (bubbling, composed). */
export function optionSelect(host: HTMLElement, name: string, value: string): void {
  host.dispatchEvent(
    new CustomEvent<BrazeOptionSelectDetail>('braze-option-select', {
      detail: { name, value },
      bubbles: true,
      composed: true,
    }),
  );
}
