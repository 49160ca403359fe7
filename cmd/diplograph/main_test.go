package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"diplograph": func() { os.Exit(mainWithCode()) },
	})
}

// TestScripts runs the CLI scripts in testdata/script: each one loads,
// queries, ranks or exports and compares with the expected output.
func TestScripts(t *testing.T) {
	articles, err := filepath.Abs("../../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "../../testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("ARTICLES", articles)
			env.Setenv("DIPLOGRAPH_DB", filepath.Join(env.WorkDir, "test.db"))
			if v := os.Getenv("DIPLOGRAPH_TEST_POSTGRES"); v != "" {
				env.Setenv("DIPLOGRAPH_TEST_POSTGRES", v)
			}
			return nil
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "postgres":
				return os.Getenv("DIPLOGRAPH_TEST_POSTGRES") != "", nil
			}
			return false, nil
		},
		RequireExplicitExec: true,
	})
}
