// Dyad timeline: event counts per quad class (lines, left axis) and mean
// Goldstein score (thick line, right axis), one point per period.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { QUAD_NAMES, QUAD_COLORS } from './api.js';

let plot = null;

function toEpoch(period) {
  // Periods are ISO dates (YYYY-MM-DD, the first day of the period).
  return Date.parse(`${period}T00:00:00Z`) / 1000;
}

export function renderTimeline(container, series) {
  if (plot) { plot.destroy(); plot = null; }
  container.textContent = '';
  const points = series.points || [];
  container.dataset.points = String(points.length);
  if (points.length === 0) {
    container.append('No events for this dyad and period.');
    return;
  }
  const xs = points.map((p) => toEpoch(p.period));
  const data = [xs];
  for (let q = 0; q < 4; q++) data.push(points.map((p) => (p.quad ? p.quad[q] : 0)));
  data.push(points.map((p) => (p.events > 0 ? p.goldstein_mean : null)));

  const width = Math.max(320, container.clientWidth || 600);
  const opts = {
    width,
    height: 260,
    scales: {
      // A lone period still gets a readable axis: a week either side.
      x: { time: true, range: (u, min, max) => (min === max ? [min - 7 * 86400, max + 7 * 86400] : [min, max]) },
      n: { range: (u, min, max) => [0, Math.max(1, max)] },
      g: { range: [-10, 10] },
    },
    series: [
      {},
      ...QUAD_NAMES.map((name, i) => ({ label: name, stroke: QUAD_COLORS[i], width: 1.5, scale: 'n', points: { size: 5 } })),
      { label: 'Goldstein (mean)', stroke: '#333', width: 2.5, scale: 'g', dash: [6, 3], points: { size: 6 } },
    ],
    axes: [
      {},
      { scale: 'n', label: 'events' },
      { scale: 'g', side: 1, label: 'Goldstein', grid: { show: false } },
    ],
  };
  plot = new uPlot(opts, data, container);
}

export function resizeTimeline(container) {
  if (plot) plot.setSize({ width: Math.max(320, container.clientWidth), height: 260 });
}
