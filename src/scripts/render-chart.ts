// Draws a horizontal bar chart with chart.js: only the parts a bar chart needs are registered.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { NARROW_CHART_QUERY, wrapLabel, type ChartData } from '../lib/chart-data.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

interface Theme {
  bar: string;
  highlight: string;
  text: string;
  grid: string;
  fontSize: number;
  fontFamily: string;
}

/** Colours and type come from the CSS tokens, so light, dark and zoom follow the page. */
function readTheme(canvas: HTMLCanvasElement): Theme {
  const style = getComputedStyle(canvas);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    bar: token('--chart-bar'),
    highlight: token('--chart-highlight'),
    text: token('--color-text'),
    grid: token('--color-border'),
    fontSize: parseFloat(style.fontSize) || 16,
    fontFamily: style.fontFamily,
  };
}

/** Diagonal stripes: the highlighted bar differs in pattern, not only in colour. */
function stripes(colour: string, background: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.fillStyle = colour;
  context.fillRect(0, 0, 8, 8);
  context.strokeStyle = background;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(0, 8);
  context.lineTo(8, 0);
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? colour;
}

const compactEuro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });

export function renderChart(canvas: HTMLCanvasElement, data: ChartData, live: HTMLElement): Chart<'bar'> {
  let theme = readTheme(canvas);
  const axisLabel = (value: number) =>
    data.format === 'euro' ? compactEuro.format(value) : `${value.toLocaleString('nl-NL')}${data.format === 'procent' ? '%' : ''}`;
  const narrowQuery = window.matchMedia(NARROW_CHART_QUERY);
  // Beside the bars long labels wrap; above the bars (narrow screens) they have the full width.
  const axisLabels = () => (narrowQuery.matches ? data.labels : data.labels.map((label) => wrapLabel(label)));
  const font = () => ({ size: theme.fontSize, family: theme.fontFamily });
  const colours = () =>
    data.values.map((_, index) => (index === data.highlight ? stripes(theme.highlight, getComputedStyle(document.body).backgroundColor) : theme.bar));

  // The amounts are written at the end of each bar, so no meaning is left to colour or tooltips.
  const valueLabels: Plugin<'bar'> = {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `${theme.fontSize}px ${theme.fontFamily}`;
      ctx.fillStyle = theme.text;
      ctx.textBaseline = 'middle';
      const bars = chart.getDatasetMeta(0).data;
      bars.forEach((bar, index) => ctx.fillText(data.valueLabels[index] ?? '', bar.x + 6, bar.y));
      // On narrow screens the category labels stand above the bars instead of beside them.
      if (narrowQuery.matches) {
        ctx.textBaseline = 'bottom';
        const left = chart.chartArea.left;
        bars.forEach((bar, index) => {
          const label = data.labels[index] ?? '';
          const height = (bar as unknown as { height: number }).height;
          // Shrink a label that is wider than the chart, rather than cut it off.
          ctx.font = `${theme.fontSize}px ${theme.fontFamily}`;
          const fit = Math.min(1, (chart.width - left) / ctx.measureText(label).width);
          ctx.font = `${Math.max(10, theme.fontSize * fit)}px ${theme.fontFamily}`;
          ctx.fillText(label, left, bar.y - height / 2 - 2, chart.width - left);
        });
      }
      ctx.restore();
    },
  };
  const labelRoom = () => {
    const context = canvas.getContext('2d');
    if (!context) return 120;
    context.font = `${theme.fontSize}px ${theme.fontFamily}`;
    return Math.max(...data.valueLabels.map((label) => context.measureText(label).width)) + 12;
  };

  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: axisLabels(),
      datasets: [
        {
          data: data.values,
          backgroundColor: colours(),
          borderColor: theme.text,
          borderWidth: data.values.map((_, index) => (index === data.highlight ? 2 : 0)),
          barPercentage: narrowQuery.matches ? 0.45 : 0.8,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // No animation: the bars stand still from the first frame (calmer, and a slow phone draws once, not twenty times).
      animation: false,
      layout: { padding: { right: labelRoom() } },
      scales: {
        x: {
          beginAtZero: true,
          grid: { color: theme.grid },
          ticks: { color: theme.text, font: font(), maxRotation: 0, maxTicksLimit: narrowQuery.matches ? 3 : 6, callback: (value) => axisLabel(Number(value)) },
        },
        y: { grid: { display: false }, ticks: { color: theme.text, font: font(), display: !narrowQuery.matches } },
      },
      plugins: {
        tooltip: { callbacks: { label: (item) => data.valueLabels[item.dataIndex] ?? '' }, titleFont: font(), bodyFont: font() },
      },
    },
    plugins: [valueLabels],
  });

  // Keyboard: arrow keys move through the bars, showing each bar's tooltip and announcing it.
  let active = -1;
  const activate = (index: number) => {
    active = (index + data.values.length) % data.values.length;
    const elements = [{ datasetIndex: 0, index: active }];
    chart.setActiveElements(elements);
    const bar = chart.getDatasetMeta(0).data[active];
    chart.tooltip?.setActiveElements(elements, { x: bar?.x ?? 0, y: bar?.y ?? 0 });
    chart.update();
    canvas.dataset.active = String(active);
    live.textContent = `${data.labels[active]}: ${data.valueLabels[active]}`;
  };
  const clear = () => {
    chart.setActiveElements([]);
    chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
    chart.update();
    delete canvas.dataset.active;
  };
  canvas.addEventListener('focus', () => activate(Math.max(active, 0)));
  canvas.addEventListener('blur', clear);
  canvas.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowRight: active + 1, ArrowUp: active - 1, ArrowLeft: active - 1, Home: 0, End: data.values.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      activate(target);
    } else if (event.key === 'Escape') clear();
  });

  // Follow a change of colour scheme or text size.
  const restyle = () => {
    theme = readTheme(canvas);
    const narrow = narrowQuery.matches;
    chart.data.labels = axisLabels();
    const dataset = chart.data.datasets[0];
    if (dataset) {
      dataset.backgroundColor = colours();
      dataset.borderColor = theme.text;
      dataset.barPercentage = narrow ? 0.45 : 0.8;
    }
    const { x, y } = chart.options.scales ?? {};
    if (x?.ticks) Object.assign(x.ticks, { color: theme.text, font: font(), maxTicksLimit: narrow ? 3 : 6 });
    if (y?.ticks) Object.assign(y.ticks, { color: theme.text, font: font(), display: !narrow });
    if (x?.grid) x.grid.color = theme.grid;
    chart.options.layout = { padding: { right: labelRoom() } };
    chart.update();
  };
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', restyle);
  window.addEventListener('resize', restyle);
  // data-rendered tells tests and screenshots that the bars are drawn.
  canvas.dataset.rendered = 'true';
  return chart;
}
