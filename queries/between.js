// between: every relation between two actors, either way, with its date, CAMEO code and the sentence and article that support it, by date
// @param a:iri one actor id, e.g. united-states
// @param b:iri the other actor id, e.g. pakistan
// @include events
//
// Each row: date, subject, relation, object, cameo, quad_class, sentence, article.

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
rows.sort(byDate);
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
