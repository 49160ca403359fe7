// timeline: the relations of one dyad over time, either way: one row per day (or month, or year) with counts by CAMEO quad class and the relations seen
// @param a:iri one actor id, e.g. united-states
// @param b:iri the other actor id, e.g. pakistan
// @param by=day period of a row: day, month or year
//
// Each row: period, events, cooperation (quad class 1 and 2), conflict
// (3 and 4), verbal_cooperation, material_cooperation, verbal_conflict,
// material_conflict, relations ("subject relation object" lines).
var width = {day: 10, month: 7, year: 4}[by];
if (!width) {
  throw new Error("by: want day, month or year, not " + JSON.stringify(by));
}
function events(s, o) {
  return g.V(s).Tag("subject").In("<subject>").Tag("event")
    .Save("<relation>", "relation").SaveOpt("<quad_class>", "quad_class").SaveOpt("<date>", "date")
    .Out("<object>").Is(o).Tag("object").TagArray();
}
var rows = events(a, b);
if (a !== b) {
  rows = rows.concat(events(b, a));
}
var byPeriod = {};
var periods = [];
var classes = ["", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
function strip(v) { return String(v).replace(/^<|>$/g, ""); }
for (var i = 0; i < rows.length; i++) {
  var e = rows[i];
  var p = e.date ? String(e.date).slice(0, width) : "undated";
  var row = byPeriod[p];
  if (!row) {
    row = byPeriod[p] = {period: p, events: 0, cooperation: 0, conflict: 0,
      verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0, material_conflict: 0, relations: []};
    periods.push(p);
  }
  row.events++;
  var qc = Number(e.quad_class);
  if (qc >= 1 && qc <= 4) {
    row[classes[qc]]++;
    if (qc <= 2) { row.cooperation++; } else { row.conflict++; }
  }
  var rel = strip(e.subject) + " " + strip(e.relation) + " " + strip(e.object);
  if (row.relations.indexOf(rel) < 0) {
    row.relations.push(rel);
  }
}
periods.sort();
for (var j = 0; j < periods.length; j++) {
  var r = byPeriod[periods[j]];
  r.relations.sort();
  g.Emit(r);
}
