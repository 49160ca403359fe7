// The view's state, kept in the address so that a view can be shared.
//
// Keys: since, until (YYYY-MM); rel (relation id) or cameo (CAMEO root);
// quad (comma list, absent = all); min (mentions); top, measure;
// actor (focus, then expanded actors); edge (source>target); dyad (a,b).

export const DEFAULTS = Object.freeze({
  since: '', until: '', rel: '', cameo: '', quad: [], min: 1, top: 100, measure: 'pagerank',
  actors: [], edge: '', dyad: '',
});

/** read returns the state in the current address. */
export function read() {
  const p = new URLSearchParams(location.search);
  const s = structuredClone(DEFAULTS);
  s.since = p.get('since') || '';
  s.until = p.get('until') || '';
  s.rel = p.get('rel') || '';
  s.cameo = p.get('cameo') || '';
  s.quad = (p.get('quad') || '').split(',').map(Number).filter((q) => q >= 1 && q <= 4);
  s.min = Math.max(1, parseInt(p.get('min'), 10) || 1);
  s.top = Math.min(1000, Math.max(1, parseInt(p.get('top'), 10) || DEFAULTS.top));
  s.measure = p.get('measure') || DEFAULTS.measure;
  s.actors = (p.get('actor') || '').split(',').filter(Boolean);
  s.edge = p.get('edge') || '';
  s.dyad = p.get('dyad') || '';
  return s;
}

/** filters returns the query parameters of the filters alone. */
export function filters(s) {
  const p = new URLSearchParams();
  if (s.since) p.set('since', s.since);
  if (s.until) p.set('until', s.until);
  if (s.rel) p.set('rel', s.rel);
  if (s.cameo) p.set('cameo', s.cameo);
  if (s.quad.length && s.quad.length < 4) p.set('quad', [...s.quad].sort().join(','));
  if (s.min > 1) p.set('min', String(s.min));
  return p;
}

/** params returns every query parameter of the state. */
export function params(s) {
  const p = filters(s);
  if (s.top !== DEFAULTS.top) p.set('top', String(s.top));
  if (s.measure !== DEFAULTS.measure) p.set('measure', s.measure);
  if (s.actors.length) p.set('actor', s.actors.join(','));
  if (s.edge) p.set('edge', s.edge);
  if (s.dyad) p.set('dyad', s.dyad);
  return p;
}

/** write puts the state in the address; push adds a history entry. */
export function write(s, push = false) {
  const qs = params(s).toString();
  const url = qs ? `?${qs}` : location.pathname;
  if (url === location.search || (!qs && !location.search)) return;
  history[push ? 'pushState' : 'replaceState'](null, '', url);
}
