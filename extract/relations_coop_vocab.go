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
057	sign|signs|signed|signed|signing	a free trade agreement
057	sign|signs|signed|signed|signing	a free trade deal
057	sign|signs|signed|signed|signing	a free-trade agreement
057	sign|signs|signed|signed|signing	a free trade pact
057	sign|signs|signed|signed|signing	a free trade agreement with
057	sign|signs|signed|signed|signing	a free trade deal with
057	sign|signs|signed|signed|signing	a free-trade agreement with
057	conclude|concludes|concluded|concluded|concluding	a free trade agreement
057	conclude|concludes|concluded|concluded|concluding	a free trade deal
057	conclude|concludes|concluded|concluded|concluding	a free-trade agreement
057	conclude|concludes|concluded|concluded|concluding	a free trade pact
057	conclude|concludes|concluded|concluded|concluding	a free trade agreement with
057	conclude|concludes|concluded|concluded|concluding	a free trade deal with
057	conclude|concludes|concluded|concluded|concluding	a free-trade agreement with
057	seal|seals|sealed|sealed|sealing	a free trade agreement
057	seal|seals|sealed|sealed|sealing	a free trade deal
057	seal|seals|sealed|sealed|sealing	a free-trade agreement
057	seal|seals|sealed|sealed|sealing	a free trade pact
057	seal|seals|sealed|sealed|sealing	a free trade agreement with
057	seal|seals|sealed|sealed|sealing	a free trade deal with
057	seal|seals|sealed|sealed|sealing	a free-trade agreement with
057	finalise|finalises|finalised|finalised|finalising	a free trade agreement
057	finalise|finalises|finalised|finalised|finalising	a free trade deal
057	finalise|finalises|finalised|finalised|finalising	a free-trade agreement
057	finalise|finalises|finalised|finalised|finalising	a free trade pact
057	finalise|finalises|finalised|finalised|finalising	a free trade agreement with
057	finalise|finalises|finalised|finalised|finalising	a free trade deal with
057	finalise|finalises|finalised|finalised|finalising	a free-trade agreement with
057	finalize|finalizes|finalized|finalized|finalizing	a free trade agreement
057	finalize|finalizes|finalized|finalized|finalizing	a free trade deal
057	finalize|finalizes|finalized|finalized|finalizing	a free-trade agreement
057	finalize|finalizes|finalized|finalized|finalizing	a free trade pact
057	finalize|finalizes|finalized|finalized|finalizing	a free trade agreement with
057	finalize|finalizes|finalized|finalized|finalizing	a free trade deal with
057	finalize|finalizes|finalized|finalized|finalizing	a free-trade agreement with
057	clinch|clinches|clinched|clinched|clinching	a free trade agreement
057	clinch|clinches|clinched|clinched|clinching	a free trade deal
057	clinch|clinches|clinched|clinched|clinching	a free-trade agreement
057	clinch|clinches|clinched|clinched|clinching	a free trade pact
057	clinch|clinches|clinched|clinched|clinching	a free trade agreement with
057	clinch|clinches|clinched|clinched|clinching	a free trade deal with
057	clinch|clinches|clinched|clinched|clinching	a free-trade agreement with
057	ink|inks|inked|inked|inking	a free trade agreement
057	ink|inks|inked|inked|inking	a free trade deal
057	ink|inks|inked|inked|inking	a free-trade agreement
057	ink|inks|inked|inked|inking	a free trade pact
057	ink|inks|inked|inked|inking	a free trade agreement with
057	ink|inks|inked|inked|inking	a free trade deal with
057	ink|inks|inked|inked|inking	a free-trade agreement with
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
073	send|sends|sent|sent|sending	a rescue team to
073	send|sends|sent|sent|sending	rescue teams to
073	send|sends|sent|sent|sending	rescuers to
073	send|sends|sent|sent|sending	a medical team to
073	send|sends|sent|sent|sending	medical teams to
073	send|sends|sent|sent|sending	doctors to
073	send|sends|sent|sent|sending	a field hospital to
073	dispatch|dispatches|dispatched|dispatched|dispatching	a rescue team to
073	dispatch|dispatches|dispatched|dispatched|dispatching	rescue teams to
073	dispatch|dispatches|dispatched|dispatched|dispatching	rescuers to
073	dispatch|dispatches|dispatched|dispatched|dispatching	a medical team to
073	dispatch|dispatches|dispatched|dispatched|dispatching	medical teams to
073	dispatch|dispatches|dispatched|dispatched|dispatching	aid to
073	dispatch|dispatches|dispatched|dispatched|dispatching	relief to
070	secure|secures|secured|secured|securing	a loan from
070	secure|secures|secured|secured|securing	loans from
070	secure|secures|secured|secured|securing	aid from
070	secure|secures|secured|secured|securing	assistance from
070	secure|secures|secured|secured|securing	a credit line from
070	secure|secures|secured|secured|securing	credit from
070	secure|secures|secured|secured|securing	a line of credit from
070	secure|secures|secured|secured|securing	a bailout from
070	secure|secures|secured|secured|securing	funding from
070	secure|secures|secured|secured|securing	financing from
070	secure|secures|secured|secured|securing	a grant from
070	secure|secures|secured|secured|securing	grants from
070	secure|secures|secured|secured|securing	a deposit from
070	secure|secures|secured|secured|securing	a lifeline from
070	secure|secures|secured|secured|securing	a rescue package from
070	secure|secures|secured|secured|securing	budget support from
070	obtain|obtains|obtained|obtained|obtaining	a loan from
070	obtain|obtains|obtained|obtained|obtaining	loans from
070	obtain|obtains|obtained|obtained|obtaining	aid from
070	obtain|obtains|obtained|obtained|obtaining	assistance from
070	obtain|obtains|obtained|obtained|obtaining	a credit line from
070	obtain|obtains|obtained|obtained|obtaining	credit from
070	obtain|obtains|obtained|obtained|obtaining	a line of credit from
070	obtain|obtains|obtained|obtained|obtaining	a bailout from
070	obtain|obtains|obtained|obtained|obtaining	funding from
070	obtain|obtains|obtained|obtained|obtaining	financing from
070	obtain|obtains|obtained|obtained|obtaining	a grant from
070	obtain|obtains|obtained|obtained|obtaining	grants from
070	obtain|obtains|obtained|obtained|obtaining	a deposit from
070	obtain|obtains|obtained|obtained|obtaining	a lifeline from
070	obtain|obtains|obtained|obtained|obtaining	a rescue package from
070	obtain|obtains|obtained|obtained|obtaining	budget support from
070	win|wins|won|won|winning	a loan from
070	win|wins|won|won|winning	loans from
070	win|wins|won|won|winning	aid from
070	win|wins|won|won|winning	assistance from
070	win|wins|won|won|winning	a credit line from
070	win|wins|won|won|winning	credit from
070	win|wins|won|won|winning	a line of credit from
070	win|wins|won|won|winning	a bailout from
070	win|wins|won|won|winning	funding from
070	win|wins|won|won|winning	financing from
070	win|wins|won|won|winning	a grant from
070	win|wins|won|won|winning	grants from
070	win|wins|won|won|winning	a deposit from
070	win|wins|won|won|winning	a lifeline from
070	win|wins|won|won|winning	a rescue package from
070	win|wins|won|won|winning	budget support from
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
