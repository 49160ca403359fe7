// evidence: the articles and sentences that support an edge subject -relation-> object, by date
// @param subject:iri the subject actor id, e.g. united-states
// @param relation:iri the relation id, e.g. partners-with
// @param object:iri the object actor id, e.g. pakistan
// @include events
//
// Each row: article, date, sentence, cameo.

var rows = g.V(subject).In("<subject>").Has("<relation>", relation).Tag("event")
  .SaveOpt("<article>", "article").SaveOpt("<date>", "date").SaveOpt("<sentence>", "sentence").SaveOpt("<cameo>", "cameo")
  .Out("<object>").Is(object).TagArray();
rows.sort(byDate);
for (var i = 0; i < rows.length; i++) {
  var r = rows[i];
  g.Emit({
    article: articleID(r.article),
    date: r.date || "",
    sentence: r.sentence || "",
    cameo: r.cameo || ""
  });
}
