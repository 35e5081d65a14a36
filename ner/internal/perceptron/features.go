package perceptron

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wartalab/warta/internal/fold"
)

// Gazetteer classes, as bits of a Gazetteer value.
const (
	GazFirst   uint8 = 1 << iota // a given name
	GazLast                      // a family name
	GazTitle                     // a personal title or honorific (dr., H., Hj.)
	GazPlace                     // a word of a place name
	GazOrg                       // an organization acronym
	GazOrgWord                   // a word of an organization's full name
	GazOrgKey                    // a word common in organization names (bank, partai)
	GazLocKey                    // a word common in place names (kota, river)
)

var gazNames = [...]string{"first", "last", "title", "place", "org", "orgw", "orgkey", "lockey"}

// A Gazetteer maps folded words to a set of Gaz* class bits.
type Gazetteer map[string]uint8

// token holds the per-word facts that features are built from.
type token struct {
	lower  string // folded, digits mapped to 0
	flags  string // one letter per property, for a combined flag feature
	runes  int    // rune count of lower
	shape  [maxShape]byte
	long   [maxLong]byte
	nshape uint8 // condensed shape shape[:nshape]: "Xx", "X", "d", "x-x"
	nlong  uint8 // shape with up to 6 leading characters kept, long[:nlong]
	gaz    uint8
}

const (
	maxShape = 9 // shapes stops after the ninth change of class
	maxLong  = 7 // six classes and '+'
)

const (
	padStart = "<s>"
	padEnd   = "</s>"
)

// normQuote maps typographic quotes and dashes to the ASCII forms the
// training data uses; it leaves other words unchanged.
func normQuote(w string) string {
	switch w {
	case "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "''", "``":
		return "\""
	case "\u2018", "\u2019", "\u201a", "\u201b":
		return "'"
	case "\u2013", "\u2014":
		return "-"
	}
	return w
}

// prepare returns the tokens of words, reusing toks.
func prepare(toks []token, words []string, gaz Gazetteer) []token {
	if cap(toks) < len(words) {
		toks = make([]token, len(words))
	}
	toks = toks[:len(words)]
	for i, w := range words {
		w = normQuote(w)
		t := &toks[i]
		low := fold.String(w)
		t.lower = mapDigits(low)
		t.runes = utf8.RuneCountInString(t.lower)
		t.nshape, t.nlong = shapes(w, &t.shape, &t.long)
		t.flags = flags(w)
		t.gaz = 0
		if gaz != nil {
			t.gaz = gaz[low]
		}
	}
	return toks
}

func mapDigits(s string) string {
	if strings.IndexAny(s, "0123456789") < 0 {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c >= '1' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

// shapeClass is the shape character of ASCII bytes.
var shapeClass = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = 'X'
		case 'a' <= c && c <= 'z':
			t[c] = 'x'
		case '0' <= c && c <= '9':
			t[c] = 'd'
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// shapes writes the condensed shape of w to short and the shape of its
// first six characters (with '+' when there are more) to long.
func shapes(w string, short *[maxShape]byte, long *[maxLong]byte) (ns, nl uint8) {
	var last byte
	n := 0
	for i := 0; i < len(w); {
		var c byte
		if b := w[i]; b < utf8.RuneSelf {
			c = shapeClass[b]
			i++
		} else {
			r, sz := utf8.DecodeRuneInString(w[i:])
			i += sz
			switch {
			case unicode.IsUpper(r):
				c = 'X'
			case unicode.IsLower(r):
				c = 'x'
			case unicode.IsDigit(r):
				c = 'd'
			default:
				c = '*'
			}
		}
		if n < 6 {
			long[nl] = c
			nl++
		}
		n++
		if c != last {
			short[ns] = c
			ns++
			last = c
		}
		if ns > 8 {
			break
		}
	}
	if n > 6 {
		long[nl] = '+'
		nl++
	}
	return ns, nl
}

// flagNames[k][m] is the flag string of case class k ('A', 'T', 'M', 'l',
// '-') with the digit, hyphen and dot bits m.
var flagNames = func() (t [5][8]string) {
	for k, c := range "ATMl-" {
		for m := range 8 {
			b := []byte{byte(c)}
			if m&1 != 0 {
				b = append(b, 'd')
			}
			if m&2 != 0 {
				b = append(b, 'h')
			}
			if m&4 != 0 {
				b = append(b, '.')
			}
			t[k][m] = string(b)
		}
	}
	return t
}()

func flags(w string) string {
	var title, upper, lower bool
	m := 0
	first := true
	letters := 0
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			lower = true
			letters++
		case unicode.IsUpper(r):
			upper = true
			if first {
				title = true
			}
			letters++
		case unicode.IsLetter(r):
			lower = true
			letters++
		case unicode.IsDigit(r):
			m |= 1
		case r == '-':
			m |= 2
		case r == '.':
			m |= 4
		}
		first = false
	}
	var k int
	switch {
	case title && !lower && letters > 1:
		k = 0 // all caps
	case title:
		k = 1
	case upper:
		k = 2 // mixed, not initial
	case lower:
		k = 3
	default:
		k = 4
	}
	return flagNames[k][m]
}

// Features are FNV-1a 64 hashes of their parts, with the byte 0x1f
// between parts. The name part of every feature is hashed once, here.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashBytes(h uint64, s []byte) uint64 {
	for _, c := range s {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// next ends a part: the state for hashing the next one.
func next(h uint64) uint64 { return (h ^ 0x1f) * fnvPrime }

// seed is the state after the name part of a feature.
func seed(name string) uint64 { return next(hashString(fnvOffset, name)) }

// featureSink collects hashed features.
type featureSink struct {
	out []uint64
}

func (f *featureSink) reset() { f.out = f.out[:0] }

func (f *featureSink) add(h uint64) { f.out = append(f.out, h) }

func prefixSuffix(s string, runes, n int) (pre, suf string, ok bool) {
	if runes < n {
		return "", "", false
	}
	if runes == len(s) { // ASCII
		return s[:n], s[len(s)-n:], true
	}
	i, k := 0, 0
	for k < n && i < len(s) {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
		k++
	}
	pre = s[:i]
	j, k := len(s), 0
	for k < n && j > 0 {
		_, sz := utf8.DecodeLastRuneInString(s[:j])
		j -= sz
		k++
	}
	suf = s[j:]
	return pre, suf, true
}

var (
	hBias     = hashString(fnvOffset, "bias")
	seedW     = seed("w")
	seedSh    = seed("sh")
	seedFl    = seed("fl")
	seedFirst = seed("first")
	seedPre   = [...]uint64{0, seed("p1"), seed("p2"), seed("p3"), seed("p4")}
	seedSuf   = [...]uint64{0, seed("s1"), seed("s2"), seed("s3"), seed("s4")}
	seedWinW  = [...]uint64{seed("w-2"), seed("w-1"), 0, seed("w+1"), seed("w+2")}
	seedWinSh = [...]uint64{seed("sh-2"), seed("sh-1"), 0, seed("sh+1"), seed("sh+2")}
	seedWPW   = seed("w-1|w")
	seedWWN   = seed("w|w+1")
	seedShShS = seed("sh-1|sh|sh+1")
	seedWPSh  = seed("w-1|sh")
	seedShWN  = seed("sh|w+1")
	seedGaz0  [len(gazNames)]uint64 // "g0", name: the flags follow
	hGazPrev  [len(gazNames)]uint64 // "g-1", name
	hGazNext  [len(gazNames)]uint64 // "g+1", name
)

func init() {
	for k, name := range gazNames {
		seedGaz0[k] = next(hashString(seed("g0"), name))
		hGazPrev[k] = hashString(seed("g-1"), name)
		hGazNext[k] = hashString(seed("g+1"), name)
	}
}

var (
	padStartShape = []byte(padStart)
	padEndShape   = []byte(padEnd)
)

func at(toks []token, i int) (lower string, shape []byte, gaz uint8) {
	switch {
	case i < 0:
		return padStart, padStartShape, 0
	case i >= len(toks):
		return padEnd, padEndShape, 0
	}
	t := &toks[i]
	return t.lower, t.shape[:t.nshape], t.gaz
}

// extract appends the hashed features of toks[i] to f.out.
func extract(f *featureSink, toks []token, i int) {
	t := &toks[i]
	shape := t.shape[:t.nshape]
	f.add(hBias)
	f.add(hashString(seedW, t.lower))
	f.add(hashBytes(seedSh, t.long[:t.nlong]))
	f.add(hashString(seedFl, t.flags))
	for n := 1; n <= 4; n++ {
		pre, suf, ok := prefixSuffix(t.lower, t.runes, n)
		if !ok {
			break
		}
		f.add(hashString(seedPre[n], pre))
		f.add(hashString(seedSuf[n], suf))
	}
	for d := -2; d <= 2; d++ {
		if d == 0 {
			continue
		}
		w, sh, _ := at(toks, i+d)
		f.add(hashString(seedWinW[d+2], w))
		f.add(hashBytes(seedWinSh[d+2], sh))
	}
	wp, shp, gp := at(toks, i-1)
	wn, shn, gn := at(toks, i+1)
	f.add(hashString(next(hashString(seedWPW, wp)), t.lower))
	f.add(hashString(next(hashString(seedWWN, t.lower)), wn))
	f.add(hashBytes(next(hashBytes(next(hashBytes(seedShShS, shp)), shape)), shn))
	f.add(hashBytes(next(hashString(seedWPSh, wp)), shape))
	f.add(hashString(next(hashBytes(seedShWN, shape)), wn))
	if i == 0 {
		f.add(hashString(seedFirst, t.flags))
	}
	for k := range gazNames {
		bit := uint8(1) << k
		if t.gaz&bit != 0 {
			f.add(hashString(seedGaz0[k], t.flags))
		}
		if gp&bit != 0 {
			f.add(hGazPrev[k])
		}
		if gn&bit != 0 {
			f.add(hGazNext[k])
		}
	}
}
