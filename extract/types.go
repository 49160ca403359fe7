package extract

// Article is one news article as read from a file, a feed or standard input.
type Article struct {
	// ID identifies the article: the id field of a JSON article, else the
	// file's path, else a content hash.
	ID string `json:"id"`
	// Title is the headline, when known.
	Title string `json:"title,omitempty"`
	// Date is the publication date as YYYY-MM-DD, when known.
	Date string `json:"date,omitempty"`
	// URL is where the article was published, when known.
	URL string `json:"url,omitempty"`
	// Source names the outlet or feed, when known.
	Source string `json:"source,omitempty"`
	// Text is the article body as plain text, paragraphs separated by blank lines.
	Text string `json:"text"`
}

// Actor types, the values of Actor.Type.
const (
	TypeCountry      = "country"
	TypeIGO          = "igo"
	TypeGovernment   = "government"
	TypeMilitary     = "military"
	TypePerson       = "person"
	TypeOrganisation = "organisation"
	TypeGroup        = "group"
)

// Actor is one canonical real-world actor, whatever the text calls it.
type Actor struct {
	// ID is a stable slug: "united-states", "pakistan", "marco-rubio".
	ID string `json:"id"`
	// Name is the display name.
	Name string `json:"name"`
	// Type is one of the Type constants.
	Type string `json:"type"`
	// Country is the ISO 3166-1 alpha-3 code of the country the actor
	// belongs to or acts for; empty when unknown or for an IGO.
	Country string `json:"country"`
	// Role is a person's role where the text gives it ("Secretary of State").
	Role string `json:"role,omitempty"`
	// Aliases are the other names the actor was called by in the text.
	Aliases []string `json:"aliases,omitempty"`
}

// Relation is a typed relation coded in CAMEO.
type Relation struct {
	// ID is the readable relation name: "partners-with", "visited", "praised".
	ID string `json:"id"`
	// Cameo is the CAMEO event code, two to four digits ("057", "042").
	Cameo string `json:"cameo"`
	// Goldstein is the Goldstein conflict–cooperation weight (−10…+10).
	Goldstein float64 `json:"goldstein"`
	// QuadClass is 1 verbal cooperation, 2 material cooperation,
	// 3 verbal conflict, 4 material conflict.
	QuadClass int `json:"quad_class"`
}

// Triple is one extracted subject–relation–object statement with its evidence.
type Triple struct {
	// Article is the id of the article the triple came from.
	Article string `json:"article"`
	// Date is the date of the event as YYYY-MM-DD: a relative date in the
	// sentence resolved against the article date, else the article date.
	Date string `json:"date,omitempty"`
	// SentenceIndex is the position of the sentence in the article, from 0.
	SentenceIndex int `json:"sentence_index"`
	// Sentence is the sentence the triple was found in.
	Sentence string   `json:"sentence"`
	Subject  Actor    `json:"subject"`
	Relation Relation `json:"relation"`
	Object   Actor    `json:"object"`
	// Confidence is between 0 and 1: a full clause pattern scores higher
	// than a nominal form or a guess.
	Confidence float64 `json:"confidence"`
	// Attrs holds attributes of the relation found in the sentence, such as
	// "amount": "$500 million".
	Attrs map[string]string `json:"attrs,omitempty"`
}
