package gdelt_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/gdelt"
)

func ExampleRead() {
	// One GDELT 2.0 event row: Washington signs a formal agreement with
	// Islamabad (columns: id, dates, Actor1 ×10, Actor2 ×10, event ×10,
	// geography ×24, DATEADDED, SOURCEURL).
	cols := make([]string, gdelt.NumColumns)
	copy(cols, []string{"1267000002", "20251026", "202510", "2025", "2025.8164",
		"USAGOV", "WASHINGTON", "USA", "", "", "", "", "GOV", "", "",
		"PAKGOV", "ISLAMABAD", "PAK", "", "", "", "", "GOV", "", "",
		"1", "057", "057", "05", "1", "8.0", "6", "1", "6", "3.1"})
	cols[59], cols[60] = "20251026120000", "https://www.dawn.com/news/1950002"
	row := strings.Join(cols, "\t") + "\n"

	r := strings.NewReader(row)
	st, err := gdelt.Read(context.Background(), "20251026120000.export.CSV", r, r.Size(),
		func(line int, t extract.Triple, err error) error {
			if err != nil {
				return err
			}
			fmt.Println(t.Date, t.Subject.ID, t.Relation.ID, t.Relation.Cameo, t.Object.ID, t.Article)
			return nil
		})
	fmt.Printf("%+v %v\n", st, err)
	// Output:
	// 2025-10-26 united-states-government signed-agreement-with 057 pakistan-government https://www.dawn.com/news/1950002
	// {Rows:1 Events:1 Skipped:0 Bad:0} <nil>
}

func ExampleWrite() {
	t := extract.Triple{
		Article: "https://www.dawn.com/news/1950001", Date: "2025-10-26",
		Subject:  extract.Actor{ID: "united-states", Name: "United States", Type: "country", Country: "USA"},
		Relation: extract.Relation{ID: "partners-with", Cameo: "030", Goldstein: 4, QuadClass: 1},
		Object:   extract.Actor{ID: "pakistan-military", Name: "Pakistan military", Type: "military", Country: "PAK"},
	}
	var b strings.Builder
	if err := gdelt.Write(&b, []extract.Triple{t}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	cols := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\t")
	names := gdelt.Columns()
	for _, i := range []int{1, 5, 7, 15, 16, 22, 26, 29, 30, 60} {
		fmt.Printf("%s=%s\n", names[i], cols[i])
	}
	// Output:
	// Day=20251026
	// Actor1Code=USA
	// Actor1CountryCode=USA
	// Actor2Code=PAKMIL
	// Actor2Name=Pakistan military
	// Actor2Type1Code=MIL
	// EventCode=030
	// QuadClass=1
	// GoldsteinScale=4
	// SOURCEURL=https://www.dawn.com/news/1950001
}
