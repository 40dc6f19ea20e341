import { html, nothing, type TemplateResult } from 'lit';
import { columnHeadings, hasOwnBuckets, type PointModel } from '../../chart/points.js';

/** Id of the table's container, which the table toggle controls. */
export const TABLE_ID = 'data-table';

/** The table while it is open, else an empty hidden placeholder with the same id (for `aria-controls`). */
export function renderTableView(model: PointModel, open: boolean, caption: () => string): TemplateResult {
  return open ? renderTable(model, caption(), TABLE_ID) : html`<div id=${TABLE_ID} hidden></div>`;
}

/** The data as a real table: caption, a column per series, a row header per bucket. */
export function renderTable(model: PointModel, caption: string, id: string): TemplateResult {
  return html`<div class="table-wrap" id=${id}>
    <table part="table" class="data-table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${model.bucketHeading}</th>
          ${model.series.flatMap((s) => columnHeadings(model, s)).map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.labels.map(
          (label, i) =>
            html`<tr>
              <th scope="row">${label}</th>
              ${model.series.map((s) => {
                const own = hasOwnBuckets(s) ? html`<td>${s.points[i]?.own?.label ?? ''}</td>` : nothing;
                return html`${own}
                  <td>${s.points[i]?.formatted ?? ''}</td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
