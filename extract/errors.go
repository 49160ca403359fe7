package extract

import "errors"

// ErrVocabulary reports an embedded relation vocabulary that cannot be parsed.
var ErrVocabulary = errors.New("extract: bad relation vocabulary")

// ErrNoLexicon reports an Extractor built without a lexicon.
var ErrNoLexicon = errors.New("extract: no lexicon")
