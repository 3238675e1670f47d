// Draws a horizontal bar chart with chart.js: only the parts a bar chart needs are registered.
// Every bar keeps its full label: chart.js never skips one (autoSkip off), long labels wrap onto
// more lines instead of being cut off, and the chart grows when its rows are too low for them.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin, type Scale } from 'chart.js';
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

/** chart.js's line height for tick labels; the row heights below count in these lines. */
const LINE_HEIGHT = 1.2;
/** Space between a label and its bar (narrow screens) and between two labels, in px. */
const GAP = 4;
/** Space between the axis and its labels, in px (chart.js ticks.padding). */
const TICK_PADDING = 3;
/** Beside the bars, labels take this share of the chart's width, or up to half if they need it. */
const LABEL_SHARE = 0.4;
/** At least this much room between two amounts on the axis, in ems of the text size. */
const MIN_TICK_GAP_EM = 1.5;

const compactEuro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });

/** A drawn chart: bars with unknown values as null, category labels wrapped into lines. */
export type BarChart = Chart<'bar', (number | null)[], string | string[]>;

/** The narrowest space between two neighbouring labels on the value axis, in px (Infinity for fewer than two). */
export function tickGap(scale: Scale | undefined, label: (value: number) => string, width: (text: string) => number): number {
  if (!scale) return Number.POSITIVE_INFINITY;
  const boxes = scale.ticks.map((tick) => {
    const centre = scale.getPixelForValue(tick.value);
    const half = width(label(tick.value)) / 2;
    return { start: centre - half, end: centre + half };
  });
  let gap = Number.POSITIVE_INFINITY;
  if (boxes.length < 2) return gap;
  boxes.reduce((previous, box) => {
    gap = Math.min(gap, box.start - previous.end);
    return box;
  });
  return gap;
}

export function renderChart(canvas: HTMLCanvasElement, data: ChartData, live: HTMLElement): BarChart {
  let theme = readTheme(canvas);
  const axisLabel = (value: number) =>
    data.format === 'euro' ? compactEuro.format(value) : `${value.toLocaleString('nl-NL')}${data.format === 'procent' ? '%' : ''}`;
  const narrowQuery = window.matchMedia(NARROW_CHART_QUERY);
  const graph = canvas.parentElement;
  const font = () => ({ size: theme.fontSize, family: theme.fontFamily, lineHeight: LINE_HEIGHT });
  const colours = () =>
    data.values.map((_, index) =>
      index === data.highlight ? stripes(theme.highlight, getComputedStyle(document.body).backgroundColor) : theme.bar,
    );
  const measure = canvas.getContext('2d');
  const textWidth = (text: string) => {
    if (!measure) return text.length * theme.fontSize * 0.6;
    measure.font = `${theme.fontSize}px ${theme.fontFamily}`;
    return measure.measureText(text).width;
  };
  /** Bar thickness on narrow screens, where the label stands above the bar. */
  const narrowBar = () => Math.round(theme.fontSize * 1.25);

  // The amounts are written at the end of each bar, so no meaning is left to colour or tooltips.
  const valueLabels: Plugin<'bar'> = {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `${theme.fontSize}px ${theme.fontFamily}`;
      ctx.fillStyle = theme.text;
      ctx.textBaseline = 'middle';
      // A rim in the page's colour around the letters keeps a grid line from running through them.
      ctx.strokeStyle = getComputedStyle(document.body).backgroundColor;
      ctx.lineWidth = 4;
      ctx.lineJoin = 'round';
      // An unknown value has no bar: its "onbekend" stands at the start of the axis.
      const zero = chart.scales.x?.getPixelForValue(0) ?? chart.chartArea.left;
      chart.getDatasetMeta(0).data.forEach((bar, index) => {
        const text = data.valueLabels[index] ?? '';
        const x = (data.values[index] === null ? zero : bar.x) + 6;
        ctx.strokeText(text, x, bar.y);
        ctx.fillText(text, x, bar.y);
      });
      ctx.restore();
    },
  };
  const labelRoom = () => Math.max(...data.valueLabels.map(textWidth)) + 12;

  /** Whether the layout waits for the chart to be shown (see layOut). */
  let stale = false;
  const chart: BarChart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: [...data.labels],
      datasets: [
        {
          data: data.values,
          backgroundColor: colours(),
          borderColor: theme.text,
          borderWidth: data.values.map((_, index) => (index === data.highlight ? 2 : 0)),
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
          ticks: { color: theme.text, font: font(), maxRotation: 0, callback: (value) => axisLabel(Number(value)) },
        },
        // Never skip a category label: every bar is named (wrapping and row height make them fit).
        y: {
          grid: { display: false, drawTicks: false },
          ticks: { color: theme.text, font: font(), autoSkip: false, padding: TICK_PADDING },
          // Beside the bars each label is centred in its row, which is high enough for it: chart.js's
          // room above and below for a label as tall as the longest would only squeeze the rows.
          afterFit: (scale) => {
            if (narrowQuery.matches) return;
            scale.paddingTop = 0;
            scale.paddingBottom = 0;
          },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items) => data.labels[items[0]?.dataIndex ?? 0] ?? '',
            label: (item) => data.valueLabels[item.dataIndex] ?? '',
          },
          titleFont: font(),
          bodyFont: font(),
        },
      },
    },
    plugins: [valueLabels],
  });

  /**
   * Lays the labels out for the current width: beside the bars, wrapped to at most LABEL_SHARE of the
   * width; on narrow screens above the bars (mirrored into the chart area), wrapped to the full width.
   * Then makes the rows high enough for the longest label, growing the chart if the reserved height
   * is too low, and redraws.
   */
  const layOut = () => {
    // A hidden chart (on /gemeenten/ only the chart of the sorted column shows) has no width to wrap
    // its labels in: lay it out when it gets one again (the ResizeObserver below), not one letter per line now.
    if (!graph || graph.clientWidth === 0) {
      stale = true;
      delete canvas.dataset.rendered;
      return;
    }
    stale = false;
    const narrow = narrowQuery.matches;
    const lineHeight = theme.fontSize * LINE_HEIGHT;
    const bar = narrowBar();
    chart.resize();
    const dataset = chart.data.datasets[0];
    if (dataset) {
      dataset.backgroundColor = colours();
      dataset.borderColor = theme.text;
      dataset.barThickness = narrow ? bar : 'flex';
    }
    const { x: xScale, y: yScale } = chart.options.scales ?? {};
    if (xScale?.ticks) Object.assign(xScale.ticks, { color: theme.text, font: font(), maxTicksLimit: narrow ? 3 : 6 });
    // Above the bars (narrow), labels stand in the chart area: lines across it would strike through
    // them, so the lines are only marks at the axis there.
    if (xScale?.grid) Object.assign(xScale.grid, { color: theme.grid, drawOnChartArea: !narrow });
    if (yScale?.ticks) Object.assign(yScale.ticks, { color: theme.text, font: font(), mirror: narrow });
    chart.options.layout = { padding: { right: labelRoom() } };
    // Mirrored labels (narrow) take no width from the chart: lay out once to see where they start.
    if (narrow) chart.update();
    const wrap = (room: number) => data.labels.map((label) => wrapLabel(label, (line) => textWidth(line) <= room));
    const lineCount = (labels: string[][]) => Math.max(1, ...labels.map((label) => label.length));
    let wrapped: string[][];
    if (narrow) {
      wrapped = wrap(chart.width - (chart.scales.y?.right ?? 0) - 2 * TICK_PADDING);
    } else {
      // chart.js gives an axis beside the chart at most half the width left after the padding.
      const widest = (chart.width - labelRoom()) / 2 - 2 * TICK_PADDING - 1;
      wrapped = wrap(Math.min(chart.width * LABEL_SHARE, widest));
      // Rather than make the rows higher than reserved, give the labels the widest column allowed.
      const reservedRow = graph?.querySelector<HTMLElement>('.chart__rows > span')?.offsetHeight ?? 0;
      if (lineCount(wrapped) * lineHeight + GAP > reservedRow) wrapped = wrap(widest);
    }
    const lines = lineCount(wrapped);
    // Above the bars, every label gets the same number of lines (empty ones on top), so that one
    // offset puts the last line of each label just above its bar.
    chart.data.labels = narrow ? wrapped.map((label) => [...Array<string>(lines - label.length).fill(''), ...label]) : wrapped;
    // chart.update() rebuilds the scale options, so look them up again after it.
    const yTicks = chart.options.scales?.y?.ticks;
    if (yTicks) yTicks.labelOffset = narrow ? -(bar / 2 + GAP + (lines * lineHeight) / 2) : 0;
    chart.update();

    // Each row must hold its label: beside the bar, the label's lines; on narrow screens, the lines
    // plus the bar below them. Grow the chart when the reserved rows are lower than that.
    if (!graph) return;
    const rows = data.values.length;
    const needed = narrow ? bar + lines * lineHeight + 2 * GAP : lines * lineHeight + GAP;
    const rowSize = (chart.scales.y?.height ?? 0) / Math.max(rows, 1);
    const reserved = graph.querySelector<HTMLElement>('.chart__rows')?.offsetHeight ?? 0;
    const wanted = Math.ceil(chart.height + rows * (needed - rowSize));
    graph.style.minBlockSize = wanted > reserved ? `${wanted}px` : '';
    if (graph.clientHeight !== chart.height) {
      chart.resize();
      chart.update();
    }
    spaceTicks(narrow ? 3 : 6);
  };

  /**
   * Fewer amounts on the axis until each stands clear of the next (MIN_TICK_GAP_EM): chart.js picks
   * round steps for at most maxTicksLimit ticks, but does not check that wide labels ("€ 3 mln.") fit.
   */
  const spaceTicks = (most: number) => {
    for (let limit = most; ; limit--) {
      const gap = tickGap(chart.scales.x, axisLabel, textWidth);
      canvas.dataset.tickGap = String(Math.floor(gap));
      const ticks = chart.options.scales?.x?.ticks;
      if (gap >= MIN_TICK_GAP_EM * theme.fontSize || limit <= 2 || !ticks) return;
      Object.assign(ticks, { maxTicksLimit: limit - 1 });
      chart.update();
    }
  };
  layOut();

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
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowRight: active + 1,
      ArrowUp: active - 1,
      ArrowLeft: active - 1,
      Home: 0,
      End: data.values.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      activate(target);
    } else if (event.key === 'Escape') clear();
  });

  // Follow a change of colour scheme, text size or width.
  const restyle = () => {
    theme = readTheme(canvas);
    layOut();
  };
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', restyle);
  window.addEventListener('resize', restyle);
  // A layout skipped while hidden (see layOut) is caught up on as soon as the chart has a width again.
  new ResizeObserver(() => {
    if (stale && graph && graph.clientWidth > 0)
      requestAnimationFrame(() => {
        layOut();
        if (!stale) canvas.dataset.rendered = 'true';
      });
  }).observe(graph ?? canvas);
  // data-rendered tells tests and screenshots that the bars are drawn (and laid out for the current width).
  if (!stale) canvas.dataset.rendered = 'true';
  return chart;
}
