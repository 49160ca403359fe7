// visits: visits, meetings and talks of an actor, usually a person (CAMEO 04x: consult, visit, host, meet, mediate, negotiate), either way, by date
// @param actor:iri the actor id, e.g. asim-munir
// @include events
//
// Each row: date, subject, relation, object, cameo, with (the other side),
// sentence, article.

function events(from, to, out) {
  var rows = g.V(actor).In(from).Tag("event")
    .Save("<cameo>", "cameo").Save("<relation>", "relation")
    .SaveOpt("<date>", "date").SaveOpt("<sentence>", "sentence").SaveOpt("<article>", "article")
    .Save(to, "with").TagArray();
  for (var i = 0; i < rows.length; i++) {
    rows[i].out = out;
  }
  return rows;
}

var rows = events("<subject>", "<object>", true).concat(events("<object>", "<subject>", false));
rows = rows.filter(function (r) { return String(r.cameo).indexOf("04") === 0; });
// An event where the actor is both subject and object would come twice.
var seen = {};
rows = rows.filter(function (r) {
  var k = String(r.event);
  if (seen[k]) { return false; }
  seen[k] = true;
  return true;
});
rows.sort(byDate);
for (var i = 0; i < rows.length; i++) {
  var r = rows[i];
  var out = r.out;
  g.Emit({
    date: r.date || "",
    subject: out ? actor : r["with"],
    relation: String(r.relation).replace(/^<|>$/g, ""),
    object: out ? r["with"] : actor,
    cameo: r.cameo,
    "with": r["with"],
    sentence: r.sentence || "",
    article: articleID(r.article)
  });
}
