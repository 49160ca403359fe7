// An actor search box with completion, for forms that need an actor: it
// asks /api/search as one types and calls onChoose with the hit chosen.

import { get } from './api.js';
import { el, clear, plural } from './dom.js';

let counter = 0;

/** actorPicker returns {root, input, chosen()}: a labelled box with its own list. */
export function actorPicker(label, onChoose, initial = null) {
  const n = ++counter;
  const input = el('input', { type: 'search', placeholder: 'Actor name or alias…', autocomplete: 'off',
    'aria-label': label, 'aria-autocomplete': 'list', 'aria-controls': `pick-list-${n}` });
  input.setAttribute('spellcheck', 'false');
  const list = el('ul', { className: 'pick-list', id: `pick-list-${n}`, role: 'listbox', hidden: true });
  const root = el('div', { className: 'picker' }, el('label', {}, label, input), list);
  let chosen = initial;
  let hits = [];
  let active = -1;
  let timer = 0;
  let seq = 0;
  if (initial) input.value = initial.name || initial.id;

  const close = () => { list.hidden = true; };
  const mark = () => [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
  const choose = (h) => {
    chosen = h;
    input.value = h.name || h.id;
    close();
    onChoose(h);
  };
  const complete = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      close();
      return;
    }
    let found = [];
    try {
      found = await get('/api/search', new URLSearchParams({ q, limit: '8' }));
    } catch (_) {
      found = [];
    }
    if (mine !== seq) return;
    hits = found;
    active = found.length ? 0 : -1;
    clear(list);
    if (!found.length) list.append(el('li', { className: 'empty' }, `No actor matches “${q}”`));
    found.forEach((h) => list.append(el('li', { role: 'option', onmousedown: (e) => { e.preventDefault(); choose(h); } },
      el('span', { className: 'name' }, h.name || h.id),
      el('span', { className: 'meta' }, plural(h.mentions, 'mention')))));
    list.hidden = false;
    mark();
  };
  input.addEventListener('input', () => {
    chosen = null;
    onChoose(null);
    clearTimeout(timer);
    timer = setTimeout(complete, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      mark();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      if (hits.length && !list.hidden) choose(hits[Math.max(active, 0)]);
      else if (!chosen) complete().then(() => hits.length && choose(hits[0]));
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return { root, input, chosen: () => chosen };
}
