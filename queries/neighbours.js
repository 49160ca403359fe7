// neighbours: the actors within N hops of an actor in the actor network, whatever the relation and its direction, nearest first
// @param actor:iri the actor id, e.g. pakistan
// @param depth:int=2 how many hops to follow (1: direct neighbours)
//
// Each row: id (IRI), name, type, country, hops.
var seen = {};
seen[actor] = 0;
var frontier = [actor];
var found = [];
for (var hop = 1; hop <= depth && frontier.length > 0; hop++) {
  var start = g.V.apply(g, frontier);
  var next = start.In("<subject>").Out("<object>").ToArray()
    .concat(g.V.apply(g, frontier).In("<object>").Out("<subject>").ToArray());
  frontier = [];
  for (var i = 0; i < next.length; i++) {
    var n = next[i];
    if (seen.hasOwnProperty(n)) { continue; }
    seen[n] = hop;
    frontier.push(n);
    found.push({id: n, hops: hop});
  }
}
found.sort(function (x, y) {
  return x.hops - y.hops || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
});
for (var j = 0; j < found.length; j++) {
  var f = found[j];
  f.name = g.V(f.id).Out("<name>").ToValue() || "";
  f.type = g.V(f.id).Out("<type>").ToValue() || "";
  f.country = g.V(f.id).Out("<country>").ToValue() || "";
  g.Emit(f);
}
