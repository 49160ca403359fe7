// partners: cooperative relations of an actor (CAMEO quad class 1 verbal or 2 material cooperation), either way: one row per partner, most mentioned first
// @param actor:iri the actor id, e.g. pakistan
//
// Each row: partner (IRI), name, mentions (events), relations (relation ids),
// directions ("out": the actor acted, "in": the partner did), first and last
// date.
var minClass = 1, maxClass = 2;

function events(from, to, direction) {
  var rows = g.V(actor).In(from).Tag("event")
    .Save("<relation>", "relation").Save("<quad_class>", "quad_class").SaveOpt("<date>", "date")
    .Out(to).Tag("other").TagArray();
  for (var i = 0; i < rows.length; i++) {
    rows[i].direction = direction;
  }
  return rows;
}

var byOther = {};
var order = [];
var all = events("<subject>", "<object>", "out").concat(events("<object>", "<subject>", "in"));
for (var i = 0; i < all.length; i++) {
  var e = all[i];
  var qc = Number(e.quad_class);
  if (qc < minClass || qc > maxClass || e.other === actor) {
    continue;
  }
  var row = byOther[e.other];
  if (!row) {
    row = byOther[e.other] = {partner: e.other, name: "", mentions: 0, relations: [], directions: [], first: "", last: ""};
    order.push(row);
  }
  row.mentions++;
  var rel = String(e.relation).replace(/^<|>$/g, "");
  if (row.relations.indexOf(rel) < 0) {
    row.relations.push(rel);
  }
  if (row.directions.indexOf(e.direction) < 0) {
    row.directions.push(e.direction);
  }
  if (e.date) {
    var d = String(e.date);
    if (row.first === "" || d < row.first) { row.first = d; }
    if (d > row.last) { row.last = d; }
  }
}
order.sort(function (a, b) {
  return b.mentions - a.mentions || (a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0);
});
for (var j = 0; j < order.length; j++) {
  var r = order[j];
  r.relations.sort();
  r.directions.sort();
  r.name = g.V(r.partner).Out("<name>").ToValue() || "";
  g.Emit(r);
}
