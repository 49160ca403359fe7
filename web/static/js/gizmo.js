// The Gizmo box, as in Cayley's own UI: a query, a Run button, the result
// as a table. Queries go to the read-only API (POST /api/v1/query/gizmo)
// and run on the server under its time and result limits; nothing typed
// here runs in the page. Actor IRIs in the result are highlighted on the
// map, and can be drawn as a map of their own.

import { el, clear, append, plural } from './dom.js';

const MAX_ROWS = 500; // rows drawn in the table; the rest are counted

/** iri returns the id inside "<id>", or '' for another value. */
export function iri(v) {
  const m = typeof v === 'string' && /^<([^<>\s]+)>$/.exec(v);
  return m ? m[1] : '';
}

/** runGizmo posts a query and returns {result, warning}, or throws with the server's message. */
export async function runGizmo(src, signal) {
  const res = await fetch('/api/v1/query/gizmo', {
    method: 'POST', body: src, signal,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', Accept: 'application/json' },
  });
  let body = null;
  try {
    body = await res.json();
  } catch (_) {
    body = null;
  }
  if (!res.ok || !body || body.error) {
    const msg = (body && body.error) || `${res.status} ${res.statusText}`;
    throw new Error(res.status === 405 || res.status === 404
      ? `${msg} (this server has no query API: run diplograph serve)` : msg);
  }
  return { result: body.result || [], warning: body.warning || '' };
}

/**
 * Gizmo wires the box in root. h.highlight(ids) marks actors on the map
 * and returns how many are drawn; h.map(ids) draws them as a map; h.focus(id)
 * centres the map on one; h.resized() refits the map to its new height.
 */
export class Gizmo {
  constructor(root, h) {
    this.root = root;
    this.h = h;
    this.src = root.querySelector('#gizmo-src');
    this.examples = root.querySelector('#gizmo-examples');
    this.out = root.querySelector('#gizmo-out');
    this.status = root.querySelector('#gizmo-status');
    this.runButton = root.querySelector('#gizmo-run');
    this.ids = [];
    this.loaded = false;
    this.ctl = null;
    this.runButton.addEventListener('click', () => this.run());
    this.src.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.run();
      }
    });
    this.examples.addEventListener('change', () => {
      const ex = this.list && this.list[Number(this.examples.value)];
      if (ex) this.src.value = ex.query;
      this.examples.value = '';
    });
    root.querySelector('#gizmo-close').addEventListener('click', () => this.toggle(false));
  }

  /** toggle shows or hides the box; the first time it loads the examples. */
  async toggle(open = this.root.hidden) {
    this.root.hidden = !open;
    document.body.classList.toggle('gizmo-open', open);
    this.h.resized();
    if (!open) {
      this.h.highlight([]);
      return;
    }
    this.h.highlight(this.ids);
    this.src.focus();
    if (this.loaded) return;
    this.loaded = true;
    try {
      const res = await fetch('/api/gizmo/examples', { headers: { Accept: 'application/json' } });
      this.list = res.ok ? await res.json() : [];
    } catch (_) {
      this.list = [];
    }
    this.examples.append(...this.list.map((ex, i) =>
      el('option', { value: String(i), title: ex.description }, `${ex.name}: ${ex.description}`)));
    if (!this.src.value && this.list.length) this.src.value = this.list[0].query;
  }

  /** run sends the query and shows the result or the error. */
  async run() {
    const src = this.src.value.trim();
    if (!src) {
      this.showError('Type a Gizmo query, or pick an example.');
      return;
    }
    if (this.ctl) this.ctl.abort();
    const ctl = new AbortController();
    this.ctl = ctl;
    this.root.dataset.state = 'running';
    this.status.textContent = 'Running…';
    this.status.className = 'gizmo-status';
    this.runButton.disabled = true;
    const start = performance.now();
    let answer;
    try {
      answer = await runGizmo(src, ctl.signal);
    } catch (err) {
      if (err.name === 'AbortError') return;
      this.showError(err.message);
      return;
    } finally {
      if (this.ctl === ctl) {
        this.ctl = null;
        this.runButton.disabled = false;
      }
    }
    this.show(answer, performance.now() - start);
  }

  showError(msg) {
    this.ids = [];
    this.h.highlight([]);
    clear(this.out);
    this.status.textContent = '';
    this.out.append(el('p', { className: 'gizmo-error', role: 'alert' }, msg));
    this.root.dataset.state = 'error';
  }

  /** show draws the result as a table and highlights its actors. */
  show({ result, warning }, ms) {
    clear(this.out);
    const cols = [];
    for (const row of result.slice(0, MAX_ROWS)) {
      const obj = row !== null && typeof row === 'object' && !Array.isArray(row) ? row : { value: row };
      for (const k of Object.keys(obj)) if (!cols.includes(k)) cols.push(k);
    }
    cols.sort((a, b) => (b === 'id') - (a === 'id'));
    const ids = new Set();
    const collect = (v) => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
      else if (iri(v) && !iri(v).includes('/')) ids.add(iri(v)); // not event/… nor article/…
    };
    result.forEach(collect);
    this.ids = [...ids];
    const drawn = this.h.highlight(this.ids);
    const table = el('table', { className: 'gizmo-table' },
      el('thead', {}, el('tr', {}, el('th', { className: 'n' }, '#'), cols.map((c) => el('th', {}, c)))),
      el('tbody', {}, result.slice(0, MAX_ROWS).map((row, i) => {
        const obj = row !== null && typeof row === 'object' && !Array.isArray(row) ? row : { value: row };
        return el('tr', {}, el('td', { className: 'n' }, String(i + 1)), cols.map((c) => el('td', {}, this.cell(obj[c]))));
      })));
    const parts = [`${plural(result.length, 'result')} in ${Math.round(ms)} ms`];
    if (this.ids.length) {
      parts.push(drawn ? `${plural(this.ids.length, 'actor')}, ${drawn} on the map (highlighted)`
        : `${plural(this.ids.length, 'actor')}, none on the map`);
    }
    this.status.textContent = parts.join(' · ');
    this.status.className = 'gizmo-status';
    const actions = this.ids.length ? el('div', { className: 'gizmo-actions' },
      el('button', { type: 'button', onclick: () => this.h.map(this.ids) },
        `Map ${this.ids.length > 12 ? 'the first 12' : 'them'}`)) : null;
    append(this.out, [
      warning ? el('p', { className: 'warn' }, warning) : null,
      result.length ? table : el('p', { className: 'note' }, 'No result.'),
      result.length > MAX_ROWS ? el('p', { className: 'note' }, `First ${MAX_ROWS} rows shown.`) : null,
      actions,
    ]);
    this.root.dataset.state = 'done';
  }

  /** cell renders one value: an actor IRI as a button that centres the map on it. */
  cell(v) {
    if (v === undefined || v === null) return '';
    const id = iri(v);
    if (id && !id.includes('/')) {
      return el('button', { type: 'button', className: 'linkish iri', title: `Centre the map on ${id}`,
        onclick: () => this.h.focus(id) }, v);
    }
    if (typeof v === 'object') return el('code', {}, JSON.stringify(v));
    return String(v);
  }
}
