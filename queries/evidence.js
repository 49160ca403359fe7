// evidence: the articles and sentences that support an edge subject -relation-> object, by date
// @param subject:iri the subject actor id, e.g. united-states
// @param relation:iri the relation id, e.g. partners-with
// @param object:iri the object actor id, e.g. pakistan
//
// Each row: article, date, sentence, cameo.

// articleID gives an article's id from its node, <article/ID>, with the
// percent-escapes of the IRI undone.
function articleID(v) {
  var s = String(v || "").replace(/^<article\/|^<|>$/g, "");
  try { return decodeURIComponent(s); } catch (e) { return s; }
}

var rows = g.V(subject).In("<subject>").Has("<relation>", relation).Tag("event")
  .SaveOpt("<article>", "article").SaveOpt("<date>", "date").SaveOpt("<sentence>", "sentence").SaveOpt("<cameo>", "cameo")
  .Out("<object>").Is(object).TagArray();
rows.sort(function (x, y) {
  var dx = String(x.date || ""), dy = String(y.date || "");
  if (dx !== dy) { return dx < dy ? -1 : 1; }
  var ex = String(x.event), ey = String(y.event);
  return ex < ey ? -1 : ex > ey ? 1 : 0;
});
for (var i = 0; i < rows.length; i++) {
  var r = rows[i];
  g.Emit({
    article: articleID(r.article),
    date: r.date || "",
    sentence: r.sentence || "",
    cameo: r.cameo || ""
  });
}
