// agreements: formal agreements signed (CAMEO 057) in a period, by date
// @param since:date first day, YYYY-MM-DD (empty: from the start)
// @param until:date last day, YYYY-MM-DD (empty: to the end)
//
// Each row: date, subject, relation, object, sentence, article.

// articleID gives an article's id from its node, <article/ID>, with the
// percent-escapes of the IRI undone.
function articleID(v) {
  var s = String(v || "").replace(/^<article\/|^<|>$/g, "");
  try { return decodeURIComponent(s); } catch (e) { return s; }
}

var rows = g.V("057").In("<cameo>").Tag("event")
  .Save("<subject>", "subject").Save("<object>", "object").Save("<relation>", "relation")
  .SaveOpt("<date>", "date").SaveOpt("<sentence>", "sentence").SaveOpt("<article>", "article")
  .TagArray();

// inPeriod compares dates as text: "2025-10" is within since "2025-10-01"
// when its prefix is; an event with no date is kept only with no bounds.
function inPeriod(d) {
  if (since === "" && until === "") { return true; }
  if (!d) { return false; }
  d = String(d).slice(0, 10);
  if (since !== "" && d < since && since.indexOf(d) !== 0) { return false; }
  if (until !== "" && d > until && d.indexOf(until) !== 0) { return false; }
  return true;
}

rows = rows.filter(function (r) { return inPeriod(r.date); });
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
    sentence: r.sentence || "",
    article: articleID(r.article)
  });
}
