package main

import (
	"bufio"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// cameoGDELT is the CAMEO code table: code, Goldstein weight, name.
//
//go:embed cameo-gdelt.tsv
var cameoGDELT string

// relationIDs are the readable relation ids of the codes that news about
// diplomacy uses most; the other codes get a slug of their name.
var relationIDs = map[string]string{
	"010": "make-public-statement", "011": "declined-comment", "012": "made-pessimistic-comment",
	"013": "made-optimistic-comment", "014": "considered-policy-option", "015": "claimed-responsibility",
	"016": "denied-responsibility", "017": "engaged-in-symbolic-act", "018": "expressed-sympathy",
	"019": "expressed-accord",
	"020": "appeal", "021": "appealed-for-material-cooperation", "022": "appealed-for-diplomatic-cooperation",
	"023": "appealed-for-aid", "024": "appealed-for-political-reform", "025": "appealed-to-yield",
	"026": "appealed-to-meet", "027": "appealed-to-settle-dispute", "028": "appealed-for-mediation",
	"030": "express-intent-to-cooperate", "031": "expressed-intent-to-cooperate-materially",
	"032": "expressed-intent-to-support", "033": "expressed-intent-to-provide-aid",
	"034": "expressed-intent-to-reform", "035": "expressed-intent-to-yield", "036": "expressed-intent-to-meet",
	"037": "expressed-intent-to-settle-dispute", "038": "expressed-intent-to-accept-mediation",
	"039": "expressed-intent-to-mediate",
	"040": "consult", "041": "discussed-by-telephone", "042": "visited", "043": "hosted-visit",
	"044": "met-with", "045": "mediated", "046": "negotiated-with",
	"050": "engaged-in-diplomatic-cooperation", "051": "praised", "052": "defended-verbally",
	"053": "rallied-support-for", "054": "recognised", "055": "apologised-to", "056": "forgave",
	"057": "signed-agreement-with",
	"060": "cooperated-materially", "061": "cooperated-economically", "062": "cooperated-militarily",
	"063": "cooperated-judicially", "064": "shared-intelligence-with",
	"070": "provided-aid-to", "071": "provided-economic-aid-to", "072": "provided-military-aid-to",
	"073": "provided-humanitarian-aid-to", "074": "provided-protection-to", "075": "granted-asylum-to",
	"080": "yielded-to", "081": "eased-administrative-sanctions", "082": "eased-political-dissent",
	"083": "acceded-to-reform-demands", "084": "released", "085": "eased-sanctions-on",
	"086": "allowed-international-involvement", "087": "de-escalated-with",
	"090": "investigated", "091": "investigated-crime", "092": "investigated-human-rights-abuses",
	"093": "investigated-military-action", "094": "investigated-war-crimes",
	"100": "demanded", "101": "demanded-information", "102": "demanded-policy-support", "103": "demanded-aid",
	"104": "demanded-political-reform", "105": "demanded-mediation", "106": "demanded-withdrawal",
	"107": "demanded-ceasefire", "108": "demanded-meeting",
	"110": "disapproved-of", "111": "criticised", "112": "accused", "113": "rallied-opposition-against",
	"114": "complained-about", "115": "sued", "116": "found-guilty",
	"120": "rejected", "121": "rejected-material-cooperation", "122": "rejected-aid-request",
	"123": "rejected-reform-demand", "124": "refused-to-yield", "125": "rejected-talks",
	"126": "rejected-mediation", "127": "rejected-settlement", "128": "defied-norms", "129": "vetoed",
	"130": "threatened", "131": "threatened-non-force", "132": "threatened-administrative-sanctions",
	"133": "threatened-dissent", "134": "threatened-to-halt-negotiations", "135": "threatened-to-halt-mediation",
	"136": "threatened-to-halt-involvement", "137": "threatened-repression", "138": "threatened-military-force",
	"139": "gave-ultimatum",
	"140": "protested", "141": "demonstrated", "142": "hunger-struck", "143": "struck-or-boycotted",
	"144": "obstructed", "145": "rioted",
	"150": "showed-force", "151": "raised-police-alert", "152": "raised-military-alert",
	"153": "mobilised-police", "154": "mobilised-armed-forces",
	"160": "reduced-relations-with", "161": "broke-relations-with", "162": "reduced-aid-to",
	"163": "imposed-sanctions-on", "164": "halted-negotiations-with", "165": "halted-mediation",
	"166": "expelled",
	"170": "coerced", "171": "seized-property-of", "172": "imposed-administrative-sanctions",
	"173": "arrested", "174": "deported", "175": "repressed", "176": "cyber-attacked",
	"180": "used-unconventional-violence", "181": "abducted", "182": "assaulted", "183": "bombed",
	"184": "used-human-shields", "185": "attempted-to-assassinate", "186": "assassinated",
	"190": "attacked", "191": "blockaded", "192": "occupied", "193": "fought-with-small-arms",
	"194": "fought-with-artillery", "195": "carried-out-air-strikes-on", "196": "violated-ceasefire",
	"200": "used-mass-violence", "201": "mass-expelled", "202": "mass-killed", "203": "ethnically-cleansed",
	"204": "used-wmd",
}

// cameoRow is one generated row of cameo.tsv.
type cameoRow struct {
	Code, ID  string
	Goldstein float64
	Quad      int
	Name      string
}

// quadClass maps a CAMEO code to GDELT's quad class by its two-digit root:
// 01–05 verbal cooperation (1), 06–08 material cooperation (2), 09–13
// verbal conflict (3), 14–20 material conflict (4).
func quadClass(code string) (int, error) {
	root, err := strconv.Atoi(code[:2])
	switch {
	case err != nil || root < 1 || root > 20:
		return 0, fmt.Errorf("bad CAMEO code %q", code)
	case root <= 5:
		return 1, nil
	case root <= 8:
		return 2, nil
	case root <= 13:
		return 3, nil
	default:
		return 4, nil
	}
}

// relationSlug makes a relation id from a CAMEO name:
// "Appeal for economic aid" → "appeal-for-economic-aid".
func relationSlug(name string) string {
	name = strings.TrimSuffix(name, ", not specified below")
	name = strings.TrimSuffix(name, " not specified below")
	return slug(name)
}

// cameoRows builds the CAMEO table with unique relation ids. Two-digit
// roots get the slug of their name with "-category" appended, so that
// "consult" stays the id of 040.
func cameoRows() ([]cameoRow, error) {
	var rows []cameoRow
	seen := map[string]string{}
	for i, line := range strings.Split(cameoGDELT, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("cameo-gdelt.tsv:%d: %d fields", i+1, len(f))
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("cameo-gdelt.tsv:%d: %w", i+1, err)
		}
		q, err := quadClass(f[0])
		if err != nil {
			return nil, fmt.Errorf("cameo-gdelt.tsv:%d: %w", i+1, err)
		}
		id := relationIDs[f[0]]
		switch {
		case id != "":
		case len(f[0]) == 2:
			id = relationSlug(f[2]) + "-category"
		default:
			id = relationSlug(f[2])
		}
		if other, dup := seen[id]; dup {
			return nil, fmt.Errorf("relation id %s of %s already used by %s", id, f[0], other)
		}
		seen[id] = f[0]
		rows = append(rows, cameoRow{Code: f[0], ID: id, Goldstein: g, Quad: q, Name: f[2]})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Code < rows[j].Code })
	return rows, nil
}

func writeCameo(w *bufio.Writer, rows []cameoRow) error {
	fmt.Fprintln(w, "# CAMEO event codes: relation id, Goldstein weight (GDELT's CAMEO.goldsteinscale.txt),")
	fmt.Fprintln(w, "# quad class (by root: 01-05 1, 06-08 2, 09-13 3, 14-20 4) and name (GDELT's CAMEO.eventcodes.txt).")
	fmt.Fprintln(w, "# Generated by extract/internal/lexgen: do not edit.")
	fmt.Fprintln(w, "# code\tid\tgoldstein\tquad\tname")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\t%.1f\t%d\t%s\n", r.Code, r.ID, r.Goldstein, r.Quad, r.Name)
	}
	return nil
}
