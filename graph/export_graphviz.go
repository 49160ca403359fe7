package graph

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"os/exec"
	"slices"
	"strconv"
	"strings"
)

// Graphviz errors.
var (
	// ErrNoGraphviz is returned by Render when Graphviz's dot program is not
	// on PATH.
	ErrNoGraphviz = errors.New(`graph: Graphviz "dot" not found on PATH (install the Debian package "graphviz")`)
	// ErrRenderFormat is returned by Render for an output format other than
	// "svg" or "png".
	ErrRenderFormat = errors.New("graph: unsupported render format")
)

// bigGraph is the number of actors from which WriteDOT asks for the sfdp
// force layout, drops edge labels and clusters: dot's layered layout of
// hundreds of nodes is slow and unreadable.
const bigGraph = 150

// nodeStyle is the shape and fill colour of an actor type in DOT.
type nodeStyle struct{ shape, style, fill string }

var nodeStyles = map[string]nodeStyle{
	"country":      {"ellipse", "filled", "#aed6f1"},
	"igo":          {"hexagon", "filled", "#d7bde2"},
	"government":   {"box", "filled", "#a9dfbf"},
	"military":     {"octagon", "filled", "#f5b7b1"},
	"person":       {"box", "filled,rounded", "#fad7a0"},
	"organisation": {"component", "filled", "#f9e79f"},
	"group":        {"house", "filled", "#d5dbdb"},
}

var unknownStyle = nodeStyle{"ellipse", "filled", "#eeeeee"}

// edgeColours are the DOT colours of the quad classes: blue and green for
// verbal and material cooperation, red and dark red for verbal and material
// conflict, grey when unknown.
var edgeColours = [5]string{"#808080", "#1f77b4", "#2ca02c", "#d62728", "#8b0000"}

// dotID quotes s as a DOT string: double quotes and backslashes escaped,
// newlines written as \n.
func dotID(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return `"` + r.Replace(s) + `"`
}

// WriteDOT writes the network in Graphviz's DOT language, laid out to read
// well in a report: a node per actor labelled with its name, shaped and
// coloured by actor type (ellipse country, hexagon IGO, box government,
// octagon military, rounded box person, component organisation,
// house group) and, with SizeBy, sized by that centrality; an edge per
// tie labelled with its main relation and its mentions, coloured by its
// majority quad class (blue verbal and green material cooperation, red
// verbal and dark red material conflict) with a pen width growing with the
// logarithm of its mentions. ClusterBy "community" or "country" draws
// clusters. From 150 actors on, the graph asks for the sfdp force layout with
// straight edges, and drops edge labels and clusters.
func WriteDOT(w io.Writer, n *Network, o ExportOptions) error {
	d, err := prepare(n, o)
	if err != nil {
		return fmt.Errorf("write DOT: %w", err)
	}
	big := len(n.actors) >= bigGraph
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "digraph diplograph {")
	attrs := []string{`fontname="Helvetica"`, `overlap=false`, `outputorder=edgesfirst`, `pad=0.3`}
	if big {
		// Spline routing around hundreds of nodes takes Graphviz minutes:
		// straight edges take a fraction of a second.
		attrs = append(attrs, `layout=sfdp`, `splines=false`)
	} else {
		attrs = append(attrs, `splines=true`, `rankdir=LR`, `nodesep=0.35`, `ranksep=0.9`, `newrank=true`)
	}
	if o.Title != "" {
		attrs = append(attrs, "label="+dotID(o.Title), `labelloc=t`, `fontsize=18`)
	}
	fmt.Fprintf(bw, "\tgraph [%s];\n", strings.Join(attrs, ", "))
	fmt.Fprintln(bw, "\tnode [fontname=\"Helvetica\", fontsize=11, penwidth=1, color=\"#555555\", margin=\"0.12,0.06\"];")
	fmt.Fprintln(bw, "\tedge [fontname=\"Helvetica\", fontsize=9, fontcolor=\"#333333\", arrowsize=0.7];")

	var maxSize float64
	for _, v := range d.values {
		maxSize = max(maxSize, v[d.sizeKey])
	}
	for _, a := range n.actors {
		st, ok := nodeStyles[a.Type]
		if !ok {
			st = unknownStyle
		}
		name := cmp.Or(a.Name, a.ID)
		tip := name
		if a.Type != "" {
			tip += " (" + a.Type
			if a.Country != "" {
				tip += ", " + a.Country
			}
			tip += ")"
		}
		na := []string{"label=" + dotID(name), "shape=" + st.shape, `style="` + st.style + `"`, `fillcolor="` + st.fill + `"`, "tooltip=" + dotID(tip)}
		if d.sizeKey != "" && maxSize > 0 {
			// Font size from 10 to 26 with the square root of the score, so
			// that the node, sized to its label, grows with the score's area.
			s := math.Sqrt(max(0, d.values[a.ID][d.sizeKey]) / maxSize)
			na = append(na, "fontsize="+strconv.FormatFloat(10+16*s, 'f', 1, 64))
		}
		fmt.Fprintf(bw, "\t%s [%s];\n", dotID(a.ID), strings.Join(na, ", "))
	}

	if !big && o.ClusterBy != "" {
		clusters := map[string][]string{}
		label := map[string]string{}
		for _, a := range n.actors {
			var k string
			switch o.ClusterBy {
			case "community":
				k = fmt.Sprintf("%06d", d.community[a.ID])
				label[k] = fmt.Sprintf("Community %d", d.community[a.ID])
			case "country":
				if a.Country == "" {
					continue
				}
				k = a.Country
				label[k] = a.Country
			}
			clusters[k] = append(clusters[k], a.ID)
		}
		keys := slices.Sorted(maps.Keys(clusters))
		for i, k := range keys {
			if o.ClusterBy == "community" && len(clusters[k]) < 2 {
				continue // a lone actor needs no frame
			}
			fmt.Fprintf(bw, "\tsubgraph cluster_%d {\n", i+1)
			fmt.Fprintf(bw, "\t\tgraph [label=%s, style=\"rounded,dashed\", color=\"#9e9e9e\", fontcolor=\"#616161\", fontsize=12];\n", dotID(label[k]))
			for _, id := range clusters[k] {
				fmt.Fprintf(bw, "\t\t%s;\n", dotID(id))
			}
			fmt.Fprintln(bw, "\t}")
		}
	}

	for _, e := range n.edges {
		rel := e.MainRelation()
		q := n.quadClass(e)
		ea := []string{
			`color="` + edgeColours[q] + `"`,
			"penwidth=" + strconv.FormatFloat(1+1.2*math.Log(float64(max(1, e.Weight))), 'f', 2, 64),
			"weight=" + strconv.Itoa(e.Weight),
		}
		label := rel
		if e.Weight > 1 {
			label += " (" + strconv.Itoa(e.Weight) + ")"
		}
		if !big {
			ea = append(ea, "label="+dotID(label))
		}
		ea = append(ea, "tooltip="+dotID(e.Source+" → "+e.Target+": "+label))
		if q == 3 || q == 4 {
			ea = append(ea, `fontcolor="`+edgeColours[q]+`"`)
		}
		fmt.Fprintf(bw, "\t%s -> %s [%s];\n", dotID(e.Source), dotID(e.Target), strings.Join(ea, ", "))
	}
	fmt.Fprintln(bw, "}")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write DOT: %w", err)
	}
	return nil
}

// Render lays out DOT source with Graphviz's dot program and writes the
// picture in format "svg" or "png" to w. The layout engine is dot unless the
// source asks for another (WriteDOT asks for sfdp on big graphs). It returns
// ErrNoGraphviz when dot is not on PATH, ErrRenderFormat for another format,
// and dot's own message when it fails; nothing is written to w then.
func Render(ctx context.Context, dotSrc []byte, format string, w io.Writer) error {
	if format != "svg" && format != "png" {
		return fmt.Errorf("render %q: %w (want svg or png)", format, ErrRenderFormat)
	}
	bin, err := exec.LookPath("dot")
	if err != nil {
		return ErrNoGraphviz
	}
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, "-T"+format)
	cmd.Stdin = bytes.NewReader(dotSrc)
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		return fmt.Errorf("render %s with Graphviz dot: %w: %s", format, err, msg)
	}
	if _, err := w.Write(out.Bytes()); err != nil {
		return fmt.Errorf("render %s: write: %w", format, err)
	}
	return nil
}
