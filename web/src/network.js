// Actor network of a period: nodes are actors (size by event count), edges are
// directed source->target pairs (width by event count, colour by mean Goldstein).
// A small deterministic force layout: no library, and the same data always
// draws the same picture.
import { goldsteinColor } from './api.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function layout(nodes, edges, width, height) {
  const n = nodes.length;
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  // Start on a circle (deterministic), then relax.
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    return { x: width / 2 + (width / 3) * Math.cos(a), y: height / 2 + (height / 3) * Math.sin(a), vx: 0, vy: 0 };
  });
  const links = edges
    .map((e) => [index.get(e.source), index.get(e.target), e.weight])
    .filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const k = Math.sqrt((width * height) / Math.max(1, n)) * 0.6;
  for (let iter = 0; iter < 300; iter++) {
    const temp = 1 - iter / 300;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x;
        let dy = pos[i].y - pos[j].y;
        const d2 = Math.max(1, dx * dx + dy * dy);
        const f = (k * k) / d2;
        dx *= f; dy *= f;
        pos[i].vx += dx; pos[i].vy += dy;
        pos[j].vx -= dx; pos[j].vy -= dy;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[b].x - pos[a].x;
      const dy = pos[b].y - pos[a].y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = (d / k) * 0.5;
      pos[a].vx += dx * f / d * 10; pos[a].vy += dy * f / d * 10;
      pos[b].vx -= dx * f / d * 10; pos[b].vy -= dy * f / d * 10;
    }
    for (const p of pos) {
      // Gravity keeps disconnected parts on screen.
      p.vx += (width / 2 - p.x) * 0.02;
      p.vy += (height / 2 - p.y) * 0.02;
      const v = Math.hypot(p.vx, p.vy);
      const step = Math.min(v, 20 * temp + 1);
      if (v > 0) { p.x += (p.vx / v) * step; p.y += (p.vy / v) * step; }
      p.x = Math.max(30, Math.min(width - 30, p.x));
      p.y = Math.max(34, Math.min(height - 20, p.y));
      p.vx = 0; p.vy = 0;
    }
  }
  return pos;
}

export function renderNetwork(container, net, onNode) {
  container.textContent = '';
  const nodes = net.nodes || [];
  const edges = net.edges || [];
  container.dataset.nodes = String(nodes.length);
  if (nodes.length === 0) {
    container.append('No actor pairs in this period.');
    return;
  }
  const width = Math.max(320, container.clientWidth || 600);
  const height = 320;
  const pos = layout(nodes, edges, width, height);
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'actor network' });
  const defs = svg('defs', {});
  // Arrowheads in user space (not scaled by the edge width), tip at the line's end.
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' });
  marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#999' }));
  defs.append(marker);
  root.append(defs);
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  const maxN = Math.max(1, ...nodes.map((d) => d.events));
  const radius = nodes.map((d) => 5 + 10 * Math.sqrt(d.events / maxN));
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    // Stop the line at the target's circle so the arrowhead shows.
    const dx = pos[b].x - pos[a].x;
    const dy = pos[b].y - pos[a].y;
    const len = Math.max(1, Math.hypot(dx, dy));
    const cut = Math.min(len / 2, radius[b] + 2);
    const line = svg('line', {
      x1: pos[a].x, y1: pos[a].y, x2: pos[b].x - (dx / len) * cut, y2: pos[b].y - (dy / len) * cut,
      stroke: goldsteinColor(e.goldstein_mean), 'stroke-width': 1 + 5 * Math.sqrt(e.weight / maxW),
      'stroke-opacity': 0.7, 'marker-end': 'url(#arrow)', class: 'edge',
    });
    const title = svg('title', {});
    title.textContent = `${e.source} → ${e.target}: ${e.weight} events, mean Goldstein ${Number(e.goldstein_mean).toFixed(1)}`;
    line.append(title);
    root.append(line);
  }
  nodes.forEach((d, i) => {
    const g = svg('g', { class: 'node', transform: `translate(${pos[i].x},${pos[i].y})`, tabindex: 0 });
    g.append(svg('circle', { r: radius[i], fill: '#4a6fa5', stroke: '#fff', 'stroke-width': 1.5 }));
    const label = svg('text', { x: 0, y: -14, 'text-anchor': 'middle' });
    label.textContent = d.id;
    g.append(label);
    const title = svg('title', {});
    title.textContent = `${d.id}: ${d.events} events`;
    g.append(title);
    g.addEventListener('click', () => onNode && onNode(d.id));
    root.append(g);
  });
  container.append(root);
}
