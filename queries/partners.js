// partners: cooperative relations of an actor (CAMEO quad class 1 verbal or 2 material cooperation), either way: one row per partner, most mentioned first
// @param actor:iri the actor id, e.g. pakistan
// @include counterparts
//
// Each row: partner (IRI), name, mentions (events), relations (relation ids),
// directions ("out": the actor acted, "in": the partner did), first and last
// date.
var minClass = 1, maxClass = 2, key = "partner";
