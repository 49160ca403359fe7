// events: what the queries that list events share (they include it):
// articleID, and byDate to sort event rows.

// articleID gives an article's id from its node, <article/ID>, with the
// percent-escapes of the IRI undone.
function articleID(v) {
  var s = String(v || "").replace(/^<article\/|^<|>$/g, "");
  try { return decodeURIComponent(s); } catch (e) { return s; }
}

// byDate orders event rows by date, then by event node, so that rows of
// the same day come in a stable order.
function byDate(x, y) {
  var dx = String(x.date || ""), dy = String(y.date || "");
  if (dx !== dy) { return dx < dy ? -1 : 1; }
  var ex = String(x.event), ey = String(y.event);
  return ex < ey ? -1 : ex > ey ? 1 : 0;
}
