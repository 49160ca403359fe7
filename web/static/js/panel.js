// The side panel: the overview, an actor, an edge's evidence, a dyad.
// Every string from the store goes in as text (see dom.js).

import { el, clear, highlight, fmt, plural, monthName } from './dom.js';
import { timeline } from './timeline.js';
import { TYPE_NAMES } from './graph.js';
import { actorPicker } from './picker.js';

const MEASURE_NAMES = {
  pagerank: 'PageRank', degree: 'degree', eigenvector: 'eigenvector', betweenness: 'betweenness',
  closeness: 'closeness', hits: 'HITS authority', hub: 'HITS hub', authority: 'HITS authority',
  in_degree: 'in-degree', out_degree: 'out-degree',
};

export class Panel {
  constructor(root, handlers) {
    this.root = root;
    this.h = handlers;
  }

  show(...children) {
    clear(this.root);
    this.root.append(...children.flat().filter(Boolean));
    this.root.parentElement.scrollTop = 0;
  }

  message(title, text) {
    this.show(el('h2', {}, title), el('p', { className: 'sub' }, text));
  }

  error(title, err) {
    this.show(el('h2', {}, title), el('p', { className: 'warn' }, err.message || String(err)));
  }

  /** overview describes the top view and lists its actors. */
  overview(view, state) {
    const t = view.total;
    if (!view.corpus.triples) {
      return this.message('Nothing stored yet',
        'The store has no relations. Load articles (diplograph load PATH…) and reload this page.');
    }
    const measure = MEASURE_NAMES[view.measure] || view.measure;
    this.show(
      el('h2', {}, 'The most central actors'),
      el('p', { className: 'sub' },
        `${plural(view.nodes.length, 'actor')} of ${t.actors.toLocaleString('en')} by ${measure}, ` +
        `${plural(view.edges.length, 'edge')} among them; ${plural(t.triples, 'triple')} pass the filters ` +
        `(${view.corpus.triples.toLocaleString('en')} in the store).`),
      filterNote(state),
      el('p', { className: 'note' },
        'Node size: centrality. Colour: actor type. Edge colour: share of cooperative (blue) and conflictual (red) ' +
        'statements; width: mentions. Click an edge for its evidence, a node for its neighbourhood.'),
      el('h3', {}, 'Ranking'),
      el('ol', { className: 'people ranking' }, view.nodes.slice(0, 25).map((n) =>
        el('li', {},
          el('button', { type: 'button', className: 'linkish who', onclick: () => this.h.focus(n.id) }, n.name || n.id),
          el('span', { className: 'n' }, `${fmt(n.score)} · ${plural(n.mentions, 'mention')}`)))),
    );
  }

  /** actor shows the focus actor's details, partners and adversaries. */
  actor(view, state) {
    const d = view.focus;
    const a = d.actor;
    const measure = MEASURE_NAMES[view.measure] || view.measure;
    const facts = [TYPE_NAMES[a.type] || a.type, a.country, a.role].filter(Boolean).join(' · ');
    const scores = Object.entries(d.scores).sort(([x], [y]) => x.localeCompare(y));
    this.show(
      el('h2', {}, a.name || a.id),
      el('p', { className: 'sub' }, facts),
      a.aliases && a.aliases.length ? el('p', { className: 'note' }, 'Also: ', a.aliases.join(', ')) : null,
      filterNote(state),
      el('div', { className: 'stats' },
        stat(`#${d.rank}`, `of ${d.of} by ${measure}`),
        stat(d.mentions.toLocaleString('en'), `mentions in ${plural(d.articles, 'article')}`),
        stat(d.first ? d.first.slice(0, 7) : '–', d.last && d.last !== d.first ? `to ${d.last.slice(0, 7)}` : 'first–last')),
      el('div', { className: 'actions' },
        state.actors[0] !== a.id ? el('button', { type: 'button', onclick: () => this.h.focus(a.id) }, `Centre on ${a.name}`) : null,
        el('button', { type: 'button', onclick: () => this.h.home() }, 'Back to overview')),
      el('h3', {}, 'Centrality'),
      el('table', { className: 'scores' }, el('tbody', {}, scores.map(([k, v]) =>
        el('tr', {}, el('td', {}, MEASURE_NAMES[k] || k), el('td', { className: 'num' }, fmt(v, 4)))))),
      el('h3', {}, 'Partners (cooperation)'),
      people(d.partners, a, 'cooperation', this.h),
      el('h3', {}, 'Adversaries (conflict)'),
      people(d.adversaries, a, 'conflict', this.h),
    );
  }

  /** edge shows every triple that makes one edge. */
  edge(e, state) {
    const s = e.source, t = e.target;
    const terms = actorTerms(s, 's').concat(actorTerms(t, 'o'));
    const list = el('ol', { className: 'evidence', 'aria-label': 'Supporting triples' });
    const count = el('span', {});
    const render = (q, order) => {
      clear(list);
      const f = q.trim().toLowerCase();
      let ev = e.evidence.filter((x) => !f || [x.sentence, x.relation.id, x.relation.cameo, x.article.title,
        x.article.source, x.date].some((v) => (v || '').toLowerCase().includes(f)));
      if (order === 'oldest') ev = [...ev].reverse();
      if (order === 'confidence') ev = [...ev].sort((x, y) => y.confidence - x.confidence);
      ev.forEach((x) => list.append(card(x, terms, false)));
      count.textContent = ev.length === e.evidence.length ? `${e.evidence.length}` : `${ev.length} of ${e.evidence.length}`;
    };
    const search = el('input', { type: 'search', placeholder: 'Filter the sentences…', 'aria-label': 'Filter the evidence' });
    const order = el('select', { 'aria-label': 'Order' },
      el('option', { value: 'newest' }, 'newest first'),
      el('option', { value: 'oldest' }, 'oldest first'),
      el('option', { value: 'confidence' }, 'most confident first'));
    search.addEventListener('input', () => render(search.value, order.value));
    order.addEventListener('change', () => render(search.value, order.value));
    render('', 'newest');
    const span = e.first && e.last ? (e.first === e.last ? ` on ${e.first}` : `, ${e.first} to ${e.last}`) : '';
    this.show(
      el('button', { type: 'button', className: 'close', title: 'Close', 'aria-label': 'Close', onclick: () => this.h.closePanel() }, '×'),
      el('h2', { className: 'edge-title' }, `${s.name || s.id} → ${t.name || t.id}`),
      el('p', { className: 'sub' },
        `${plural(e.weight, 'statement')} from ${plural(e.articles, 'article')}` +
        (e.sources.length ? ` in ${plural(e.sources.length, 'source')} (${e.sources.join(', ')})` : '') + span + '.'),
      filterNote(state),
      el('div', { className: 'stats' },
        stat(e.cooperation, 'cooperation', 'coop'),
        stat(e.conflict, 'conflict', 'conflict'),
        stat(signed(e.goldstein), 'Goldstein sum')),
      el('div', { className: 'chips' }, e.relations.map((r) => el('span', { className: 'chip' }, `${r.id} (${r.cameo}) ×${r.count}`))),
      el('div', { className: 'actions' },
        el('button', { type: 'button', onclick: () => this.h.dyad(s.id, t.id) }, `Timeline ${s.name} ⇄ ${t.name}`),
        e.reverse ? el('button', { type: 'button', className: 'reverse', onclick: () => this.h.edge(t.id, s.id) },
          `${t.name} → ${s.name}: ${plural(e.reverse, 'statement')}`) : null,
        el('button', { type: 'button', onclick: () => this.h.focus(s.id) }, `Centre on ${s.name}`),
        el('button', { type: 'button', onclick: () => this.h.focus(t.id) }, `Centre on ${t.name}`)),
      el('h3', {}, 'Evidence (', count, ')'),
      el('div', { className: 'toolbar' }, search, order),
      list,
      el('p', { className: 'note' }, `Each card is one statement the extractor read in the quoted sentence; ` +
        `the edge's weight is the number of cards. Highlighted: ${s.name} (blue), ${t.name} (orange).`),
    );
  }

  /**
   * dyadPicker asks for two actors, then opens their timeline; first is
   * an actor to start from ({id, name}) or null.
   */
  dyadPicker(first) {
    const go = el('button', { type: 'button', className: 'primary', disabled: true }, 'Show the timeline');
    const ready = () => {
      const a = pa.chosen(), b = pb.chosen();
      go.disabled = !(a && b && a.id !== b.id);
      return !go.disabled;
    };
    const open = () => ready() && this.h.dyad(pa.chosen().id, pb.chosen().id);
    // Choosing an actor when the other is chosen opens the timeline.
    const pa = actorPicker('First actor', (h) => (h && pb.chosen() ? open() : h && pb.input.focus()), first);
    const pb = actorPicker('Second actor', (h) => h && pa.chosen() && open());
    go.addEventListener('click', open);
    this.show(
      el('button', { type: 'button', className: 'close', title: 'Close', 'aria-label': 'Close', onclick: () => this.h.closePanel() }, '×'),
      el('h2', {}, 'Timeline of two actors'),
      el('p', { className: 'sub' }, 'Choose two actors: their cooperation and conflict month by month, both ways, ' +
        'and every event between them. The view\'s filters apply.'),
      el('form', { className: 'dyad-picker', onsubmit: (e) => e.preventDefault() }, pa.root, pb.root,
        el('div', { className: 'actions' }, go)),
    );
    (first ? pb : pa).input.focus();
  }

  /** dyad shows the cooperation–conflict timeline of two actors and their events. */
  dyad(d, state) {
    const a = d.a, b = d.b;
    const terms = actorTerms(a, 's').concat(actorTerms(b, 'o'));
    const groups = new Map();
    for (const ev of d.events) {
      const m = ev.date ? ev.date.slice(0, 7) : '';
      if (!groups.has(m)) groups.set(m, []);
      groups.get(m).push(ev);
    }
    const list = el('div', { className: 'events' });
    for (const [m, evs] of groups) {
      list.append(el('div', { className: 'month-head', id: `m-${m || 'undated'}` },
        `${m ? monthName(m) : 'Undated'} · ${plural(evs.length, 'event')}`));
      list.append(el('ol', { className: 'evidence' }, evs.map((ev) => card(ev, terms, true))));
    }
    const coop = d.months.reduce((x, m) => x + m.cooperation, 0);
    const conf = d.months.reduce((x, m) => x + m.conflict, 0);
    this.show(
      el('button', { type: 'button', className: 'close', title: 'Close', 'aria-label': 'Close', onclick: () => this.h.closePanel() }, '×'),
      el('h2', { className: 'dyad-title' }, `${a.name || a.id} ⇄ ${b.name || b.id}`),
      el('p', { className: 'sub' }, `${plural(d.events.length, 'event')} in both directions` +
        (d.months.length ? `, ${monthName(d.months[0].month)} to ${monthName(d.months[d.months.length - 1].month)}` : '') + '.'),
      filterNote(state),
      el('div', { className: 'stats' },
        stat(`+${fmt(coop)}`, 'cooperation (Goldstein)', 'coop'),
        stat(fmt(conf), 'conflict (Goldstein)', 'conflict'),
        stat(signed(coop + conf), 'net')),
      d.months.length ? timeline(d.months, (m) => {
        const h = document.getElementById(`m-${m}`);
        if (h) h.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }) : null,
      d.undated ? el('p', { className: 'note' }, `${plural(d.undated, 'event')} without a date are listed but not charted.`) : null,
      el('div', { className: 'actions' },
        el('button', { type: 'button', onclick: () => this.h.edge(a.id, b.id) }, `${a.name} → ${b.name}`),
        el('button', { type: 'button', onclick: () => this.h.edge(b.id, a.id) }, `${b.name} → ${a.name}`)),
      el('h3', {}, 'Events'),
      list,
    );
  }
}

function stat(value, label, cls) {
  return el('div', { className: `stat ${cls || ''}` }, el('b', {}, String(value)), el('span', {}, label));
}

function signed(x) {
  return x > 0 ? `+${fmt(x)}` : fmt(x);
}

function actorTerms(a, cls) {
  return [a.name, ...(a.aliases || [])].filter(Boolean).map((t) => [t, cls]);
}

/** filterNote says which filters restrict what the panel shows. */
function filterNote(s) {
  const parts = [];
  if (s.since || s.until) parts.push(`${s.since ? monthName(s.since) : 'start'} – ${s.until ? monthName(s.until) : 'now'}`);
  if (s.rel) parts.push(`relation ${s.rel}`);
  if (s.cameo) parts.push(`CAMEO ${s.cameo}`);
  if (s.quad.length && s.quad.length < 4) parts.push(`quad class ${[...s.quad].sort().join(', ')}`);
  if (s.min > 1) parts.push(`edges with ≥ ${s.min} mentions`);
  return parts.length ? el('p', { className: 'warn filters-note' }, `Filtered: ${parts.join('; ')}.`) : null;
}

/** people lists partners or adversaries with their counts. */
function people(list, focus, kind, h) {
  if (!list.length) return el('p', { className: 'note' }, 'None under these filters.');
  return el('ul', { className: 'people' }, list.map((p) => el('li', {},
    el('button', { type: 'button', className: 'who', onclick: () => h.focus(p.actor.id), title: `Centre on ${p.actor.name}` },
      p.actor.name || p.actor.id),
    el('span', { className: 'n' }, kind === 'cooperation'
      ? `${p.cooperation} coop.${p.conflict ? ` · ${p.conflict} conflict` : ''}`
      : `${p.conflict} conflict${p.cooperation ? ` · ${p.cooperation} coop.` : ''}`),
    el('button', { type: 'button', className: 'linkish', title: `Timeline ${focus.name} ⇄ ${p.actor.name}`,
      onclick: () => h.dyad(focus.id, p.actor.id) }, '⇄'))));
}

/** card is one supporting triple: relation, code, date, sentence, article. */
function card(ev, terms, direction) {
  const r = ev.relation;
  const q = r.quad_class;
  const a = ev.article;
  const title = a.title || a.id;
  return el('li', { className: q <= 2 ? 'c' : 'x' },
    el('div', { className: 'head' },
      el('span', { className: 'rel' }, r.id),
      el('span', { className: 'code', title: 'CAMEO event code' }, r.cameo),
      ev.quad_name ? el('span', { className: `quad q${q}` }, ev.quad_name) : null,
      el('span', { className: 'date' }, ev.date || 'undated'),
      el('span', { className: 'root' },
        ev.cameo_root ? `CAMEO ${r.cameo.slice(0, 2)}: ${ev.cameo_root} · ` : '',
        el('span', { className: 'gold', title: 'Goldstein conflict–cooperation weight (−10…+10)' }, `Goldstein ${signed(r.goldstein)}`)),
      direction ? el('span', { className: 'dir' }, `${ev.subject.name} → ${ev.object.name}`) : null),
    el('blockquote', { className: 'sentence' }, highlight(ev.sentence || '', terms)),
    ev.attrs && Object.keys(ev.attrs).length
      ? el('div', { className: 'attrs' }, Object.entries(ev.attrs).map(([k, v]) => `${k}: ${v}`).join(' · ')) : null,
    el('div', { className: 'src' },
      a.url ? el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', className: 'title' }, title)
        : el('span', { className: 'title' }, title),
      a.source ? ` · ${a.source}` : '',
      a.date && a.date !== ev.date ? ` · published ${a.date}` : ''),
    el('div', { className: 'meta' }, `sentence ${ev.sentence_index + 1} · confidence ${fmt(ev.confidence, 2)} · article ${a.id}`),
  );
}
