// <chart-figure>: shows a chart or its table, keeps the choice in the URL (#<id>=tabel), and draws
// the chart when it comes near the viewport. Without JavaScript the table shows. The chart code
// (chart.js) is not needed to paint the page. It is fetched when the reader first scrolls (on the way
// to a chart, long before it comes near), or else a few seconds after the page has loaded, when the
// browser is idle: never in the way of the first paint or the first interactions. (Fetching it as soon
// as the page was idle cost 110-150 ms of Total Blocking Time in Lighthouse's mobile simulation.)
import type { ChartData } from '../lib/chart-data.ts';
import type { BarChart } from './render-chart.ts';

type View = 'grafiek' | 'tabel';

/** The chart code, requested once per page after the load event, when the browser is idle. */
let chartCode: Promise<typeof import('./render-chart.ts')> | undefined;
const loadChartCode = () => (chartCode ??= import('./render-chart.ts'));

/** After the load event, how long the page is left alone before the chart code is fetched anyway. */
const AFTER_LOAD_MS = 3000;
let prefetchPlanned = false;

function prefetchSoon(): void {
  if (prefetchPlanned) return;
  prefetchPlanned = true;
  const start = () => void loadChartCode();
  addEventListener('scroll', start, { once: true, passive: true });
  const later = () =>
    setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 2000 }) : start()), AFTER_LOAD_MS);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
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
    prefetchSoon();
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
