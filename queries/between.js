// between: every relation between two actors, either way, with its date, CAMEO code and the sentence and article that support it, by date
// @param a:iri one actor id, e.g. united-states
// @param b:iri the other actor id, e.g. pakistan
//
// Each row: date, subject, relation, object, cameo, quad_class, sentence, article.

// articleID gives an article's id from its node, <article/ID>, with the
// percent-escapes of the IRI undone.
function articleID(v) {
  var s = String(v || "").replace(/^<article\/|^<|>$/g, "");
  try { return decodeURIComponent(s); } catch (e) { return s; }
}

function events(s, o) {
  return g.V(s).Tag("subject").In("<subject>").Tag("event")
    .Save("<relation>", "relation").SaveOpt("<cameo>", "cameo").SaveOpt("<quad_class>", "quad_class")
    .SaveOpt("<date>", "date").SaveOpt("<sentence>", "sentence").SaveOpt("<article>", "article")
    .Out("<object>").Is(o).Tag("object").TagArray();
}

var rows = events(a, b);
if (a !== b) {
  rows = rows.concat(events(b, a));
}
rows.sort(function (x, y) {
  var dx = String(x.date || ""), dy = String(y.date || "");
  if (dx !== dy) { return dx < dy ? -1 : 1; }
  var ex = String(x.event), ey = String(y.event);
  return ex < ey ? -1 : ex > ey ? 1 : 0;
});
for (var i = 0; i < rows.length; i++) {
  var r = rows[i];
  g.Emit({
    date: r.date || "",
    subject: r.subject,
    relation: String(r.relation).replace(/^<|>$/g, ""),
    object: r.object,
    cameo: r.cameo || "",
    quad_class: r.quad_class || 0,
    sentence: r.sentence || "",
    article: articleID(r.article)
  });
}
