package queries

import (
	"regexp"
	"strconv"
	"strings"
)

// Cayley's Gizmo (v0.7.7) runs a query's JavaScript in a goroutine of its
// own without recovering panics, and a few of its functions panic on
// arguments of the wrong type (g.V().In(null, null), iri(null),
// g.V().Out({}), g.V().FollowRecursive("")): one such query would take the whole process down, a
// server included. guardJS is put before every query: it replaces g (and
// graph) and the value functions by wrappers that check those arguments
// and throw a JavaScript TypeError instead, and it hides Cayley's own
// objects, so that a query cannot reach them.
//
// It is kept on one line so that the query's own line numbers shift by
// exactly one; guardedError puts them back.
var guardJS = oneLine(`
(function (global) {
  var secret = {};
  function Path() {}
  function Value() {}
  function box(Kind, v) {
    var o = new Kind();
    Object.defineProperty(o, "__unwrap", {value: function (k) { return k === secret ? v : undefined; }});
    return o;
  }
  function unwrap(x) {
    if (x instanceof Path || x instanceof Value) { return x.__unwrap(secret); }
    if (x instanceof Array) {
      var out = [];
      for (var i = 0; i < x.length; i++) { out.push(x[i] instanceof Path || x[i] instanceof Value ? x[i].__unwrap(secret) : x[i]); }
      return out;
    }
    return x;
  }
  function unwrapArgs(args) {
    var out = [];
    for (var i = 0; i < args.length; i++) { out.push(unwrap(args[i])); }
    return out;
  }
  function isGoPath(r) {
    return r !== null && typeof r === "object" && !(r instanceof Array) &&
      typeof r.all === "function" && typeof r.out === "function";
  }
  function wrap(r) { return isGoPath(r) ? box(Path, r) : r; }
  function scalar(x) {
    var t = typeof x;
    return t === "string" || t === "number" || t === "boolean" || x instanceof Path || x instanceof Value || x instanceof Date;
  }
  function viaOK(x) {
    if (x === null || x === undefined || scalar(x)) { return true; }
    if (!(x instanceof Array)) { return false; }
    if (x.length === 1 && (x[0] === null || x[0] === undefined)) { return true; }
    for (var i = 0; i < x.length; i++) { if (!scalar(x[i])) { return false; } }
    return true;
  }
  function tagOK(x) {
    if (typeof x === "string" || x instanceof Value) { return true; }
    if (!(x instanceof Array)) { return false; }
    for (var i = 0; i < x.length; i++) { if (!tagOK(x[i])) { return false; } }
    return true;
  }
  function check(name, args) {
    var n = name.toLowerCase(), i = 1;
    if (n !== "in" && n !== "out" && n !== "both" && n !== "labelcontext" && n !== "followrecursive") { return; }
    if (args.length > 0 && !viaOK(args[0])) {
      throw new TypeError(name + ": the first argument must be a predicate (a string), a list of them, or a path");
    }
    if (n === "followrecursive") {
      var v = args[0] instanceof Array && args[0].length === 1 ? args[0][0] : args[0];
      if (!(v instanceof Path) && !(typeof v === "string" && v !== "") && !(v instanceof Value)) {
        throw new TypeError(name + ": the first argument must be one predicate (a non-empty string) or a path");
      }
      if (typeof args[1] === "number") { i = 2; }
    }
    for (; i < args.length; i++) {
      if (!tagOK(args[i])) { throw new TypeError(name + ": tags must be strings"); }
    }
  }
  var names = ["is", "in", "out", "both", "follow", "followR", "followRecursive", "and", "intersect",
    "union", "or", "back", "tag", "as", "has", "hasR", "save", "saveR", "saveOpt", "saveOptR", "except",
    "unique", "difference", "labels", "inPredicates", "outPredicates", "saveInPredicates",
    "saveOutPredicates", "labelContext", "filter", "limit", "skip", "order", "getLimit", "all",
    "toArray", "tagArray", "toValue", "tagValue", "map", "forEach", "count"];
  function method(name) {
    return function () {
      var p = this instanceof Path ? this.__unwrap(secret) : undefined;
      if (p === undefined) { throw new TypeError(name + ": not called on a path"); }
      if (typeof p[name] !== "function") { throw new TypeError("Object has no member '" + name + "'"); }
      check(name, arguments);
      return wrap(p[name].apply(p, unwrapArgs(arguments)));
    };
  }
  for (var i = 0; i < names.length; i++) {
    var up = names[i].charAt(0).toUpperCase() + names[i].slice(1);
    Path.prototype[names[i]] = method(names[i]);
    Path.prototype[up] = method(up);
  }
  var rawG = global.g;
  var G = {};
  var gNames = ["V", "Vertex", "M", "Morphism", "Emit", "emit", "IRI", "Uri", "addNamespace", "AddNamespace",
    "addDefaultNamespaces", "AddDefaultNamespaces", "loadNamespaces", "LoadNamespaces"];
  function gMethod(name) {
    var f = rawG[name];
    return function () {
      var r = f.apply(rawG, unwrapArgs(arguments));
      if (name === "IRI" || name === "Uri") { return box(Value, r); }
      return wrap(r);
    };
  }
  for (var j = 0; j < gNames.length; j++) {
    if (typeof rawG[gNames[j]] === "function") { G[gNames[j]] = gMethod(gNames[j]); }
  }
  function valueFunc(name, f) {
    return function () {
      for (var i = 0; i < arguments.length; i++) {
        if (typeof arguments[i] !== "string" && !(arguments[i] instanceof Value)) {
          throw new TypeError(name + ": arguments must be strings");
        }
      }
      return box(Value, f.apply(null, unwrapArgs(arguments)));
    };
  }
  function filterFunc(f) {
    return function () { return f.apply(null, unwrapArgs(arguments)); };
  }
  var valueNames = ["iri", "bnode", "raw", "str", "lang", "typed"];
  for (var k = 0; k < valueNames.length; k++) {
    if (typeof global[valueNames[k]] === "function") { global[valueNames[k]] = valueFunc(valueNames[k], global[valueNames[k]]); }
  }
  var filterNames = ["lt", "lte", "gt", "gte", "regex", "like"];
  for (var m = 0; m < filterNames.length; m++) {
    if (typeof global[filterNames[m]] === "function") { global[filterNames[m]] = filterFunc(global[filterNames[m]]); }
  }
  global.g = G;
  global.graph = G;
})(this);
`)

// oneLine joins the lines of a script written with explicit semicolons and
// no line comments.
func oneLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return strings.Join(lines, " ")
}

// guarded returns src with guardJS before it, on a line of its own.
func guarded(src string) string {
	return guardJS + "\n" + src
}

// evalPos matches a position in goja's messages: " at <eval>:3:5(12)" or
// " at check (<eval>:1:2011(89))".
var evalPos = regexp.MustCompile(` at (?:[\w$.]+ \()?<eval>:(\d+):(\d+)\(\d+\)\)?`)

// guardedMessage gives positions in a message about the guarded source as
// positions in the query, and drops those inside the guard.
func guardedMessage(msg string) string {
	out := evalPos.ReplaceAllStringFunc(msg, func(m string) string {
		sm := evalPos.FindStringSubmatch(m)
		line, _ := strconv.Atoi(sm[1])
		if line <= 1 {
			return ""
		}
		return " at line " + strconv.Itoa(line-1) + ", column " + sm[2]
	})
	return out
}
