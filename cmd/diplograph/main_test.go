package main

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/lib/pq"
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
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"pgdb": pgdb,
		},
		RequireExplicitExec: true,
	})
}

// pgdb is a script command: "pgdb VAR" creates a fresh database on the
// PostgreSQL server DIPLOGRAPH_TEST_POSTGRES names, sets VAR to its URL, and
// drops it when the script ends.
func pgdb(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: pgdb VAR")
	}
	base := ts.Getenv("DIPLOGRAPH_TEST_POSTGRES")
	if base == "" {
		ts.Fatalf("DIPLOGRAPH_TEST_POSTGRES is not set")
	}
	admin, err := sql.Open("postgres", base)
	ts.Check(err)
	var b [6]byte
	rand.Read(b[:])
	name := "diplograph_cli_" + hex.EncodeToString(b[:])
	_, err = admin.Exec("CREATE DATABASE " + name)
	ts.Check(err)
	ts.Defer(func() {
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		admin.Close()
	})
	u, err := url.Parse(base)
	ts.Check(err)
	u.Path = "/" + name
	ts.Setenv(args[0], u.String())
}
