package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
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

// TestExecuteUnknownCommand checks that a mistyped command fails with
// status 1 and says so.
func TestExecuteUnknownCommand(t *testing.T) {
	var out, errOut strings.Builder
	code := execute(context.Background(), []string{"lod"}, nil, &out, &errOut)
	if code != exitFailure {
		t.Fatalf("exit status = %d, want %d", code, exitFailure)
	}
	if errOut.String() == "" {
		t.Fatal("no error message on stderr")
	}
}



