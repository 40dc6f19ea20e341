import { html, nothing, type TemplateResult } from 'lit';
import type { ExportKind } from './export.js';
import type { FrameMessages } from './messages.js';

/** What the toolbar shows and what its buttons do. */
export interface ToolbarOptions {
  t: FrameMessages;
  tableOpen: boolean;
  tableId: string;
  exportable: boolean;
  /** Whether the Download menu is open. */
  menuOpen: boolean;
  onTable(): void;
  /** Opens or closes the Download menu; `refocus` moves focus back to the Download button. */
  onMenu(open: boolean, refocus?: boolean): void;
  onExport(kind: ExportKind): void;
  /** Why the last export failed (shown as an alert beside the menu), if it did. */
  exportError?: string | undefined;
}

const KINDS = ['csv', 'svg', 'png'] as const;

/** The toolbar's room while the chart loads: the same buttons, invisible and inert, so nothing moves later. */
export function renderToolbarPlaceholder(t: FrameMessages, exportable: boolean): TemplateResult {
  return html`<div part="toolbar" class="toolbar placeholder" inert aria-hidden="true">
    <button type="button" tabindex="-1">${t.showTable}</button>
    ${exportable ? html`<button type="button" tabindex="-1">${t.download}</button>` : nothing}
  </div>`;
}

/**
 * The "view as table" toggle and the export menu under the plot: a Download disclosure button (`aria-expanded`,
 * `aria-controls`) showing CSV / SVG / PNG in a popover; Escape, a choice, or focus leaving closes it.
 */
export function renderToolbar(o: ToolbarOptions): TemplateResult {
  const keydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !o.menuOpen) return;
    e.stopPropagation();
    o.onMenu(false, true);
  };
  const focusout = (e: FocusEvent) => {
    if (!(e.currentTarget as Element).contains(e.relatedTarget as Node | null)) o.onMenu(false);
  };
  return html`<div part="toolbar" class="toolbar">
    <button
      type="button"
      part="table-toggle"
      class="table-toggle"
      aria-expanded=${o.tableOpen ? 'true' : 'false'}
      aria-controls=${o.tableId}
      @click=${o.onTable}
    >
      ${o.tableOpen ? o.t.hideTable : o.t.showTable}
    </button>
    ${
      o.exportable
        ? html`<div part="export" class="export" @keydown=${keydown} @focusout=${focusout}>
            <button
              type="button"
              class="export-toggle"
              aria-expanded=${o.menuOpen ? 'true' : 'false'}
              aria-controls="export-menu"
              @click=${() => o.onMenu(!o.menuOpen)}
            >
              ${o.t.download}
            </button>
            <div id="export-menu" class="export-menu" ?hidden=${!o.menuOpen}>
              ${KINDS.map(
                (kind) =>
                  html`<button
                    type="button"
                    class="export-${kind}"
                    aria-label=${o.t[`download${kind.toUpperCase() as Uppercase<ExportKind>}`]}
                    @click=${() => o.onExport(kind)}
                  >
                    ${kind.toUpperCase()}
                  </button>`,
              )}
            </div>
          </div>`
        : nothing
    }
    ${o.exportError ? html`<p part="export-error" class="export-error" role="alert">${o.exportError}</p>` : nothing}
  </div>`;
}
