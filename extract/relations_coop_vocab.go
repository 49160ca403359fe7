package extract

import "strings"

// coopVocab lists phrases of yielding and material help that the generated
// vocabulary (lexdata/verbs.tsv) lacks or codes too vaguely: "handed over
// five prisoners to", "returned the remains of", "swapped prisoners",
// "rolled over a loan to", "deposited $3 billion in", "lifted tariffs on",
// "reopened its airspace to". One line a phrase: code, the verb's forms
// (base|-s|past|participle|-ing), the words after the verb. They are
// added to the vocabulary as curated phrases (coopVocabTSV).
const coopVocab = `
0841	hand|hands|handed|handed|handing	over
0842	hand|hands|handed|handed|handing	back
084	return|returns|returned|returned|returning	the remains of
084	return|returns|returned|returned|returning	the bodies of
0841	return|returns|returned|returned|returning	prisoners to
084	swap|swaps|swapped|swapped|swapping	prisoners
084	swap|swaps|swapped|swapped|swapping	prisoners of war
084	swap|swaps|swapped|swapped|swapping	captives
084	swap|swaps|swapped|swapped|swapping	bodies
084	exchange|exchanges|exchanged|exchanged|exchanging	prisoners of war
084	exchange|exchanges|exchanged|exchanged|exchanging	captives
084	exchange|exchanges|exchanged|exchanged|exchanging	bodies
0841	repatriate|repatriates|repatriated|repatriated|repatriating
0874	withdraw|withdraws|withdrew|withdrawn|withdrawing	forces from
0874	withdraw|withdraws|withdrew|withdrawn|withdrawing	troops from
0874	pull|pulls|pulled|pulled|pulling	troops out of
0874	pull|pulls|pulled|pulled|pulling	forces out of
085	lift|lifts|lifted|lifted|lifting	tariffs on
085	remove|removes|removed|removed|removing	tariffs on
085	scrap|scraps|scrapped|scrapped|scrapping	tariffs on
085	cut|cuts|cut|cut|cutting	tariffs on
085	lower|lowers|lowered|lowered|lowering	tariffs on
085	reduce|reduces|reduced|reduced|reducing	tariffs on
085	suspend|suspends|suspended|suspended|suspending	tariffs on
085	ease|eases|eased|eased|easing	tariffs on
085	lift|lifts|lifted|lifted|lifting	sanctions against
085	unfreeze|unfreezes|unfroze|unfrozen|unfreezing
085	release|releases|released|released|releasing	frozen assets
0863	allow|allows|allowed|allowed|allowing	aid into
0863	let|lets|let|let|letting	aid into
081	reopen|reopens|reopened|reopened|reopening	its airspace to
081	open|opens|opened|opened|opening	its airspace to
080	reopen|reopens|reopened|reopened|reopening	the border with
080	reopen|reopens|reopened|reopened|reopening	border crossings with
080	reopen|reopens|reopened|reopened|reopening	the border crossing with
071	deposit|deposits|deposited|deposited|depositing
071	extend|extends|extended|extended|extending	a credit line to
071	extend|extends|extended|extended|extending	a line of credit to
071	extend|extends|extended|extended|extending	a credit line of
071	roll|rolls|rolled|rolled|rolling	over a loan to
071	roll|rolls|rolled|rolled|rolling	over loans to
071	roll|rolls|rolled|rolled|rolling	over a deposit
071	roll|rolls|rolled|rolled|rolling	over the loan
071	roll|rolls|rolled|rolled|rolling	over debt
071	disburse|disburses|disbursed|disbursed|disbursing
`

// coopVocabTSV renders coopVocab in the format of lexdata/verbs.tsv.
func coopVocabTSV() string {
	var b strings.Builder
	forms := [5]string{"b", "s", "d", "n", "g"}
	for line := range strings.SplitSeq(coopVocab, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		rest := ""
		if len(f) > 2 {
			rest = " " + f[2]
		}
		vs := strings.Split(f[1], "|")
		for i, v := range vs {
			if i >= len(forms) {
				break
			}
			form := forms[i]
			if i == 2 && vs[2] == vs[3] {
				form = "dn"
			} else if i == 3 && vs[2] == vs[3] {
				continue
			}
			b.WriteString(v + rest + "\t" + f[0] + "\t" + form + "\tcurated\n")
		}
	}
	return b.String()
}
