// <sortable-table>: header cells with data-sort become buttons that sort the rows by each
// cell's data-value (numbers) or text. aria-sort and a live region say how the table is sorted,
// and the chart of the sorted column shows.
const collator = new Intl.Collator('nl', { numeric: true });

class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body) return;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
    showChartFor(document.querySelector<HTMLElement>('[data-chart-column][data-default]')?.dataset.chartColumn);
    for (const header of headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = header.textContent?.trim() ?? '';
      header.replaceChildren(button);
      button.addEventListener('click', () => {
        const ascending = header.getAttribute('aria-sort') !== 'ascending';
        this.#sort(body, header.cellIndex, ascending);
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        showChartFor(header.dataset.sort);
        const status = this.querySelector('[data-sort-status]');
        if (status) status.textContent = `Gesorteerd op ${button.textContent}, ${ascending ? 'oplopend' : 'aflopend'}.`;
      });
    }
  }

  #sort(body: HTMLTableSectionElement, column: number, ascending: boolean): void {
    const key = (row: HTMLTableRowElement) => {
      const cell = row.cells[column];
      return cell?.dataset.value ?? cell?.textContent?.trim() ?? '';
    };
    const rows = [...body.rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const numeric = x !== '' && y !== '' && !Number.isNaN(Number(x)) && !Number.isNaN(Number(y));
      const order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
      return ascending ? order : -order;
    });
    body.append(...rows);
  }
}

/**
 * Shows the chart of `column` and hides the other column charts on the page (elements with
 * data-chart-column). Without JavaScript all of them show. A column without a chart changes nothing.
 */
function showChartFor(column: string | undefined): void {
  const charts = [...document.querySelectorAll<HTMLElement>('[data-chart-column]')];
  if (!column || !charts.some((chart) => chart.dataset.chartColumn === column)) return;
  for (const chart of charts) chart.hidden = chart.dataset.chartColumn !== column;
}

if (!customElements.get('sortable-table')) customElements.define('sortable-table', SortableTable);
