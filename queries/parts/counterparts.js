// counterparts: the body of partners.js and adversaries.js, which include
// it: the actors related to actor by events of quad class minClass to
// maxClass, either way, one row per actor (named by key), most mentioned
// first.

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
    row = byOther[e.other] = {name: "", mentions: 0, relations: [], directions: [], first: "", last: ""};
    row[key] = e.other;
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
  return b.mentions - a.mentions || (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0);
});
for (var j = 0; j < order.length; j++) {
  var r = order[j];
  r.relations.sort();
  r.directions.sort();
  r.name = g.V(r[key]).Out("<name>").ToValue() || "";
  g.Emit(r);
}
