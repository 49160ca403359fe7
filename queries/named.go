package queries

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// files holds the named queries, one Gizmo file each, and in parts/ the
// code that several of them include.
//
//go:embed *.js parts/*.js
var files embed.FS

// Param kinds, the values of Param.Kind.
const (
	// KindString is any text, passed to the query as a JavaScript string.
	KindString = "string"
	// KindIRI is an id such as "pakistan" (or "<pakistan>"), passed to the
	// query as the IRI string "<pakistan>".
	KindIRI = "iri"
	// KindInt is a whole number, passed as a JavaScript number.
	KindInt = "int"
	// KindDate is a date as YYYY-MM-DD (or a prefix: YYYY, YYYY-MM), passed
	// as a JavaScript string.
	KindDate = "date"
)

// ErrBadArgs is wrapped by the error Render returns for missing, unknown or
// malformed arguments.
var ErrBadArgs = errors.New("queries: bad arguments")

// Param is a parameter of a named query.
type Param struct {
	// Name is the JavaScript variable the query reads it from.
	Name string
	// Description says what to pass.
	Description string
	// Default is used when no argument is given.
	Default string
	// Required is set for a parameter with no default ("name" rather than
	// "name=" in the query's header); an optional date left empty means
	// "no bound".
	Required bool
	// Kind is one of the Kind constants: how the argument is checked and
	// passed to the query.
	Kind string
}

// Named is a Gizmo query from the library, with its parameters.
type Named struct {
	// Name identifies the query: "partners", "timeline".
	Name string
	// Description says what the query returns.
	Description string
	// Params are the query's parameters, in the order the file gives them.
	Params []Param
	// Source is the query's Gizmo source, without the parameter values,
	// followed by the parts it includes.
	Source string
}

// library is the parsed set of named queries, by name.
var library, libraryErr = loadLibrary(files)

// List returns the named queries, sorted by name.
func List() []Named {
	out := make([]Named, 0, len(library))
	for _, n := range library {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Get returns the named query called name.
func Get(name string) (Named, bool) {
	n, ok := library[name]
	return n, ok
}

// headerLine is "// name: description"; paramLine "// @param name[:kind][=[default]] description";
// includeLine "// @include part".
var (
	headerLine  = regexp.MustCompile(`^//\s*([a-z][a-z0-9-]*):\s*(.+)$`)
	includeLine = regexp.MustCompile(`^//\s*@include\s+([a-z][a-z0-9-]*)\s*$`)
	paramLine   = regexp.MustCompile(`^//\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?(?:(=)(\S*))?\s+(.+)$`)
	dateValue   = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
)

// loadLibrary parses every .js file of fsys into a named query.
func loadLibrary(fsys fs.FS) (map[string]Named, error) {
	names, err := fs.Glob(fsys, "*.js")
	if err != nil {
		return nil, err
	}
	lib := make(map[string]Named, len(names))
	var errs []error
	for _, file := range names {
		b, err := fs.ReadFile(fsys, file)
		if err != nil {
			errs = append(errs, fmt.Errorf("read named query %s: %w", file, err))
			continue
		}
		n, err := parseNamed(strings.TrimSuffix(path.Base(file), ".js"), string(b))
		if err == nil {
			n.Source, err = withParts(fsys, n.Source)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("named query %s: %w", file, err))
			continue
		}
		lib[n.Name] = n
	}
	return lib, errors.Join(errs...)
}

// withParts appends to src the parts its header includes ("// @include
// counterparts": parts/counterparts.js), in the order it names them.
func withParts(fsys fs.FS, src string) (string, error) {
	var b strings.Builder
	b.WriteString(src)
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "//") {
			break
		}
		if m := includeLine.FindStringSubmatch(line); m != nil {
			part, err := fs.ReadFile(fsys, "parts/"+m[1]+".js")
			if err != nil {
				return src, fmt.Errorf("include %s: %w", m[1], err)
			}
			if !strings.HasSuffix(b.String(), "\n") {
				b.WriteString("\n")
			}
			b.Write(part)
		}
	}
	return b.String(), nil
}

// parseNamed reads a query's description and parameters from its leading
// comment lines.
func parseNamed(name, src string) (Named, error) {
	n := Named{Name: name, Source: src}
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "//") {
			break
		}
		if m := paramLine.FindStringSubmatch(line); m != nil {
			p := Param{Name: m[1], Kind: m[2], Required: m[3] == "" && m[2] != KindDate, Default: m[4], Description: m[5]}
			if p.Kind == "" {
				p.Kind = KindString
			}
			switch p.Kind {
			case KindString, KindIRI, KindInt, KindDate:
			default:
				return n, fmt.Errorf("parameter %s: unknown kind %q", p.Name, p.Kind)
			}
			n.Params = append(n.Params, p)
			continue
		}
		if m := headerLine.FindStringSubmatch(line); m != nil && m[1] == name && n.Description == "" {
			n.Description = m[2]
		}
	}
	if n.Description == "" {
		return n, fmt.Errorf("no description: the first line should be // %s: what it returns", name)
	}
	return n, nil
}

// Render returns the query's Gizmo source with the arguments bound: one
// JavaScript variable per parameter, declared before the query. Every value
// is checked against its parameter's kind and written as a JSON literal, so
// no argument can change the query's code. Missing required arguments and
// unknown ones are errors wrapping ErrBadArgs.
func (n Named) Render(args map[string]string) (string, error) {
	known := make(map[string]bool, len(n.Params))
	var b strings.Builder
	for _, p := range n.Params {
		known[p.Name] = true
		v, ok := args[p.Name]
		if !ok || v == "" {
			v = p.Default
		}
		if v == "" && p.Required {
			what := map[string]string{KindIRI: " (an id such as pakistan)", KindInt: " (a whole number)"}[p.Kind]
			return "", fmt.Errorf("%w: %s: %s: required%s", ErrBadArgs, n.Name, p.Name, what)
		}
		lit, err := literal(p, v)
		if err != nil {
			return "", fmt.Errorf("%w: %s: %s: %v", ErrBadArgs, n.Name, p.Name, err)
		}
		fmt.Fprintf(&b, "var %s = %s;\n", p.Name, lit)
	}
	var unknown []string
	for k := range args {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		var names []string
		for _, p := range n.Params {
			names = append(names, p.Name)
		}
		return "", fmt.Errorf("%w: %s takes no %s (it takes: %s)", ErrBadArgs, n.Name,
			strings.Join(unknown, ", "), strings.Join(names, ", "))
	}
	b.WriteString(n.Source)
	return b.String(), nil
}

// literal checks v against p's kind and returns it as a JavaScript literal.
func literal(p Param, v string) (string, error) {
	switch p.Kind {
	case KindIRI:
		v = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(v), "<"), ">")
		if v == "" {
			return `""`, nil // an optional id left out
		}
		v = "<" + graph.EscapeIRI(v) + ">"
	case KindInt:
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			return "", fmt.Errorf("%q is not a whole number", v)
		}
		return strconv.Itoa(i), nil
	case KindDate:
		v = strings.TrimSpace(v)
		if v != "" && !dateValue.MatchString(v) {
			return "", fmt.Errorf("%q is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", v)
		}
	}
	return jsString(v)
}

// jsString returns s as a JavaScript string literal. encoding/json escapes
// quotes, backslashes, control characters and U+2028/U+2029, so the literal
// is valid JavaScript and cannot end early; angle brackets are kept as they
// are, so that Run sees the IRIs a query names.
func jsString(s string) (string, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}
