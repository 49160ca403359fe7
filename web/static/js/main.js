// The page: wires the search box, the filters, the graph and the panel to
// the JSON endpoints and keeps the view's state in the address.

import { get } from './api.js';
import { completeActors } from './complete.js';
import * as st from './state.js';
import { el, clear, monthName, plural } from './dom.js';
import { Graph, TYPE_COLOURS, TYPE_NAMES, edgeColour } from './graph.js';
import { Panel } from './panel.js';
import { Gizmo } from './gizmo.js';

const $ = (id) => document.getElementById(id);

let state = st.read();
let view = null; // the last /api/view answer
let loading = null; // the AbortController of the request under way

const handlers = {
  focus: (id) => focus(id),
  home: () => home(),
  edge: (s, t) => openEdge(s, t, true),
  dyad: (a, b) => openDyad(a, b, true),
  closePanel: () => closePanel(),
};

const panel = new Panel($('panel-body'), handlers);
const graph = new Graph($('cy'), {
  onNode: (id) => (state.actors.length ? expand(id) : focus(id)),
  onEdge: (s, t) => openEdge(s, t, true),
});
const gizmo = new Gizmo($('gizmo'), {
  highlight: (ids) => graph.highlight(ids),
  map: (ids) => showActors(ids.slice(0, 12)),
  focus: (id) => focus(id),
  resized: () => requestAnimationFrame(() => graph.refit()),
});
window.diplograph = { graph, cy: graph.cy, gizmo, exports: [], get state() { return state; } };

function setStatus(text, error = false) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', error);
}

function busy(phase) {
  document.body.dataset.state = phase;
}

/** viewParams are the parameters of /api/view for the state. */
function viewParams(actors = state.actors) {
  const p = st.filters(state);
  p.set('top', String(state.top));
  p.set('measure', state.measure);
  if (actors.length) p.set('actor', actors.join(','));
  return p;
}

/** load fetches the view for the state and draws it, then the panel. */
async function load() {
  if (loading) loading.abort();
  const ctl = new AbortController();
  loading = ctl;
  busy('loading');
  setStatus('Loading…');
  syncControls();
  try {
    view = await get('/api/view', viewParams(), ctl.signal);
  } catch (err) {
    if (err.name === 'AbortError') return;
    busy('error');
    setStatus(`Could not load the view: ${err.message}`, true);
    panel.error('The view could not be loaded', err);
    return;
  }
  if (loading !== ctl) return;
  loading = null;
  fillControls(view.corpus);
  graph.show(view, state.actors[0]);
  if (!$('gizmo').hidden) graph.highlight(gizmo.ids);
  crumbs();
  const t = view.total;
  setStatus(`${plural(view.nodes.length, 'actor')}, ${plural(view.edges.length, 'edge')} shown · ` +
    `${plural(t.triples, 'triple')} pass the filters`);
  if (view.missing && view.missing.length) {
    setStatus(`No relation under these filters for: ${view.missing.join(', ')}`, true);
  }
  await showPanel();
  busy('ready');
}

/** showPanel fills the panel for the state: an edge, a dyad, an actor or the overview. */
async function showPanel() {
  graph.selectEdge(null);
  if (state.edge) {
    const [s, t] = state.edge.split('>');
    return openEdge(s, t, false);
  }
  if (state.dyad) {
    const [a, b] = state.dyad.split(',');
    return openDyad(a, b, false);
  }
  if (view.focus) return panel.actor(view, state);
  if (state.actors.length) return panel.message('Nothing to show', 'This actor has no relation that passes the filters.');
  return panel.overview(view, state);
}

async function openEdge(s, t, push) {
  state.edge = `${s}>${t}`;
  state.dyad = '';
  st.write(state, push);
  graph.selectEdge(`${s}>${t}`);
  try {
    const e = await get('/api/edge', withFilters({ source: s, target: t }));
    panel.edge(e, state);
  } catch (err) {
    panel.error('No evidence to show', err);
  }
}

async function openDyad(a, b, push) {
  state.dyad = `${a},${b}`;
  state.edge = '';
  st.write(state, push);
  try {
    const d = await get('/api/dyad', withFilters({ a, b }));
    panel.dyad(d, state);
  } catch (err) {
    panel.error('No timeline to show', err);
  }
}

function withFilters(extra) {
  const p = st.filters(state);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p;
}

function closePanel() {
  state.edge = '';
  state.dyad = '';
  st.write(state, true);
  graph.selectEdge(null);
  if (view && view.focus) panel.actor(view, state);
  else if (view) panel.overview(view, state);
}

function focus(id) {
  state.actors = [id];
  state.edge = '';
  state.dyad = '';
  st.write(state, true);
  load();
}

function home() {
  state.actors = [];
  state.edge = '';
  state.dyad = '';
  st.write(state, true);
  load();
}

/** showActors draws the neighbourhoods of a few actors, the first as the focus. */
function showActors(ids) {
  if (!ids.length) return;
  state.actors = ids;
  state.edge = '';
  state.dyad = '';
  st.write(state, true);
  load();
}

/** expand adds a node's neighbourhood to the graph without redrawing the rest. */
async function expand(id) {
  if (!state.actors.includes(id)) {
    state.actors = [...state.actors, id];
  }
  state.edge = '';
  state.dyad = '';
  st.write(state, true);
  busy('loading');
  try {
    const nb = await get('/api/view', viewParams([id]));
    const added = graph.merge(nb, id);
    if (!$('gizmo').hidden) graph.highlight(gizmo.ids);
    crumbs();
    setStatus(`${nb.focus ? nb.focus.actor.name : id}: ${plural(added, 'new actor')} added`);
    if (nb.focus) panel.actor(nb, state);
  } catch (err) {
    setStatus(`Could not expand ${id}: ${err.message}`, true);
  }
  busy('ready');
}

/** crumbs shows where the view is: overview, or the focus and the expanded actors. */
function crumbs() {
  const c = clear($('crumbs'));
  if (!state.actors.length) {
    c.append(el('span', {}, `Top ${state.top} by ${$('f-measure').selectedOptions[0]?.textContent || state.measure}`));
    return;
  }
  c.append(el('button', { type: 'button', onclick: home, title: 'Back to the most central actors' }, '← Overview'));
  const names = Object.fromEntries((view?.nodes || []).map((n) => [n.id, n.name]));
  for (const n of graph.cy.nodes()) names[n.id()] = n.data('label');
  state.actors.forEach((id, i) => {
    c.append(el('span', { className: i === 0 ? 'focus' : '' }, `${i === 0 ? '' : '+ '}${names[id] || id}`));
  });
}

// Filters.

let filled = '';

/** fillControls fills the month and relation menus from the corpus. */
function fillControls(corpus) {
  const key = JSON.stringify([corpus.months, corpus.relations.map((r) => r.code), corpus.cameo_roots.map((r) => r.code)]);
  if (key !== filled) {
    filled = key;
    const months = corpus.months;
    for (const [id, label] of [['f-since', 'first month'], ['f-until', 'last month']]) {
      const s = clear($(id));
      s.append(el('option', { value: '' }, label));
      for (const m of months) s.append(el('option', { value: m }, monthName(m)));
    }
    const rel = clear($('f-rel'));
    rel.append(el('option', { value: '' }, 'any relation'));
    const roots = el('optgroup', { label: 'CAMEO root' });
    for (const r of corpus.cameo_roots) roots.append(el('option', { value: `cameo:${r.code}` }, `${r.code} ${r.name || ''} (${r.count})`));
    const rels = el('optgroup', { label: 'Relation' });
    for (const r of corpus.relations) rels.append(el('option', { value: `rel:${r.code}` }, `${r.code} · ${r.name} (${r.count})`));
    rel.append(roots, rels);
  }
  syncControls();
}

/** syncControls shows the state in the controls. */
function syncControls() {
  ensureOption($('f-since'), state.since);
  ensureOption($('f-until'), state.until);
  $('f-since').value = state.since;
  $('f-until').value = state.until;
  const relValue = state.rel ? `rel:${state.rel}` : state.cameo ? `cameo:${state.cameo}` : '';
  ensureOption($('f-rel'), relValue);
  $('f-rel').value = relValue;
  for (const box of $('f-quad').querySelectorAll('input')) {
    box.checked = !state.quad.length || state.quad.includes(Number(box.value));
  }
  $('f-min').value = String(state.min);
  $('f-top').value = String(state.top);
  $('f-measure').value = state.measure;
}

function ensureOption(select, value) {
  if (value && ![...select.options].some((o) => o.value === value)) {
    select.append(el('option', { value }, value.replace(/^(rel|cameo):/, '')));
  }
}

function readControls() {
  state.since = $('f-since').value;
  state.until = $('f-until').value;
  const rel = $('f-rel').value;
  state.rel = rel.startsWith('rel:') ? rel.slice(4) : '';
  state.cameo = rel.startsWith('cameo:') ? rel.slice(6) : '';
  const quads = [...$('f-quad').querySelectorAll('input:checked')].map((b) => Number(b.value));
  state.quad = quads.length === 4 ? [] : quads;
  state.min = Math.max(1, parseInt($('f-min').value, 10) || 1);
  state.top = Math.min(1000, Math.max(1, parseInt($('f-top').value, 10) || 100));
  state.measure = $('f-measure').value;
  if (state.since && state.until && state.since > state.until) {
    [state.since, state.until] = [state.until, state.since];
  }
}

$('filters').addEventListener('change', () => {
  readControls();
  st.write(state, false);
  load();
});
$('filters').addEventListener('submit', (e) => e.preventDefault());
$('f-reset').addEventListener('click', () => {
  Object.assign(state, { since: '', until: '', rel: '', cameo: '', quad: [], min: 1, top: 100, measure: 'pagerank' });
  st.write(state, false);
  load();
});
$('home').addEventListener('click', (e) => {
  e.preventDefault();
  home();
});
window.addEventListener('popstate', () => {
  state = st.read();
  load();
});

// Search with completion.

completeActors($('search-input'), $('search-list'), {
  limit: 12,
  idPrefix: 'opt-',
  combobox: $('search'),
  keepHits: true,
  option: (h) => [
    typeDot(h.type),
    el('span', { className: 'name' }, h.name || h.id),
    h.matched ? el('span', { className: 'alias' }, `“${h.matched}”`) : null,
    el('span', { className: 'meta' }, `${TYPE_NAMES[h.type] || h.type}${h.country ? ` · ${h.country}` : ''} · ${plural(h.mentions, 'mention')}`)],
  onChoose: (h) => {
    $('search-input').blur();
    focus(h.id);
  },
  onError: (err) => setStatus(`Search failed: ${err.message}`, true),
});

function typeDot(type) {
  const d = el('span', { className: 'dot', title: TYPE_NAMES[type] || type });
  d.style.background = TYPE_COLOURS[type] || TYPE_COLOURS[''];
  return d;
}

// Legend.

function legend() {
  const g = clear($('legend'));
  for (const [t, name] of Object.entries(TYPE_NAMES)) {
    const dot = el('span', { className: 'dot' });
    dot.style.background = TYPE_COLOURS[t];
    g.append(el('span', { className: 'key' }, dot, name));
  }
  g.append(el('span', { className: 'sep' }));
  for (const [label, c, x] of [['cooperation', 1, 0], ['conflict', 0, 1], ['mixed', 1, 1]]) {
    const bar = el('span', { className: 'bar' });
    bar.style.background = edgeColour(c, x);
    g.append(el('span', { className: 'key' }, bar, label));
  }
  g.append(el('span', { className: 'key' }, 'size: centrality · width: mentions'));
}

// Tools: the Gizmo box, the dyad picker, exports.

$('t-gizmo').addEventListener('click', () => {
  gizmo.toggle();
  $('t-gizmo').setAttribute('aria-pressed', String(!$('gizmo').hidden));
});
$('gizmo-close').addEventListener('click', () => $('t-gizmo').setAttribute('aria-pressed', 'false'));
$('t-dyad').addEventListener('click', () => {
  const f = view && view.focus ? view.focus.actor : null;
  panel.dyadPicker(f ? { id: f.id, name: f.name } : null);
});
for (const b of $('tools').querySelectorAll('button[data-format]')) {
  b.addEventListener('click', () => exportView(b.dataset.format, b));
}

/**
 * exportView downloads the view as drawn (same filters, top, measure and
 * actors as /api/view) in a format, or says why it cannot.
 */
async function exportView(format, button) {
  const p = viewParams();
  p.set('format', format);
  const url = `/api/export?${p}`;
  button.disabled = true;
  setStatus(`Exporting ${format.toUpperCase()}…`);
  try {
    const res = await fetch(url);
    if (!res.ok) {
      let msg = `${res.status} ${res.statusText}`;
      try {
        msg = (await res.json()).error || msg;
      } catch (_) { /* not JSON */ }
      throw new Error(msg);
    }
    const blob = await res.blob();
    const m = /filename="?([^";]+)"?/.exec(res.headers.get('Content-Disposition') || '');
    const filename = m ? m[1] : `diplograph.${format}`;
    const href = URL.createObjectURL(blob);
    const a = el('a', {});
    a.setAttribute('href', href); // a blob: address, made here from the answer
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60000);
    window.diplograph.exports.push({ url, filename, type: blob.type, size: blob.size });
    setStatus(`Saved ${filename} (${plural(Math.max(1, Math.round(blob.size / 1024)), 'kB', 'kB')})`);
  } catch (err) {
    setStatus(`Export failed: ${err.message}`, true);
  } finally {
    button.disabled = false;
  }
}

legend();
load();
