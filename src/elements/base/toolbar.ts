import { html, nothing, type TemplateResult } from 'lit';
import type { ExportKind } from './export.js';
import type { FrameMessages } from './messages.js';

/** What the toolbar shows and what its buttons do. */
export interface ToolbarOptions {
  t: FrameMessages;
  tableOpen: boolean;
  tableId: string;
  exportable: boolean;
  onTable(): void;
  onExport(kind: ExportKind): void;
}

/** The "view as table" toggle and the export menu under the plot. */
export function renderToolbar(o: ToolbarOptions): TemplateResult {
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
        ? html`<div part="export" class="export" role="group" aria-label=${o.t.export}>
            <button type="button" class="export-csv" @click=${() => o.onExport('csv')}>
              ${o.t.downloadCSV}
            </button>
            <button type="button" class="export-svg" @click=${() => o.onExport('svg')}>
              ${o.t.downloadSVG}
            </button>
            <button type="button" class="export-png" @click=${() => o.onExport('png')}>
              ${o.t.downloadPNG}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}
