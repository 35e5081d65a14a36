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
	lower string // folded, digits mapped to 0
	shape string // condensed shape: "Xx", "X", "d", "x-x"
	long  string // shape with up to 6 leading characters kept
	flags string // one letter per property, for a combined flag feature
	gaz   uint8
}

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

func prepare(words []string, gaz Gazetteer) []token {
	toks := make([]token, len(words))
	for i, w := range words {
		w = normQuote(w)
		t := &toks[i]
		low := fold.String(w)
		t.lower = mapDigits(low)
		t.shape, t.long = shapes(w)
		t.flags = flags(w)
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

func shapes(w string) (short, long string) {
	var s, l []byte
	var last byte
	n := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if n < 6 {
			l = append(l, c)
		}
		n++
		if c != last {
			s = append(s, c)
			last = c
		}
		if len(s) > 8 {
			break
		}
	}
	if n > 6 {
		l = append(l, '+')
	}
	return string(s), string(l)
}

func flags(w string) string {
	var title, upper, lower, digit, hyphen, dot bool
	first := true
	letters := 0
	for _, r := range w {
		switch {
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
			digit = true
		case r == '-':
			hyphen = true
		case r == '.':
			dot = true
		}
		first = false
	}
	b := make([]byte, 0, 6)
	switch {
	case title && !lower && letters > 1:
		b = append(b, 'A') // all caps
	case title:
		b = append(b, 'T')
	case upper:
		b = append(b, 'M') // mixed, not initial
	case lower:
		b = append(b, 'l')
	default:
		b = append(b, '-')
	}
	if digit {
		b = append(b, 'd')
	}
	if hyphen {
		b = append(b, 'h')
	}
	if dot {
		b = append(b, '.')
	}
	return string(b)
}

// featureSink collects hashed features; hashes are FNV-1a 64.
type featureSink struct {
	buf []byte
	out []uint64
}

func (f *featureSink) reset() { f.out = f.out[:0] }

func (f *featureSink) add(parts ...string) {
	h := uint64(14695981039346656037)
	for pi, p := range parts {
		if pi > 0 {
			h ^= 0x1f
			h *= 1099511628211
		}
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= 1099511628211
		}
	}
	f.out = append(f.out, h)
}

func at(toks []token, i int) (lower, shape string, gaz uint8) {
	switch {
	case i < 0:
		return padStart, padStart, 0
	case i >= len(toks):
		return padEnd, padEnd, 0
	}
	return toks[i].lower, toks[i].shape, toks[i].gaz
}

func prefixSuffix(s string, n int) (pre, suf string, ok bool) {
	if utf8.RuneCountInString(s) < n {
		return "", "", false
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
	preNames = [...]string{"", "p1", "p2", "p3", "p4"}
	sufNames = [...]string{"", "s1", "s2", "s3", "s4"}
	winWord  = [...]string{"w-2", "w-1", "", "w+1", "w+2"}
	winShape = [...]string{"sh-2", "sh-1", "", "sh+1", "sh+2"}
)

// extract appends the hashed features of toks[i] to f.out.
func extract(f *featureSink, toks []token, i int) {
	t := &toks[i]
	f.add("bias")
	f.add("w", t.lower)
	f.add("sh", t.long)
	f.add("fl", t.flags)
	for n := 1; n <= 4; n++ {
		pre, suf, ok := prefixSuffix(t.lower, n)
		if !ok {
			break
		}
		f.add(preNames[n], pre)
		f.add(sufNames[n], suf)
	}
	for d := -2; d <= 2; d++ {
		if d == 0 {
			continue
		}
		w, sh, _ := at(toks, i+d)
		f.add(winWord[d+2], w)
		f.add(winShape[d+2], sh)
	}
	wp, shp, gp := at(toks, i-1)
	wn, shn, gn := at(toks, i+1)
	f.add("w-1|w", wp, t.lower)
	f.add("w|w+1", t.lower, wn)
	f.add("sh-1|sh|sh+1", shp, t.shape, shn)
	f.add("w-1|sh", wp, t.shape)
	f.add("sh|w+1", t.shape, wn)
	if i == 0 {
		f.add("first", t.flags)
	}
	for k, name := range gazNames {
		bit := uint8(1) << k
		if t.gaz&bit != 0 {
			f.add("g0", name, t.flags)
		}
		if gp&bit != 0 {
			f.add("g-1", name)
		}
		if gn&bit != 0 {
			f.add("g+1", name)
		}
	}
}
