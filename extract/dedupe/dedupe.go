package dedupe

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The parameters of the signature. Changing any of them (or the hash
// constants) changes every signature and band key: stored ones then no
// longer match new ones, which the "m1:" version prefix of an encoded
// signature makes visible.
const (
	// ShingleSize is the number of words in a shingle.
	ShingleSize = 5
	// NumHashes is the number of MinHash values in a Signature.
	NumHashes = 128
	// Bands is the number of LSH bands a signature is cut into.
	Bands = 32
	// Rows is the number of hashes in a band (Bands × Rows = NumHashes).
	Rows = NumHashes / Bands
	// Threshold is the least estimated Jaccard similarity of two texts'
	// shingles for Same to call them one story.
	Threshold = 0.5
	// MinShingles is the least number of shingles a text needs for Same:
	// shorter texts are too short to tell a copy from a text on the same
	// subject.
	MinShingles = 20
)

// sigVersion prefixes an encoded signature.
const sigVersion = "m1:"

// ErrBadSignature is returned by ParseSignature for text that is no
// encoded signature of this version.
var ErrBadSignature = errors.New("dedupe: malformed signature")

// Signature is the MinHash of a text's shingles: for each of NumHashes
// hash functions, the least hash of any shingle. The zero Signature is that
// of an empty text.
type Signature struct {
	mins [NumHashes]uint32
	// n is the number of shingles (with repeats) the text gave.
	n int
}

// Shingles returns the number of shingles (with repeats) of the text the
// signature was computed from: 0 for an empty text, 1 for a text of fewer
// than ShingleSize words.
func (s Signature) Shingles() int { return s.n }

// Empty reports whether the signature is that of a text without words.
func (s Signature) Empty() bool { return s.n == 0 }

// hashA and hashB are the NumHashes multiply-shift hash functions
// h_i(x) = (a_i·x + b_i) >> 32 over 64-bit shingle hashes (a_i odd), drawn
// from splitmix64 with a fixed seed: they must not change.
var hashA, hashB = func() (a, b [NumHashes]uint64) {
	state := uint64(0x6469706c6f677261) // "diplogra"
	next := func() uint64 {
		state += 0x9e3779b97f4a7c15
		z := state
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	for i := range a {
		a[i] = next() | 1
		b[i] = next()
	}
	return a, b
}()

// mix64 is splitmix64's finaliser: a bijective mixing of 64 bits.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// wordHashes gives the 64-bit FNV-1a hash of every word of text, as
// Normalize would split and fold it, without building the words.
func wordHashes(text string, out []uint64) []uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	inWord := false
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(text[i:])
			i += size
		}
		switch {
		case isWordRune(r):
			r = unicode.ToLower(r)
			if r < utf8.RuneSelf {
				h = (h ^ uint64(r)) * prime
			} else {
				var buf [utf8.UTFMax]byte
				n := utf8.EncodeRune(buf[:], r)
				for _, b := range buf[:n] {
					h = (h ^ uint64(b)) * prime
				}
			}
			inWord = true
		case isJoiner(r) && inWord:
			// An apostrophe inside a word joins it: "Pakistan's" is one word.
		default:
			if inWord {
				out = append(out, h)
				h = offset
				inWord = false
			}
		}
	}
	if inWord {
		out = append(out, h)
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isJoiner reports whether r is an apostrophe, dropped inside a word.
func isJoiner(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// Normalize returns the words of text in lower case, separated by single
// spaces: punctuation, symbols and spacing are dropped, apostrophes inside
// a word are removed ("Pakistan’s" becomes "pakistans"), letters and digits
// of every script are kept. Two texts with the same normalised form have
// the same Fingerprint and Signature.
func Normalize(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	inWord := false
	for _, r := range text {
		switch {
		case isWordRune(r):
			if !inWord && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(unicode.ToLower(r))
			inWord = true
		case isJoiner(r) && inWord:
		default:
			inWord = false
		}
	}
	return b.String()
}

// Fingerprint returns a hash (32 hex digits, the first 128 bits of a
// SHA-256) of the normalised text: equal for texts that differ only in
// case, punctuation and spacing; "" for a text without words, which
// matches nothing.
func Fingerprint(text string) string {
	n := Normalize(text)
	if n == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(n))
	return hex.EncodeToString(sum[:16])
}

// Sign computes the MinHash signature of text's ShingleSize-word shingles
// (of the words Normalize gives). A text of fewer words than a shingle is
// one shingle.
func Sign(text string) Signature {
	var buf [512]uint64
	words := wordHashes(text, buf[:0])
	var s Signature
	if len(words) == 0 {
		return s
	}
	for i := range s.mins {
		s.mins[i] = ^uint32(0)
	}
	k := min(ShingleSize, len(words))
	for i := 0; i+k <= len(words); i++ {
		var x uint64
		for _, w := range words[i : i+k] {
			x = mix64(x ^ w)
		}
		for j := range s.mins {
			if v := uint32((hashA[j]*x + hashB[j]) >> 32); v < s.mins[j] {
				s.mins[j] = v
			}
		}
		s.n++
	}
	return s
}

// Similarity estimates the Jaccard similarity of the shingle sets of the
// texts a and b were computed from: the share of their MinHash values that
// are equal, between 0 and 1 (standard error √(J(1−J)/NumHashes)). It is 0
// when either text is empty.
func Similarity(a, b Signature) float64 {
	if a.Empty() || b.Empty() {
		return 0
	}
	eq := 0
	for i := range a.mins {
		if a.mins[i] == b.mins[i] {
			eq++
		}
	}
	return float64(eq) / NumHashes
}

// Same reports whether a and b are signatures of one story: both texts
// have at least MinShingles shingles and their Similarity is at least
// Threshold.
func Same(a, b Signature) bool {
	return a.n >= MinShingles && b.n >= MinShingles && Similarity(a, b) >= Threshold
}

// BandKeys returns the signature's locality-sensitive keys, one per band:
// "b:h", b the band's number (0 to Bands−1) and h 16 hex digits hashing
// its Rows values. Two signatures that share a key are candidates for
// Same. A signature of fewer than MinShingles shingles has no keys.
func (s Signature) BandKeys() []string {
	if s.n < MinShingles {
		return nil
	}
	keys := make([]string, Bands)
	for b := range Bands {
		h := uint64(b + 1)
		for _, v := range s.mins[b*Rows : (b+1)*Rows] {
			h = mix64(h ^ uint64(v))
		}
		keys[b] = strconv.Itoa(b) + ":" + fmt.Sprintf("%016x", h)
	}
	return keys
}

// String encodes the signature as text: "m1:", the number of shingles,
// ":" and the NumHashes values in base64 (about 700 bytes).
// ParseSignature reverses it.
func (s Signature) String() string {
	var raw [NumHashes * 4]byte
	for i, v := range s.mins {
		binary.BigEndian.PutUint32(raw[i*4:], v)
	}
	return sigVersion + strconv.Itoa(s.n) + ":" + base64.RawStdEncoding.EncodeToString(raw[:])
}

// MarshalText encodes the signature as String does.
func (s Signature) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes what MarshalText wrote.
func (s *Signature) UnmarshalText(text []byte) error {
	v, err := ParseSignature(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSignature decodes a signature encoded by String. Text of another
// version or shape gives ErrBadSignature.
func ParseSignature(text string) (Signature, error) {
	var s Signature
	rest, ok := strings.CutPrefix(text, sigVersion)
	if !ok {
		return s, fmt.Errorf("%w: no %q prefix", ErrBadSignature, sigVersion)
	}
	count, enc, ok := strings.Cut(rest, ":")
	if !ok {
		return s, fmt.Errorf("%w: no shingle count", ErrBadSignature)
	}
	n, err := strconv.Atoi(count)
	if err != nil || n < 0 {
		return s, fmt.Errorf("%w: shingle count %q", ErrBadSignature, count)
	}
	raw, err := base64.RawStdEncoding.DecodeString(enc)
	if err != nil {
		return s, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if len(raw) != NumHashes*4 {
		return s, fmt.Errorf("%w: %d bytes of hashes, want %d", ErrBadSignature, len(raw), NumHashes*4)
	}
	for i := range s.mins {
		s.mins[i] = binary.BigEndian.Uint32(raw[i*4:])
	}
	s.n = n
	return s, nil
}
