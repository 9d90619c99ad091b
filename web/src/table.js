// Event table with filters and cursor paging. Clicking a row opens the
// article with that event's evidence marked.
import { api, el, QUAD_COLORS, goldsteinColor } from './api.js';

const PAGE = 25;

export class EventTable {
  constructor(table, pager, onSelect, onStatus) {
    this.tbody = table.querySelector('tbody');
    this.prevBtn = pager.prev;
    this.nextBtn = pager.next;
    this.info = pager.info;
    this.onSelect = onSelect;
    this.onStatus = onStatus;
    this.filters = {};
    this.cursors = [null]; // cursors[i] = the cursor that loads page i
    this.page = 0;
    this.prevBtn.addEventListener('click', () => { if (this.page > 0) { this.page--; this.load(); } });
    this.nextBtn.addEventListener('click', () => { this.page++; this.load(); });
  }

  setFilters(filters) {
    this.filters = filters;
    this.cursors = [null];
    this.page = 0;
    return this.load();
  }

  async load() {
    const params = { ...this.filters, limit: PAGE };
    if (this.cursors[this.page]) params.cursor = this.cursors[this.page];
    let res;
    try {
      res = await api('/api/events', params);
    } catch (err) {
      this.onStatus(err.message, true);
      return;
    }
    this.cursors[this.page + 1] = res.next_cursor || null;
    this.tbody.textContent = '';
    for (const ev of res.events) {
      const tr = el('tr', { 'data-id': String(ev.id), 'data-article': String(ev.article_id), tabindex: 0 },
        el('td', {}, ev.date || ''),
        el('td', { title: ev.source ? ev.source.text || '' : '' }, ev.source ? ev.source.code : '—'),
        el('td', { title: ev.target ? ev.target.text || '' : '' }, ev.target ? ev.target.code : '—'),
        el('td', {}, ev.cameo),
        el('td', {}, el('span', { class: 'quad', style: `background:${QUAD_COLORS[(ev.quad || 1) - 1]}` }, String(ev.quad))),
        el('td', { style: `color:${goldsteinColor(ev.goldstein)}` }, Number(ev.goldstein).toFixed(1)),
        el('td', {}, ev.modality || ''),
        el('td', { class: 'sentence' }, ev.sentence || ''));
      tr.addEventListener('click', () => this.select(tr, ev));
      tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') this.select(tr, ev); });
      this.tbody.append(tr);
    }
    if (res.events.length === 0) {
      this.tbody.append(el('tr', {}, el('td', { colspan: 8, class: 'muted' }, 'No events match.')));
    }
    this.prevBtn.disabled = this.page === 0;
    this.nextBtn.disabled = !res.next_cursor;
    this.info.textContent = ` page ${this.page + 1} `;
  }

  select(tr, ev) {
    for (const r of this.tbody.querySelectorAll('tr.selected')) r.classList.remove('selected');
    tr.classList.add('selected');
    this.onSelect(ev);
  }
}
