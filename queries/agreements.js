// agreements: formal agreements signed (CAMEO 057) in a period, by date
// @param since:date first day, YYYY-MM-DD (empty: from the start)
// @param until:date last day, YYYY-MM-DD (empty: to the end)
// @include events
//
// Each row: date, subject, relation, object, sentence, article.

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
rows.sort(byDate);
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
