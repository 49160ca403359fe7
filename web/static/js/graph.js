// The relationship graph, drawn with Cytoscape.js (vendored, see
// ../vendor/VERSIONS.md). Layouts are cheap ones (concentric, circles
// around an expanded node): force layouts take tens of seconds on big
// graphs.

import cytoscape from '../vendor/cytoscape.esm.min.js';

/** TYPE_COLOURS are the node colours of actor types (see the legend). */
export const TYPE_COLOURS = {
  country: '#4c9f70',
  igo: '#b279a2',
  government: '#72b7b2',
  military: '#9d755d',
  person: '#f58518',
  organisation: '#e0b92e',
  group: '#ff8fa0',
  '': '#a9a9a9',
};

/** TYPE_NAMES are how the legend names actor types. */
export const TYPE_NAMES = {
  country: 'country', igo: 'international org.', government: 'government', military: 'military',
  person: 'person', organisation: 'organisation', group: 'group',
};

export const COOP = [43, 131, 186];
export const CONFLICT = [215, 25, 28];
const NEUTRAL = [170, 170, 170];

/**
 * edgeColour mixes the conflict and cooperation colours by the share of
 * cooperative triples (quad classes 1–2) among the coded ones.
 */
export function edgeColour(coop, conflict) {
  const n = coop + conflict;
  if (!n) return rgb(NEUTRAL);
  const s = coop / n;
  return s >= 0.5 ? rgb(mix(NEUTRAL, COOP, (s - 0.5) * 2)) : rgb(mix(CONFLICT, NEUTRAL, s * 2));
}

function mix(a, b, t) { return a.map((x, i) => Math.round(x + (b[i] - x) * t)); }
function rgb(c) { return `rgb(${c[0]},${c[1]},${c[2]})`; }

const LABEL_PX = 13; // label size on screen, whatever the zoom
const LABEL_MAX = 170; // longest label on screen, then an ellipsis
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Graph wraps one Cytoscape instance. */
export class Graph {
  constructor(container, handlers) {
    this.handlers = handlers;
    this.cy = cytoscape({
      container,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: false,
      style: this.style(1),
    });
    this.cy.on('tap', 'node', (e) => handlers.onNode(e.target.id()));
    this.cy.on('tap', 'edge', (e) => handlers.onEdge(e.target.data('source'), e.target.data('target')));
    this.cy.on('mouseover', 'node', (e) => this.hover(e.target));
    this.cy.on('mouseout', 'node', () => this.cy.elements().removeClass('faded hover'));
    this.cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    this.cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    let pending = false;
    this.cy.on('pan zoom', () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => { pending = false; this.restyle(); });
    });
    this.zoomStyled = 1;
    // Cytoscape caches where its container is; the bar above it changes
    // height when the filter menus fill, and a stale position sends clicks
    // to the wrong place.
    new ResizeObserver(() => this.cy.resize()).observe(container);
  }

  /** style returns the stylesheet for a zoom level, so labels keep their size on screen. */
  style(zoom) {
    const z = Math.max(zoom, 0.05);
    const font = LABEL_PX / Math.min(z, 1.6);
    return [
      { selector: 'node', style: {
        width: 'data(size)', height: 'data(size)',
        'background-color': 'data(colour)',
        'border-width': 1 / Math.min(z, 1.6), 'border-color': '#ffffff',
        label: 'data(label)', 'font-size': font, 'font-weight': 500, 'font-family': FONT,
        color: '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 3 / Math.min(z, 1.6),
        'text-outline-color': '#ffffff', 'text-outline-width': 2.5 / Math.min(z, 1.6), 'text-outline-opacity': 0.95,
        'text-wrap': 'wrap', 'text-max-width': LABEL_MAX / Math.min(z, 1.6), 'z-index': 'data(z)',
        'min-zoomed-font-size': 0,
      } },
      { selector: 'node.major', style: { 'font-weight': 700, 'font-size': font * 1.12 } },
      { selector: 'node.nolabel', style: { label: '' } },
      { selector: 'node.above', style: { 'text-valign': 'top', 'text-margin-y': -3 / Math.min(z, 1.6) } },
      { selector: 'node.right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0,
        'text-margin-x': 3 / Math.min(z, 1.6) } },
      { selector: 'node.nolabel.hover, node.nolabel:selected', style: { label: 'data(label)', 'z-index': 40 } },
      { selector: 'node.focus', style: { 'border-width': 4 / Math.min(z, 1.6), 'border-color': '#1d2330' } },
      { selector: 'node:selected', style: { 'border-width': 3 / Math.min(z, 1.6), 'border-color': '#2b6cb0' } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': 'bezier',
        'control-point-step-size': 18, opacity: 0.72,
      } },
      { selector: 'edge.hover', style: { opacity: 1, 'z-index': 10, label: 'data(label)', 'font-size': font * 0.9, 'font-family': FONT,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 2,
        color: '#1d2330', 'text-rotation': 'autorotate' } },
      { selector: 'edge:selected', style: { opacity: 1, 'z-index': 20, 'underlay-color': '#ffd54a',
        'underlay-opacity': 0.7, 'underlay-padding': 4 / Math.min(z, 1.6) } },
      { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
      { selector: 'node.hover', style: { 'z-index': 30 } },
      { selector: 'node.dim, edge.dim', style: { opacity: 0.18, 'text-opacity': 0.25 } },
      { selector: 'node.hit', style: { 'border-width': 5 / Math.min(z, 1.6), 'border-color': '#f0a000', 'z-index': 35 } },
      { selector: 'edge.hit', style: { opacity: 1, 'underlay-color': '#f0a000', 'underlay-opacity': 0.45,
        'underlay-padding': 3 / Math.min(z, 1.6) } },
    ];
  }

  restyle(force = false) {
    const z = this.cy.zoom();
    if (force || Math.abs(z - this.zoomStyled) / this.zoomStyled >= 0.04) {
      this.zoomStyled = z;
      this.cy.style(this.style(z));
    }
    this.placeLabels();
  }

  /**
   * placeLabels shows the labels that fit: in order of rank, a node keeps
   * its label when the label's box on screen meets no label already kept.
   * The others appear on hover and as one zooms in, so that every label
   * shown can be read.
   */
  placeLabels() {
    const cy = this.cy;
    const ctx = this.measure || (this.measure = document.createElement('canvas').getContext('2d'));
    const kept = [];
    const nodes = cy.nodes().toArray().sort((a, b) =>
      (b.hasClass('focus') - a.hasClass('focus')) || a.data('rank') - b.data('rank'));
    const circles = nodes.map((n) => ({ id: n.id(), p: n.renderedPosition(), r: n.renderedWidth() / 2, rank: n.data('rank') }));
    const w = cy.width(), h = cy.height();
    const meets = (box, c) => {
      const x = Math.max(box.x1, Math.min(c.p.x, box.x2)), y = Math.max(box.y1, Math.min(c.p.y, box.y2));
      return (x - c.p.x) ** 2 + (y - c.p.y) ** 2 < c.r * c.r;
    };
    cy.batch(() => {
      nodes.forEach((n, i) => {
        const p = n.renderedPosition();
        const size = n.renderedWidth();
        const major = n.hasClass('major');
        ctx.font = `${major ? 700 : 500} ${major ? LABEL_PX * 1.12 : LABEL_PX}px ${FONT}`;
        const full = ctx.measureText(n.data('label') || '').width;
        const tw = Math.min(full, LABEL_MAX) + 4;
        const lh = Math.ceil(full / LABEL_MAX) * LABEL_PX * 1.3; // long names wrap
        const below = { x1: p.x - tw / 2, x2: p.x + tw / 2, y1: p.y + size / 2 + 1, y2: p.y + size / 2 + 3 + lh };
        const above = { x1: below.x1, x2: below.x2, y1: p.y - size / 2 - 3 - lh, y2: p.y - size / 2 - 1 };
        const fits = (box) => box.x1 >= 0 && box.x2 <= w && box.y1 >= 0 && box.y2 <= h &&
          !kept.some((k) => box.x1 < k.x2 && k.x1 < box.x2 && box.y1 < k.y2 && k.y1 < box.y2) &&
          // A label may cover a less central node (it is drawn above it)
          // but not a more central one.
          !circles.some((c, j) => j < i && c.id !== n.id() && meets(box, c));
        const hh = lh / 2 + 1;
        const right = { x1: p.x + size / 2 + 2, x2: p.x + size / 2 + 4 + tw, y1: p.y - hh, y2: p.y + hh };
        const box = [below, above, right].find(fits) || null;
        n.toggleClass('nolabel', !box);
        n.toggleClass('above', box === above);
        n.toggleClass('right', box === right);
        if (box) kept.push(box);
      });
    });
  }

  hover(node) {
    const near = node.closedNeighborhood();
    this.cy.elements().not(near).addClass('faded');
    node.addClass('hover');
  }

  /** elements converts a view answer into Cytoscape elements. */
  static elements(view, focus) {
    // One scale for every view of the network: the highest score in it.
    const hi = view.max_score || Math.max(...view.nodes.map((n) => n.score), 0);
    const lo = Math.min(0, ...view.nodes.map((n) => n.score));
    const majors = new Set(view.nodes.slice(0, 12).map((n) => n.id));
    const nodes = view.nodes.map((n) => {
      const t = hi > lo ? (n.score - lo) / (hi - lo) : 0.5;
      return {
        group: 'nodes',
        data: {
          id: n.id, label: n.name || n.id, type: n.type, score: n.score, rank: n.rank, z: 100000 - n.rank,
          size: 16 + 52 * Math.sqrt(t), colour: TYPE_COLOURS[n.type] || TYPE_COLOURS[''],
        },
        classes: [majors.has(n.id) ? 'major' : '', n.id === focus ? 'focus' : ''].filter(Boolean).join(' '),
      };
    });
    const edges = view.edges.map((e) => ({
      group: 'edges',
      data: {
        id: e.id, source: e.source, target: e.target, weight: e.weight,
        cooperation: e.cooperation, conflict: e.conflict,
        width: 1.2 + 2.2 * Math.log2(e.weight),
        colour: edgeColour(e.cooperation, e.conflict),
        label: `${e.weight} · ${topRelation(e.relations)}`,
      },
    }));
    return [...nodes, ...edges];
  }

  /** show replaces the graph with a view and lays it out. */
  show(view, focus) {
    const cy = this.cy;
    cy.resize();
    cy.batch(() => {
      cy.elements().remove();
      cy.add(Graph.elements(view, focus));
    });
    this.layout(focus);
  }

  /**
   * layout places the nodes on rings, most central (or nearest the focus)
   * in the middle, each ring holding as many nodes as its length allows.
   * It costs nothing next to a force layout, and it reads: rank is
   * distance from the centre.
   */
  layout(focus) {
    const cy = this.cy;
    const nodes = cy.nodes().toArray();
    let key = (n) => n.data('rank');
    if (focus && cy.getElementById(focus).nonempty()) {
      const dist = {};
      cy.elements().bfs({ roots: cy.getElementById(focus), directed: false,
        visit: (v, e, u, i, depth) => { dist[v.id()] = depth; } });
      key = (n) => (dist[n.id()] ?? 99) * 1e6 + n.data('rank');
    }
    nodes.sort((a, b) => key(a) - key(b) || (a.id() < b.id() ? -1 : 1));
    const aspect = Math.min(1.8, Math.max(1, cy.width() / Math.max(cy.height(), 1)));
    const gap = 90; // between rings
    const arc = 120; // between neighbours on a ring
    const pos = {};
    let i = 0;
    for (let ring = 0; i < nodes.length; ring++) {
      // The first ring stands off, so the labels of the most central
      // actors keep clear of each other.
      const r = ring === 0 ? 0 : 80 + ring * gap;
      const room = ring === 0 ? 1 : Math.floor((2 * Math.PI * r) / arc);
      const count = Math.min(room, nodes.length - i);
      for (let j = 0; j < count; j++, i++) {
        // Two nodes alone on a ring sit a third of a turn apart, not
        // opposite, so that an edge between them misses the centre.
        const a = -Math.PI / 2 + ring * 0.61 + (2 * Math.PI * j) / Math.max(count, 3);
        pos[nodes[i].id()] = { x: r * Math.cos(a) * aspect, y: r * Math.sin(a) };
      }
    }
    cy.layout({ name: 'preset', positions: (n) => pos[n.id()], fit: false, animate: false }).run();
    cy.fit(undefined, 40);
    this.restyle(true);
  }

  /**
   * merge adds a view around an expanded node without moving the nodes
   * already shown: the new ones go on an arc around it, away from the centre.
   */
  merge(view, around) {
    const cy = this.cy;
    const centre = cy.getElementById(around);
    const fresh = Graph.elements(view, null).filter((el) => cy.getElementById(el.data.id).empty());
    const freshNodes = fresh.filter((el) => el.group === 'nodes');
    const bb = cy.nodes().boundingBox();
    const mid = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
    const at = centre.nonempty() ? centre.position() : mid;
    const out = Math.atan2(at.y - mid.y, at.x - mid.x) || 0;
    const k = freshNodes.length;
    const r = 90 + 9 * k;
    const spread = k > 8 ? Math.PI * 1.6 : Math.PI * 0.9;
    freshNodes.forEach((el, i) => {
      const a = out - spread / 2 + (k > 1 ? (spread * i) / (k - 1) : spread / 2);
      el.position = { x: at.x + r * Math.cos(a), y: at.y + r * Math.sin(a) };
    });
    cy.batch(() => cy.add(fresh));
    cy.fit(undefined, 40);
    this.restyle();
    return freshNodes.length;
  }

  /**
   * highlight marks the actors with the given ids and the edges between
   * them, dims the rest (nothing when ids is empty), and returns how many
   * of the actors are drawn.
   */
  highlight(ids) {
    const cy = this.cy;
    const want = new Set(ids);
    let drawn = 0;
    cy.batch(() => {
      cy.elements().removeClass('hit dim');
      if (!want.size) return;
      const hit = cy.nodes().filter((n) => want.has(n.id()));
      drawn = hit.length;
      if (!drawn) return;
      const edges = hit.edgesWith(hit);
      hit.addClass('hit');
      edges.addClass('hit');
      cy.elements().not(hit).not(edges).addClass('dim');
    });
    this.hits = ids;
    return drawn;
  }

  /** refit fits the graph to its container after the container changed size. */
  refit() {
    this.cy.resize();
    this.cy.fit(undefined, 40);
    this.restyle(true);
  }

  /** select marks one edge (or nothing) as selected. */
  selectEdge(id) {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }

  /** setFocus marks the focus node. */
  setFocus(id) {
    this.cy.nodes().removeClass('focus');
    if (id) this.cy.getElementById(id).addClass('focus');
  }
}

function topRelation(rel) {
  let best = '', n = -1;
  for (const [k, v] of Object.entries(rel || {})) if (v > n || (v === n && k < best)) { best = k; n = v; }
  const more = Object.keys(rel || {}).length - 1;
  return more > 0 ? `${best} +${more}` : best;
}
