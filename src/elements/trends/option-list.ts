import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { PooledEndpoint } from '../../api/policy.js';
import { getClient } from '../../data/client.js';

/** A list endpoint read page by page (`page` 0, 1, …) whose answer holds its names under `field`. */
export interface OptionSource {
  readonly proxyUrl: string;
  readonly endpoint: PooledEndpoint;
  readonly field: string;
  /** Names per full page: a shorter page is the last. */
  readonly pageSize: number;
}

/** Pages read at most (250 names each: 12,500 names), so a list that never ends cannot loop. */
const MAX_PAGES = 50;

/**
 * The names of every page of a picker's list, through the page-wide client (deduped and cached, so charts of one
 * page ask once; the proxy caches these small-pool lists for an hour). `options` is undefined until they are in;
 * `failed` says the list could not be loaded — the chart does not depend on it.
 */
export class OptionList implements ReactiveController {
  options: readonly string[] | undefined;
  failed = false;
  #key: string | undefined;
  #run: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => OptionSource | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // A server renders the loading view: nothing is requested there.
    if (isServer) return;
    const source = this.source();
    const key = source ? `${source.proxyUrl.trim()} ${source.endpoint.path}` : '';
    if (key === this.#key) return;
    this.#key = key;
    this.#run?.abort();
    this.options = undefined;
    this.failed = false;
    if (!source) return;
    const run = new AbortController();
    this.#run = run;
    this.#load(source, run.signal)
      .then(
        (names) => {
          if (!run.signal.aborted) this.options = names;
        },
        () => {
          if (!run.signal.aborted) this.failed = true;
        },
      )
      .finally(() => {
        if (!run.signal.aborted) this.host.requestUpdate();
      });
  }

  hostDisconnected(): void {
    this.#run?.abort();
    this.#key = undefined;
  }

  async #load({ proxyUrl, endpoint, field, pageSize }: OptionSource, signal: AbortSignal): Promise<string[]> {
    const client = getClient(proxyUrl.trim());
    const names: string[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = (await client.request(endpoint, { page: String(page) }, { signal })) as Record<
        string,
        unknown
      >;
      const items = (answer[field] ?? []) as readonly string[];
      names.push(...items);
      if (items.length < pageSize) break;
    }
    return names;
  }
}

/** What a picker shows: its label, the chosen value, and the first option (none chosen, or "all"). */
export interface PickerView {
  label: string;
  value: string;
  /** The option with the empty value: a prompt (disabled) or "All products". */
  blank: { text: string; choosable: boolean };
  list: OptionList;
  failedText: string;
  onPick: (value: string) => void;
}

/**
 * A native, labelled `<select>`: keyboard and screen readers know it as it is. The chosen value is always an option,
 * even before (or without) the list.
 */
export function renderPicker(p: PickerView) {
  const options = p.list.options ?? [];
  const values = p.value && !options.includes(p.value) ? [p.value, ...options] : options;
  return html`<div part="picker" class="picker">
    <label
      >${p.label}
      <select
        aria-busy=${p.list.options === undefined && !p.list.failed ? 'true' : 'false'}
        @change=${(e: Event) => p.onPick((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?disabled=${!p.blank.choosable} ?selected=${!p.value}>${p.blank.text}</option>
        ${values.map((v) => html`<option .value=${v} ?selected=${v === p.value}>${v}</option>`)}
      </select></label
    >${p.list.failed ? html`<span class="picker-failed" role="status">${p.failedText}</span>` : nothing}
  </div>`;
}
