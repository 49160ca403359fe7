// adversaries: conflictual relations of an actor (CAMEO quad class 3 verbal or 4 material conflict), either way: one row per adversary, most mentioned first
// @param actor:iri the actor id, e.g. pakistan
// @include counterparts
//
// Each row: adversary (IRI), name, mentions (events), relations (relation ids),
// directions ("out": the actor acted, "in": the adversary did), first and last
// date.
var minClass = 3, maxClass = 4, key = "adversary";
