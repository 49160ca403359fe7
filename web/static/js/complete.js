// Actor completion for a search box: the box asks /api/search as one
// types (after a short pause), lists the hits, and lets one choose with the
// mouse, the arrow keys and Enter. The header's search box and the
// pickers of the panel's forms share it.

import { get } from './api.js';
import { el, clear } from './dom.js';

/**
 * completeActors makes input complete actor names into list (a listbox)
 * and returns {chosen()}: the hit chosen last, null after typing. opts:
 *   limit       the number of hits asked for;
 *   option(h)   the children of a hit's list item;
 *   onChoose(h) called with the hit chosen (after the list closes);
 *   onType()    called when the text changes;
 *   onError(e)  called when the search fails (the list then says no match);
 *   idPrefix    if set, the items get ids idPrefix+index and the input's
 *               aria-activedescendant follows the active one;
 *   combobox    if set, its aria-expanded follows the list;
 *   keepHits    Enter chooses from the last hits even when the list is
 *               closed, and searches again even after a choice;
 *   chosen      the hit chosen to start with.
 */
export function completeActors(input, list, opts) {
  let chosen = opts.chosen || null;
  let hits = [];
  let active = -1;
  let timer = 0;
  let seq = 0;

  const mark = () => {
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (opts.idPrefix && active >= 0) input.setAttribute('aria-activedescendant', `${opts.idPrefix}${active}`);
  };
  const close = () => {
    list.hidden = true;
    if (opts.combobox) opts.combobox.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const choose = (h) => {
    chosen = h;
    input.value = h.name || h.id;
    close();
    opts.onChoose(h);
  };
  const complete = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      close();
      return;
    }
    let found;
    try {
      found = await get('/api/search', new URLSearchParams({ q, limit: String(opts.limit) }));
    } catch (err) {
      found = [];
      if (opts.onError) opts.onError(err);
    }
    if (mine !== seq) return;
    hits = found;
    active = found.length ? 0 : -1;
    clear(list);
    if (!found.length) list.append(el('li', { className: 'empty' }, `No actor matches “${q}”`));
    found.forEach((h, i) => list.append(el('li', {
      role: 'option',
      id: opts.idPrefix ? `${opts.idPrefix}${i}` : undefined,
      onmousedown: (e) => { e.preventDefault(); choose(h); },
    }, opts.option(h))));
    list.hidden = false;
    if (opts.combobox) opts.combobox.setAttribute('aria-expanded', 'true');
    mark();
  };

  input.addEventListener('input', () => {
    chosen = null;
    if (opts.onType) opts.onType();
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
      if (hits.length && (opts.keepHits || !list.hidden)) choose(hits[Math.max(active, 0)]);
      else if (opts.keepHits || !chosen) complete().then(() => hits.length && choose(hits[0]));
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return { chosen: () => chosen };
}
