// An actor search box with completion, for forms that need an actor: it
// asks /api/search as one types and calls onChoose with the hit chosen.

import { completeActors } from './complete.js';
import { el, plural } from './dom.js';

let counter = 0;

/** actorPicker returns {root, input, chosen()}: a labelled box with its own list. */
export function actorPicker(label, onChoose, initial = null) {
  const n = ++counter;
  const input = el('input', { type: 'search', placeholder: 'Actor name or alias…', autocomplete: 'off',
    'aria-label': label, 'aria-autocomplete': 'list', 'aria-controls': `pick-list-${n}` });
  input.setAttribute('spellcheck', 'false');
  const list = el('ul', { className: 'pick-list', id: `pick-list-${n}`, role: 'listbox', hidden: true });
  const root = el('div', { className: 'picker' }, el('label', {}, label, input), list);
  if (initial) input.value = initial.name || initial.id;
  const { chosen } = completeActors(input, list, {
    limit: 8,
    chosen: initial,
    option: (h) => [
      el('span', { className: 'name' }, h.name || h.id),
      el('span', { className: 'meta' }, plural(h.mentions, 'mention'))],
    onChoose,
    onType: () => onChoose(null),
  });
  return { root, input, chosen };
}
