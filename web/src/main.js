// dyad dashboard: wires the controls to the timeline, network, event table
// and article view. State lives in the form fields; nothing is cached.
import './style.css';
import { api, el } from './api.js';
import { renderTimeline, resizeTimeline } from './timeline.js';
import { renderNetwork } from './network.js';
import { EventTable } from './table.js';
import { renderArticle } from './article.js';

const $ = (id) => document.getElementById(id);
const statusBox = $('status');

function status(msg, isError = false) {
  statusBox.textContent = msg || '';
  statusBox.classList.toggle('error', !!isError);
}

const table = new EventTable($('events'), { prev: $('prev'), next: $('next'), info: $('page-info') },
  (ev) => showArticle(ev.article_id, ev.id), status);

async function showArticle(articleId, eventId) {
  try {
    const data = await api(`/api/articles/${encodeURIComponent(articleId)}`);
    renderArticle($('article'), data, eventId);
    $('article-panel').scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (err) {
    status(err.message, true);
  }
}

function period() {
  return { from: $('from').value, to: $('to').value };
}

async function refresh() {
  status('');
  const dyad = $('dyad').value.trim().toUpperCase();
  const { from, to } = period();
  const by = $('by').value;
  $('timeline-title').textContent = dyad ? `${dyad}, by ${by}` : '';
  $('network-title').textContent = from || to ? `${from || '…'} to ${to || '…'}` : 'all dates';
  const jobs = [];
  if (dyad) {
    jobs.push(api('/api/series', { dyad, by, from, to })
      .then((s) => renderTimeline($('timeline'), s))
      .catch((err) => status(err.message, true)));
  }
  jobs.push(api('/api/network', { from, to })
    .then((n) => renderNetwork($('network'), n, (actor) => {
      const f = $('event-filters');
      f.elements.source.value = actor;
      f.elements.target.value = '';
      applyEventFilters();
    }))
    .catch((err) => status(err.message, true)));
  jobs.push(applyEventFilters());
  await Promise.all(jobs);
}

function applyEventFilters() {
  const f = $('event-filters');
  const filters = { ...period() };
  for (const name of ['source', 'target', 'root', 'quad', 'q']) {
    const v = f.elements[name].value.trim();
    if (v) filters[name] = name === 'q' ? v : v.toUpperCase();
  }
  const dyad = $('dyad').value.trim().toUpperCase();
  if (dyad && !filters.source && !filters.target) filters.dyad = dyad;
  return table.setFilters(filters);
}

$('controls').addEventListener('submit', (e) => { e.preventDefault(); refresh(); });
$('event-filters').addEventListener('submit', (e) => { e.preventDefault(); applyEventFilters(); });
window.addEventListener('resize', () => resizeTimeline($('timeline')));

const iso = (d) => d.toISOString().slice(0, 10);

async function init() {
  try {
    // Start on the last 90 days of data: all-time aggregates of a large store
    // are slow, and recent events are what one looks at first.
    if (!$('from').value && !$('to').value) {
      const latest = await api('/api/events', { limit: 1, order: 'newest' });
      const last = latest.events.length ? latest.events[0].date : null;
      if (last) {
        const end = new Date(`${last}T00:00:00Z`);
        $('to').value = last;
        $('from').value = iso(new Date(end.getTime() - 90 * 86400000));
      }
    }
    const res = await api('/api/dyads', { limit: 50, ...period() });
    const list = $('dyad-list');
    for (const d of res.dyads) list.append(el('option', { value: `${d.source}-${d.target}` }, `${d.events} events`));
    if (res.dyads.length && !$('dyad').value) $('dyad').value = `${res.dyads[0].source}-${res.dyads[0].target}`;
  } catch (err) {
    status(err.message, true);
  }
  await refresh();
  document.body.dataset.ready = '1';
}

init();
