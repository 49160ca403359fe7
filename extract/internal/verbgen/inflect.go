package main

import "strings"

// irregular holds past and past participle of irregular verbs.
var irregular = map[string][2]string{
	"arise": {"arose", "arisen"}, "bear": {"bore", "borne"}, "beat": {"beat", "beaten"},
	"become": {"became", "become"}, "begin": {"began", "begun"}, "bend": {"bent", "bent"},
	"bid": {"bid", "bid"}, "bind": {"bound", "bound"}, "bleed": {"bled", "bled"},
	"blow": {"blew", "blown"}, "break": {"broke", "broken"}, "breed": {"bred", "bred"},
	"bring": {"brought", "brought"}, "build": {"built", "built"}, "burst": {"burst", "burst"},
	"buy": {"bought", "bought"}, "cast": {"cast", "cast"}, "catch": {"caught", "caught"},
	"choose": {"chose", "chosen"}, "come": {"came", "come"}, "cut": {"cut", "cut"},
	"deal": {"dealt", "dealt"}, "dig": {"dug", "dug"}, "do": {"did", "done"},
	"draw": {"drew", "drawn"}, "drive": {"drove", "driven"}, "eat": {"ate", "eaten"},
	"fall": {"fell", "fallen"}, "feed": {"fed", "fed"}, "feel": {"felt", "felt"},
	"fight": {"fought", "fought"}, "find": {"found", "found"}, "flee": {"fled", "fled"},
	"fly": {"flew", "flown"}, "forbid": {"forbade", "forbidden"}, "forecast": {"forecast", "forecast"},
	"forget": {"forgot", "forgotten"}, "forgive": {"forgave", "forgiven"}, "freeze": {"froze", "frozen"}, "unfreeze": {"unfroze", "unfrozen"},
	"get": {"got", "got"}, "give": {"gave", "given"}, "go": {"went", "gone"},
	"grow": {"grew", "grown"}, "hang": {"hung", "hung"}, "have": {"had", "had"},
	"hear": {"heard", "heard"}, "hide": {"hid", "hidden"}, "hit": {"hit", "hit"},
	"hold": {"held", "held"}, "hurt": {"hurt", "hurt"}, "keep": {"kept", "kept"},
	"know": {"knew", "known"}, "lay": {"laid", "laid"}, "lead": {"led", "led"},
	"leave": {"left", "left"}, "lend": {"lent", "lent"}, "let": {"let", "let"},
	"light": {"lit", "lit"}, "lose": {"lost", "lost"}, "make": {"made", "made"},
	"mean": {"meant", "meant"}, "meet": {"met", "met"}, "mislead": {"misled", "misled"},
	"outbid": {"outbid", "outbid"}, "overrun": {"overran", "overrun"}, "overtake": {"overtook", "overtaken"},
	"overthrow": {"overthrew", "overthrown"}, "pay": {"paid", "paid"}, "put": {"put", "put"},
	"quit": {"quit", "quit"}, "read": {"read", "read"}, "rebuild": {"rebuilt", "rebuilt"},
	"repay": {"repaid", "repaid"}, "ride": {"rode", "ridden"}, "rise": {"rose", "risen"},
	"run": {"ran", "run"}, "say": {"said", "said"}, "see": {"saw", "seen"},
	"seek": {"sought", "sought"}, "sell": {"sold", "sold"}, "send": {"sent", "sent"},
	"set": {"set", "set"}, "shake": {"shook", "shaken"}, "shed": {"shed", "shed"},
	"shoot": {"shot", "shot"}, "shut": {"shut", "shut"}, "sink": {"sank", "sunk"},
	"slay": {"slew", "slain"}, "slide": {"slid", "slid"}, "speak": {"spoke", "spoken"},
	"spend": {"spent", "spent"}, "spin": {"spun", "spun"}, "split": {"split", "split"},
	"spread": {"spread", "spread"}, "stand": {"stood", "stood"}, "steal": {"stole", "stolen"},
	"stick": {"stuck", "stuck"}, "strike": {"struck", "struck"}, "strive": {"strove", "striven"},
	"swear": {"swore", "sworn"}, "sweep": {"swept", "swept"}, "swing": {"swung", "swung"},
	"take": {"took", "taken"}, "teach": {"taught", "taught"}, "tear": {"tore", "torn"},
	"tell": {"told", "told"}, "think": {"thought", "thought"}, "throw": {"threw", "thrown"},
	"undertake": {"undertook", "undertaken"}, "understand": {"understood", "understood"},
	"undo": {"undid", "undone"}, "uphold": {"upheld", "upheld"}, "wage": {"waged", "waged"},
	"wake": {"woke", "woken"}, "wear": {"wore", "worn"}, "win": {"won", "won"},
	"withdraw": {"withdrew", "withdrawn"}, "withhold": {"withheld", "withheld"},
	"withstand": {"withstood", "withstood"}, "write": {"wrote", "written"},
	"shrink": {"shrank", "shrunk"}, "forgo": {"forwent", "forgone"}, "foresee": {"foresaw", "foreseen"},
	"oversee": {"oversaw", "overseen"}, "undergo": {"underwent", "undergone"}, "be": {"was", "been"},
	"sling": {"slung", "slung"}, "stride": {"strode", "stridden"}, "awake": {"awoke", "awoken"},
	"broadcast": {"broadcast", "broadcast"}, "thrust": {"thrust", "thrust"}, "upset": {"upset", "upset"},
	"reread": {"reread", "reread"}, "rethink": {"rethought", "rethought"}, "outrun": {"outran", "outrun"},
	"mistake": {"mistook", "mistaken"}, "partake": {"partook", "partaken"}, "sew": {"sewed", "sewn"},
}

// doubling lists verbs of more than one syllable that double their final
// consonant ("expel" → "expelled"); one-syllable CVC verbs double by rule.
var doubling = map[string]bool{
	"admit": true, "airdrop": true, "commit": true, "compel": true, "control": true, "expel": true,
	"patrol": true, "regret": true, "refer": true, "prefer": true, "confer": true,
	"deter": true, "occur": true, "rebel": true, "equip": true, "submit": true,
	"transmit": true, "permit": true, "omit": true, "abet": true, "kidnap": true,
	"propel": true, "repel": true, "dispel": true, "acquit": true, "outstrip": true,
	"combat": true, "transfer": true, "defer": true, "infer": true, "emit": true,
	"remit": true, "embed": true, "annul": true, "extol": true, "befit": true,
	"unveil": false, "recommit": true, "readmit": true, "worship": true,
}

// inflectPhrase inflects the first word of phrase. given are forms from the
// dictionary ("MEETS MET MEETING"), used instead of the rules where present.
func inflectPhrase(phrase string, given []string) []form {
	first, rest, _ := strings.Cut(phrase, " ")
	if rest != "" {
		rest = " " + rest
	}
	if first == "" {
		return nil
	}
	s, d, n, g := inflect(first)
	for _, gv := range given {
		w, _, _ := strings.Cut(gv, " ")
		switch {
		case w == first:
		case strings.HasSuffix(w, "ing"):
			g = w
		case w == s:
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(first, "s"):
			s = w
		default:
			irr, isIrr := irregular[first]
			switch {
			case isIrr && w == irr[1]:
				n = w
			case isIrr:
				d = w
			default:
				d, n = w, w
			}
		}
	}
	var out []form
	out = append(out, form{first + rest, "b"}, form{s + rest, "s"}, form{g + rest, "g"})
	if d == n {
		out = append(out, form{d + rest, "dn"})
	} else {
		out = append(out, form{d + rest, "d"}, form{n + rest, "n"})
	}
	// British spelling doubles a final l after one vowel: "travelled",
	// "cancelling", "signalled".
	if l := len(first); l > 4 && first[l-1] == 'l' && isVowel(first[l-2]) && !isVowel(first[l-3]) && !dbl(first) && d == first+"ed" {
		out = append(out, form{first + "led" + rest, "dn"}, form{first + "ling" + rest, "g"})
	}
	return out
}

// inflect returns the -s, past, past participle and -ing forms of verb.
func inflect(v string) (s, d, n, g string) {
	last := v[len(v)-1]
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || (strings.HasSuffix(v, "o") && !strings.HasSuffix(v, "oo")):
		s = v + "es"
	case last == 'y' && len(v) > 1 && !isVowel(v[len(v)-2]):
		s = v[:len(v)-1] + "ies"
	default:
		s = v + "s"
	}
	if v == "be" {
		s = "is"
	}
	if v == "have" {
		s = "has"
	}
	stem := v
	if dbl(v) {
		stem = v + string(last)
	}
	switch {
	case strings.HasSuffix(v, "ie"):
		g = v[:len(v)-2] + "ying"
	case last == 'e' && !strings.HasSuffix(v, "ee") && !strings.HasSuffix(v, "ye") && !strings.HasSuffix(v, "oe") && len(v) > 2:
		g = v[:len(v)-1] + "ing"
	default:
		g = stem + "ing"
	}
	if irr, ok := irregular[v]; ok {
		return s, irr[0], irr[1], g
	}
	switch {
	case last == 'e':
		d = v + "d"
	case last == 'y' && len(v) > 1 && !isVowel(v[len(v)-2]):
		d = v[:len(v)-1] + "ied"
	default:
		d = stem + "ed"
	}
	return s, d, d, g
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// dbl reports whether the final consonant doubles before -ed and -ing.
func dbl(v string) bool {
	if d, ok := doubling[v]; ok {
		return d
	}
	if len(v) < 3 {
		return false
	}
	a, b, c := v[len(v)-3], v[len(v)-2], v[len(v)-1]
	if isVowel(a) || !isVowel(b) || isVowel(c) || c == 'w' || c == 'x' || c == 'y' {
		return false
	}
	// One syllable only: no other vowel before.
	for i := 0; i < len(v)-2; i++ {
		if isVowel(v[i]) {
			return false
		}
	}
	return true
}
