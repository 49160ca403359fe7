// Package main pins dependencies until the packages that use them land. Temporary.
package main

import (
	_ "codeberg.org/readeck/go-readability/v2"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"
	_ "github.com/cayleygraph/cayley/graph/kv/badger"
	_ "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/cayley/graph/graphtest"
	_ "github.com/cayleygraph/quad/nquads"
	_ "github.com/chromedp/chromedp"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/schollz/progressbar/v3"
	_ "gonum.org/v1/gonum/graph/network"
	_ "gonum.org/v1/gonum/graph/community"
	_ "gonum.org/v1/gonum/graph/encoding/dot"
	_ "github.com/rogpeppe/go-internal/testscript"
	_ "github.com/spf13/cobra"
	_ "gopkg.in/yaml.v3"
	_ "github.com/google/go-cmp/cmp"
)
func main() {}
