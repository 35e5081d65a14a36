package perceptron

// The reference decoder: the feature extraction, Go-map lookup and Viterbi
// search as they were before the flat table and the allocation-free
// feature hashing (issue #7), kept to prove that the fast decoder gives
// the same tags.

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wartalab/warta/internal/fold"
)

// refToken holds the per-word facts that features are built from.
type refToken struct {
	lower    string // folded, digits mapped to 0
	shape    string // condensed shape: "Xx", "X", "d", "x-x"
	long     string // shape with up to 6 leading characters kept
	refFlags string // one letter per property, for a combined flag feature
	gaz      uint8
}

const (
	refPadStart = "<s>"
	refPadEnd   = "</s>"
)

// refNormQuote maps typographic quotes and dashes to the ASCII forms the
// training data uses; it leaves other words unchanged.
func refNormQuote(w string) string {
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

func refPrepare(words []string, gaz Gazetteer) []refToken {
	toks := make([]refToken, len(words))
	for i, w := range words {
		w = refNormQuote(w)
		t := &toks[i]
		low := fold.String(w)
		t.lower = refMapDigits(low)
		t.shape, t.long = refShapes(w)
		t.refFlags = refFlags(w)
		if gaz != nil {
			t.gaz = gaz[low]
		}
	}
	return toks
}

func refMapDigits(s string) string {
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

func refShapes(w string) (short, long string) {
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

func refFlags(w string) string {
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

// refFeatureSink collects hashed features; hashes are FNV-1a 64.
type refFeatureSink struct {
	buf []byte
	out []uint64
}

func (f *refFeatureSink) reset() { f.out = f.out[:0] }

func (f *refFeatureSink) add(parts ...string) {
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

func refAt(toks []refToken, i int) (lower, shape string, gaz uint8) {
	switch {
	case i < 0:
		return refPadStart, refPadStart, 0
	case i >= len(toks):
		return refPadEnd, refPadEnd, 0
	}
	return toks[i].lower, toks[i].shape, toks[i].gaz
}

func refPrefixSuffix(s string, n int) (pre, suf string, ok bool) {
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
	refPreNames = [...]string{"", "p1", "p2", "p3", "p4"}
	refSufNames = [...]string{"", "s1", "s2", "s3", "s4"}
	refWinWord  = [...]string{"w-2", "w-1", "", "w+1", "w+2"}
	refWinShape = [...]string{"sh-2", "sh-1", "", "sh+1", "sh+2"}
)

// refExtract appends the hashed features of toks[i] to f.out.
func refExtract(f *refFeatureSink, toks []refToken, i int) {
	t := &toks[i]
	f.add("bias")
	f.add("w", t.lower)
	f.add("sh", t.long)
	f.add("fl", t.refFlags)
	for n := 1; n <= 4; n++ {
		pre, suf, ok := refPrefixSuffix(t.lower, n)
		if !ok {
			break
		}
		f.add(refPreNames[n], pre)
		f.add(refSufNames[n], suf)
	}
	for d := -2; d <= 2; d++ {
		if d == 0 {
			continue
		}
		w, sh, _ := refAt(toks, i+d)
		f.add(refWinWord[d+2], w)
		f.add(refWinShape[d+2], sh)
	}
	wp, shp, gp := refAt(toks, i-1)
	wn, shn, gn := refAt(toks, i+1)
	f.add("w-1|w", wp, t.lower)
	f.add("w|w+1", t.lower, wn)
	f.add("sh-1|sh|sh+1", shp, t.shape, shn)
	f.add("w-1|sh", wp, t.shape)
	f.add("sh|w+1", t.shape, wn)
	if i == 0 {
		f.add("first", t.refFlags)
	}
	for k, name := range gazNames {
		bit := uint8(1) << k
		if t.gaz&bit != 0 {
			f.add("g0", name, t.refFlags)
		}
		if gp&bit != 0 {
			f.add("g-1", name)
		}
		if gn&bit != 0 {
			f.add("g+1", name)
		}
	}
}

// refViterbi finds the best allowed tag sequence given emission scores
// emit[i*nTags+t] and transitions trans[prev*nTags+t] (prev == nTags: start).
func refViterbi(emit []float32, back []int8, n int, trans []float32, prev, cur []float32) []int {
	negInf := float32(math.Inf(-1))
	for t := 0; t < nTags; t++ {
		if allowed(nTags, t) {
			prev[t] = emit[t] + trans[nTags*nTags+t]
		} else {
			prev[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < nTags; t++ {
			best, arg := negInf, 0
			for p := 0; p < nTags; p++ {
				if prev[p] == negInf || !allowed(p, t) {
					continue
				}
				if v := prev[p] + trans[p*nTags+t]; v > best {
					best, arg = v, p
				}
			}
			cur[t] = best + emit[i*nTags+t]
			back[i*nTags+t] = int8(arg)
		}
		copy(prev, cur)
	}
	best, arg := negInf, 0
	for t := 0; t < nTags; t++ {
		if prev[t] > best {
			best, arg = prev[t], t
		}
	}
	out := make([]int, n)
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*nTags+out[i]])
	}
	return out
}

// refDecode decodes words with the reference code and a Go map index.
func refDecode(m *Model, index map[uint64]int32, words []string) []int {
	if len(words) == 0 {
		return nil
	}
	toks := refPrepare(words, m.gaz)
	n := len(words)
	emit := make([]float32, n*nTags)
	back := make([]int8, n*nTags)
	var sink refFeatureSink
	for i := range toks {
		sink.reset()
		refExtract(&sink, toks, i)
		row := emit[i*nTags : (i+1)*nTags]
		for _, h := range sink.out {
			if k, ok := index[h]; ok {
				wr := m.w[int(k)*nTags : int(k+1)*nTags]
				for t := range row {
					row[t] += wr[t]
				}
			}
		}
	}
	var prev, cur [nTags]float32
	return refViterbi(emit, back, n, m.trans[:], prev[:], cur[:])
}
