// <chart-figure>: shows a chart or its table, keeps the choice in the URL (#<id>=tabel), and draws
// the chart when it comes near the viewport. Without JavaScript the table shows. The chart code
// (chart.js) is not needed to paint the page: it is fetched once the page has loaded and the browser
// is idle, so it is there before a reader scrolls to a chart, and never delays the first paint.
import type { ChartData } from '../lib/chart-data.ts';
import type { BarChart } from './render-chart.ts';

type View = 'grafiek' | 'tabel';

/** The chart code, requested once per page after the load event, when the browser is idle. */
let chartCode: Promise<typeof import('./render-chart.ts')> | undefined;
const loadChartCode = () => (chartCode ??= import('./render-chart.ts'));

function prefetchWhenIdle(): void {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(() => void loadChartCode(), { timeout: 2000 }) : setTimeout(loadChartCode, 200);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

class ChartFigure extends HTMLElement {
  #rendered = false;
  #visible = false;
  #chart: BarChart | undefined;

  /** The drawn chart.js instance, once drawn: lets tests read what chart.js laid out, without a global. */
  get chart(): BarChart | undefined {
    return this.#chart;
  }

  connectedCallback(): void {
    prefetchWhenIdle();
    const toggle = this.querySelector<HTMLButtonElement>('.chart__toggle');
    this.#show(this.#viewFromHash() ?? 'grafiek');
    toggle?.addEventListener('click', () => {
      const next: View = this.dataset.view === 'tabel' ? 'grafiek' : 'tabel';
      this.#show(next);
      history.replaceState(history.state, '', `#${this.id}=${next}`);
    });
    window.addEventListener('hashchange', () => {
      const view = this.#viewFromHash();
      if (view) this.#show(view);
    });
    new IntersectionObserver(
      (entries, observer) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        this.#visible = true;
        this.#renderWhenNeeded();
      },
      { rootMargin: '200px 0px' },
    ).observe(this);
  }

  #viewFromHash(): View | undefined {
    const hash = decodeURIComponent(location.hash.slice(1));
    if (hash === `${this.id}=tabel`) return 'tabel';
    if (hash === `${this.id}=grafiek`) return 'grafiek';
    return undefined;
  }

  #show(view: View): void {
    this.dataset.view = view;
    const toggle = this.querySelector('.chart__toggle');
    if (toggle) toggle.textContent = view === 'grafiek' ? 'Toon als tabel' : 'Toon als grafiek';
    this.#renderWhenNeeded();
  }

  async #renderWhenNeeded(): Promise<void> {
    if (this.#rendered || !this.#visible || this.dataset.view !== 'grafiek') return;
    this.#rendered = true;
    const canvas = this.querySelector('canvas');
    const live = this.querySelector<HTMLElement>('[data-chart-live]');
    if (!canvas || !live || !this.dataset.chart) return;
    // Let the page paint first; the chart is an enhancement of the table.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const { renderChart } = await loadChartCode();
    // Loading chart.js and drawing are two tasks, not one long one: the page stays responsive.
    await new Promise((resolve) => setTimeout(resolve));
    this.#chart = renderChart(canvas, JSON.parse(this.dataset.chart) as ChartData, live);
  }
}

if (!customElements.get('chart-figure')) customElements.define('chart-figure', ChartFigure);
