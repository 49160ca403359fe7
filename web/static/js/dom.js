// DOM helpers. Everything that comes from the store is inserted as text:
// no markup is ever parsed from a string, and links accept http(s) only.

/**
 * el builds an element. props sets properties (className, title, …) and
 * event handlers (onclick: fn); children are nodes or strings (as text).
 */
export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      e.addEventListener(k.slice(2), v);
    } else if (k === 'dataset') {
      Object.assign(e.dataset, v);
    } else if (k === 'href') {
      const safe = safeURL(v);
      if (safe) e.setAttribute('href', safe);
    } else if (k in e && !k.startsWith('aria') ) {
      e[k] = v;
    } else {
      e.setAttribute(k, String(v));
    }
  }
  append(e, children);
  return e;
}

/** append adds children: nodes as they are, anything else as text. */
export function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

/** clear removes every child of e. */
export function clear(e) {
  while (e.firstChild) e.firstChild.remove();
  return e;
}

/** safeURL returns u when it is an absolute http(s) address, else ''. */
export function safeURL(u) {
  try {
    const url = new URL(String(u), location.href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch (_) { /* not an address */ }
  return '';
}

/**
 * highlight returns the nodes of text with every occurrence of the terms
 * marked: terms is a list of [term, className]. Longer terms win.
 */
export function highlight(text, terms) {
  const list = terms
    .filter(([t]) => t && t.length >= 2)
    .sort((a, b) => b[0].length - a[0].length);
  const lower = text.toLowerCase();
  const out = [];
  let i = 0, plain = 0;
  while (i < text.length) {
    let hit = null;
    for (const [t, cls] of list) {
      if (lower.startsWith(t.toLowerCase(), i) && boundary(lower, i - 1) && boundary(lower, i + t.length)) {
        hit = [t.length, cls];
        break;
      }
    }
    if (hit) {
      if (plain < i) out.push(document.createTextNode(text.slice(plain, i)));
      out.push(el('mark', { className: hit[1] }, text.slice(i, i + hit[0])));
      i += hit[0];
      plain = i;
    } else {
      i++;
    }
  }
  if (plain < text.length) out.push(document.createTextNode(text.slice(plain)));
  return out;
}

function boundary(s, i) {
  return i < 0 || i >= s.length || !/[\p{L}\p{N}]/u.test(s[i]);
}

/** fmt formats a number for people: few digits, no trailing zeros. */
export function fmt(x, digits = 3) {
  if (typeof x !== 'number' || !isFinite(x)) return '–';
  if (x === 0) return '0';
  if (Number.isInteger(x)) return x.toLocaleString('en');
  const a = Math.abs(x);
  if (a >= 100) return x.toFixed(0);
  if (a >= 1) return x.toFixed(2).replace(/\.?0+$/, '');
  return x.toPrecision(digits).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

/** plural writes "1 triple" or "3 triples". */
export function plural(n, one, many = one + 's') {
  return `${Number(n).toLocaleString('en')} ${n === 1 ? one : many}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** monthName turns "2025-10" into "Oct 2025". */
export function monthName(m) {
  const [y, mm] = String(m).split('-');
  const i = Number(mm) - 1;
  return MONTHS[i] ? `${MONTHS[i]} ${y}` : String(m);
}
