package dedupe

// Doc is what the keys of one article say: its canonical URL, its text's
// fingerprint and its signature.
type Doc struct {
	// URL is the canonical URL (CanonicalURL); "" when unknown.
	URL string
	// Fingerprint is the text's Fingerprint; "" for an empty text.
	Fingerprint string
	// Sig is the text's Signature.
	Sig Signature
}

// NewDoc computes the keys of an article from its URL and text.
func NewDoc(rawURL, text string) Doc {
	return Doc{URL: CanonicalURL(rawURL), Fingerprint: Fingerprint(text), Sig: Sign(text)}
}

// Match says how a Doc matched another.
type Match int

// The kinds of match, strongest first.
const (
	// NoMatch: not one story.
	NoMatch Match = iota
	// ByURL: the same canonical URL.
	ByURL
	// ByFingerprint: the same normalised text.
	ByFingerprint
	// BySimilarity: near-duplicate texts (Same).
	BySimilarity
)

func (m Match) String() string {
	switch m {
	case ByURL:
		return "url"
	case ByFingerprint:
		return "fingerprint"
	case BySimilarity:
		return "similarity"
	}
	return "none"
}

// Compare says whether a and b are one story, and by which key: the same
// canonical URL, else the same fingerprint, else Same signatures.
func Compare(a, b Doc) Match {
	switch {
	case a.URL != "" && a.URL == b.URL:
		return ByURL
	case a.Fingerprint != "" && a.Fingerprint == b.Fingerprint:
		return ByFingerprint
	case Same(a.Sig, b.Sig):
		return BySimilarity
	}
	return NoMatch
}

// Index finds, among the documents added to it, one of the same story as
// a given document, in memory. Its zero value is empty and ready; it is
// not safe for concurrent use.
type Index struct {
	ids    []string
	docs   []Doc
	byURL  map[string]int
	byFP   map[string]int
	byBand map[string][]int
}

// Len returns the number of documents added.
func (ix *Index) Len() int { return len(ix.ids) }

// Add adds a document under id. Adding an id twice keeps both entries;
// Find reports the first.
func (ix *Index) Add(id string, d Doc) {
	if ix.byURL == nil {
		ix.byURL = make(map[string]int)
		ix.byFP = make(map[string]int)
		ix.byBand = make(map[string][]int)
	}
	n := len(ix.ids)
	ix.ids = append(ix.ids, id)
	ix.docs = append(ix.docs, d)
	if _, ok := ix.byURL[d.URL]; d.URL != "" && !ok {
		ix.byURL[d.URL] = n
	}
	if _, ok := ix.byFP[d.Fingerprint]; d.Fingerprint != "" && !ok {
		ix.byFP[d.Fingerprint] = n
	}
	for _, k := range d.Sig.BandKeys() {
		ix.byBand[k] = append(ix.byBand[k], n)
	}
}

// Find returns the id of a document of the same story as d (Compare): the
// first added with d's canonical URL, else the first with its fingerprint,
// else the most similar of those sharing a band with it (the first added
// among equals), and how it matched.
func (ix *Index) Find(d Doc) (id string, how Match) {
	if len(ix.ids) == 0 {
		return "", NoMatch
	}
	if n, ok := ix.byURL[d.URL]; d.URL != "" && ok {
		return ix.ids[n], ByURL
	}
	if n, ok := ix.byFP[d.Fingerprint]; d.Fingerprint != "" && ok {
		return ix.ids[n], ByFingerprint
	}
	best, bestSim := -1, 0.0
	seen := make(map[int]bool)
	for _, k := range d.Sig.BandKeys() {
		for _, n := range ix.byBand[k] {
			if seen[n] {
				continue
			}
			seen[n] = true
			if !Same(d.Sig, ix.docs[n].Sig) {
				continue
			}
			if sim := Similarity(d.Sig, ix.docs[n].Sig); sim > bestSim || sim == bestSim && n < best {
				best, bestSim = n, sim
			}
		}
	}
	if best < 0 {
		return "", NoMatch
	}
	return ix.ids[best], BySimilarity
}
