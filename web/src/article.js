// Article view: the article text with the chosen event's source, verb and
// target marked, every other event's verb underlined (click to switch), and the
// article's quotations listed with their speakers.
//
// The API gives spans as Unicode code point offsets into the article text
// (the store's convention); the browser indexes strings in UTF-16 units, so
// offsets are converted once per article (they differ past any emoji or other
// character outside the Basic Multilingual Plane).
import { el, QUAD_NAMES } from './api.js';

// Returns a function mapping a code point offset to a UTF-16 index.
export function codePointsToUtf16(text) {
  const map = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[Math.max(0, Math.min(map.length - 1, cp))];
}

function spanOf(ev, role) {
  const s = ev.evidence && ev.evidence.spans ? ev.evidence.spans[role] : null;
  return Array.isArray(s) && s.length === 2 ? s : null;
}

// Splits text at every span edge and wraps each piece in the classes covering it.
function markedText(text, toUnit, ranges) {
  const cuts = new Set([0, text.length]);
  const rs = ranges
    .map((r) => ({ ...r, b: toUnit(r.begin), e: toUnit(r.end) }))
    .filter((r) => r.e > r.b);
  for (const r of rs) { cuts.add(r.b); cuts.add(r.e); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const b = points[i];
    const e = points[i + 1];
    const piece = text.slice(b, e);
    const covering = rs.filter((r) => r.b <= b && r.e >= e);
    if (covering.length === 0) { frag.append(piece); continue; }
    const main = covering.find((r) => r.role);
    const node = document.createElement(main ? 'mark' : 'span');
    node.className = covering.map((r) => r.cls).join(' ');
    if (main) node.dataset.role = main.role;
    const click = covering.find((r) => r.onclick);
    if (click) { node.addEventListener('click', click.onclick); node.title = click.title || ''; }
    node.textContent = piece;
    frag.append(node);
  }
  return frag;
}

export function renderArticle(container, data, selectedEventId) {
  container.textContent = '';
  container.classList.remove('muted');
  const art = data.article;
  const events = data.events || [];
  const quotes = data.quotes || [];
  let selected = events.find((e) => String(e.id) === String(selectedEventId)) || events[0] || null;
  const toUnit = codePointsToUtf16(art.text || '');

  const head = el('div', { class: 'article-head' },
    el('h3', {}, art.title || `(article ${art.id})`),
    el('div', { class: 'muted' }, [art.date, art.url].filter(Boolean).join(' · ')));
  const legend = el('div', { class: 'legend' },
    el('mark', { class: 'ev-source' }, 'source'), ' ',
    el('mark', { class: 'ev-verb' }, 'verb'), ' ',
    el('mark', { class: 'ev-target' }, 'target'), ' ',
    el('span', { class: 'other-verb' }, 'other event'));
  const body = el('div', { id: 'article-text', class: 'article-text' });
  const info = el('div', { id: 'event-info', class: 'event-info' });
  const list = el('ol', { class: 'event-list' });
  const qlist = el('ul', { class: 'quote-list' });

  function draw() {
    const ranges = [];
    for (const ev of events) {
      if (ev === selected) continue;
      const v = spanOf(ev, 'verb');
      if (v) ranges.push({ begin: v[0], end: v[1], cls: 'other-verb', onclick: () => { selected = ev; draw(); }, title: `${ev.cameo} ${ev.source ? ev.source.code : '?'} → ${ev.target ? ev.target.code : '?'}` });
    }
    for (const q of quotes) {
      if (q.end > q.start) ranges.push({ begin: q.start, end: q.end, cls: 'quoted' });
    }
    if (selected) {
      for (const role of ['source', 'verb', 'target']) {
        const s = spanOf(selected, role);
        if (s) ranges.push({ begin: s[0], end: s[1], cls: `ev-${role}`, role });
      }
    }
    body.textContent = '';
    body.append(markedText(art.text || '', toUnit, ranges));
    info.textContent = '';
    if (selected) {
      info.append(
        el('strong', {}, `${selected.cameo}`), ' ',
        `${selected.source ? selected.source.code : '—'} → ${selected.target ? selected.target.code : '—'}`,
        ` · ${QUAD_NAMES[(selected.quad || 1) - 1] || ''} · Goldstein ${selected.goldstein} · ${selected.modality || ''}`,
        selected.evidence && selected.evidence.rule ? ` · rule ${selected.evidence.rule}` : '');
    }
    for (const li of list.children) li.classList.toggle('selected', li.dataset.id === String(selected && selected.id));
    const first = body.querySelector('mark[data-role]');
    if (first && first.scrollIntoView) first.scrollIntoView({ block: 'nearest' });
  }

  for (const ev of events) {
    const li = el('li', { 'data-id': String(ev.id) },
      el('a', { href: '#', onclick: (e) => { e.preventDefault(); selected = ev; draw(); } },
        `${ev.cameo} ${ev.source ? ev.source.code : '—'} → ${ev.target ? ev.target.code : '—'}`),
      ` ${ev.evidence && ev.evidence.verb ? '“' + ev.evidence.verb + '”' : ''}`);
    list.append(li);
  }
  for (const q of quotes) {
    qlist.append(el('li', {},
      el('q', {}, q.text || ''), ' — ',
      el('span', { class: 'speaker' }, q.speaker ? `${q.speaker.text || ''} (${q.speaker.code || '?'})` : 'unknown speaker')));
  }

  container.append(head, legend, info, body,
    el('h4', {}, `Events in this article (${events.length})`), list,
    el('h4', {}, `Quotations (${quotes.length})`), qlist);
  draw();
}
