// The dyad timeline: per month, the sum of the Goldstein weights of the
// cooperative events above the axis and of the conflictual ones below, on
// one scale, so that the two sides compare honestly.

import { monthName, fmt } from './dom.js';

const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** timeline returns an SVG chart of months; onMonth(month) runs on a click. */
export function timeline(months, onMonth) {
  const W = 400, H = 210, L = 34, R = 8, T = 14, B = 30;
  const plotW = W - L - R, plotH = H - T - B;
  const top = Math.max(1, ...months.map((m) => m.cooperation), ...months.map((m) => -m.conflict));
  const y0 = T + plotH / 2;
  const scale = (plotH / 2) / top;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img',
    'aria-label': 'Goldstein sum per month: cooperation above the axis, conflict below' });
  for (const v of [top, top / 2, -top / 2, -top]) {
    root.append(svg('line', { class: 'grid', x1: L, x2: W - R, y1: y0 - v * scale, y2: y0 - v * scale }));
  }
  root.append(svg('text', { x: L - 4, y: T + 4, 'text-anchor': 'end' }, `+${fmt(top)}`));
  root.append(svg('text', { x: L - 4, y: y0 + 3, 'text-anchor': 'end' }, '0'));
  root.append(svg('text', { x: L - 4, y: T + plotH + 2, 'text-anchor': 'end' }, `−${fmt(top)}`));
  const n = Math.max(months.length, 1);
  const step = plotW / n;
  const bw = Math.max(1, Math.min(28, step * 0.72));
  const every = Math.ceil(n / 7);
  months.forEach((m, i) => {
    const x = L + i * step + (step - bw) / 2;
    const g = svg('g', { 'data-month': m.month });
    if (m.cooperation > 0) {
      g.append(svg('rect', { class: 'coop', x, width: bw, y: y0 - m.cooperation * scale, height: m.cooperation * scale }));
    }
    if (m.conflict < 0) {
      g.append(svg('rect', { class: 'conflict', x, width: bw, y: y0, height: -m.conflict * scale }));
    }
    const hit = svg('rect', { class: 'hit', x: L + i * step, width: step, y: T, height: plotH });
    hit.append(svg('title', {}, `${monthName(m.month)}: ${m.events} event${m.events === 1 ? '' : 's'}, ` +
      `cooperation +${fmt(m.cooperation)}, conflict ${fmt(m.conflict)}`));
    if (m.events && onMonth) hit.addEventListener('click', () => onMonth(m.month));
    g.append(hit);
    root.append(g);
    if (i % every === 0) {
      const [y, mm] = m.month.split('-');
      const label = i === 0 || mm === '01' ? monthName(m.month) : monthName(m.month).slice(0, 3);
      root.append(svg('text', { x: L + i * step + step / 2, y: H - B + 14, 'text-anchor': 'middle' }, label));
      void y;
    }
  });
  root.append(svg('line', { class: 'axis', x1: L, x2: W - R, y1: y0, y2: y0 }));
  root.append(svg('text', { x: W - R, y: T - 3, 'text-anchor': 'end' }, 'cooperation ↑'));
  root.append(svg('text', { x: W - R, y: H - B + 26, 'text-anchor': 'end' }, 'conflict ↓'));
  return root;
}
