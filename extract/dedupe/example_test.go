package dedupe_test

import (
	"fmt"

	"github.com/diplograph/diplograph/extract/dedupe"
)

func Example() {
	wire := "ISLAMABAD (Reuters) - The United States and Pakistan signed a memorandum of understanding on Sunday to develop critical minerals, " +
		"with US Strategic Metals agreeing to invest $500 million alongside the Frontier Works Organisation, officials from both countries said. " +
		"The agreement was signed in Islamabad in the presence of Prime Minister Shehbaz Sharif and Field Marshal Asim Munir."
	copied := "By Staff Reporter. " + wire + " Follow us on X for the latest news."
	other := "US Secretary of State Marco Rubio met Field Marshal Asim Munir in Washington on Wednesday to discuss counter-terrorism " +
		"cooperation and the security of American investments in Pakistan's mining sector, the State Department said."

	var ix dedupe.Index
	ix.Add("reuters-1", dedupe.NewDoc("https://www.reuters.com/world/us-pakistan-minerals/", wire))
	for _, d := range []dedupe.Doc{
		dedupe.NewDoc("https://reuters.com/world/us-pakistan-minerals?utm_source=feed", ""),
		dedupe.NewDoc("https://frontier.example/news/1", copied),
		dedupe.NewDoc("https://state.example/readout", other),
	} {
		id, how := ix.Find(d)
		fmt.Printf("%q by %v\n", id, how)
	}
	fmt.Println(dedupe.CanonicalURL("HTTPS://www.Example.org/world/story/amp/?utm_source=x&fbclid=y#top"))
	// Output:
	// "reuters-1" by url
	// "reuters-1" by similarity
	// "" by none
	// example.org/world/story
}
