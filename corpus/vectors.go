package corpus

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"code.sajari.com/word2vec"
)

// Vectors are word embeddings for grouping near-duplicate claims and quotes
// and for suggesting entity merges (see [IndexOptions]). They are loaded
// with code.sajari.com/word2vec from the binary word2vec format; text .vec
// files (fastText's output) go through [ConvertVec] first.
//
// On load every vector is normalised, the mean vector is subtracted (vectors
// trained on a small corpus otherwise all point one way) and the result is
// normalised again. Words are looked up folded to lower case. Vectors are
// immutable after loading and safe for concurrent use by multiple
// goroutines; no query cache is kept.
type Vectors struct {
	dim   int
	words map[string][]float32
}

// LoadVectorsFile loads a binary word2vec file, or a text .vec file when
// the name ends in ".vec" (converted in memory).
func LoadVectorsFile(name string) (*Vectors, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(name), ".vec") {
		var buf bytes.Buffer
		if _, err := ConvertVec(&buf, f); err != nil {
			return nil, fmt.Errorf("corpus: %s: %w", name, err)
		}
		r = &buf
	}
	v, err := LoadVectors(r)
	if err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", name, err)
	}
	return v, nil
}

// LoadVectors reads a model in the binary word2vec format: a header "N D\n",
// then for each word its bytes, one space, D little-endian float32 and an
// optional "\n". It fails when the header does not match the entries.
func LoadVectors(r io.Reader) (*Vectors, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("corpus: read vectors: %w", err)
	}
	vocab, dim, err := scanVocab(data)
	if err != nil {
		return nil, err
	}
	m, err := word2vec.FromReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("corpus: read vectors: %w", err)
	}
	raw := m.Map(vocab)
	mean := make([]float64, dim)
	n := 0
	for _, v := range raw {
		if !finite(v) {
			continue
		}
		for i, x := range v {
			mean[i] += float64(x)
		}
		n++
	}
	vs := &Vectors{dim: dim, words: make(map[string][]float32, len(raw))}
	for w, v := range raw {
		if !finite(v) {
			continue // an all-zero vector normalises to NaN
		}
		c := make([]float32, dim)
		for i, x := range v {
			c[i] = x - float32(mean[i]/float64(n))
		}
		if normalize(c) {
			vs.words[foldWord(w)] = c
		}
	}
	return vs, nil
}

// scanVocab lists the words of a binary model and checks the header.
func scanVocab(data []byte) ([]string, int, error) {
	nl := bytes.IndexByte(data, '\n')
	if nl < 0 {
		return nil, 0, errors.New("corpus: read vectors: no header line")
	}
	f := strings.Fields(string(data[:nl]))
	if len(f) != 2 {
		return nil, 0, fmt.Errorf("corpus: read vectors: bad header %q", data[:nl])
	}
	size, err1 := strconv.Atoi(f[0])
	dim, err2 := strconv.Atoi(f[1])
	if err1 != nil || err2 != nil || size < 0 || dim <= 0 {
		return nil, 0, fmt.Errorf("corpus: read vectors: bad header %q", data[:nl])
	}
	p := nl + 1
	vocab := make([]string, 0, size)
	for i := 0; i < size; i++ {
		sp := bytes.IndexByte(data[p:], ' ')
		if sp < 0 || p+sp+1+4*dim > len(data) {
			return nil, 0, fmt.Errorf("corpus: read vectors: header says %d words, file ends after %d", size, i)
		}
		vocab = append(vocab, string(data[p:p+sp]))
		p += sp + 1 + 4*dim
		if p < len(data) && data[p] == '\n' {
			p++
		}
	}
	if len(bytes.TrimSpace(data[p:])) > 0 {
		return nil, 0, fmt.Errorf("corpus: read vectors: data after the %d words of the header", size)
	}
	return vocab, dim, nil
}

// ConvertVec converts a text .vec file (a header line "N D", then one word
// and D numbers per line, separated by ASCII spaces) to the binary word2vec
// format on w, and returns the number of words written. The header of the
// output counts the words actually written: rows with the wrong number of
// values, repeated words (the first is kept) and all-zero vectors are
// skipped, and spaces inside words (never produced by fastText) would be
// written as "_". Lines are split on ASCII space only: U+00A0 occurs inside
// tokens.
func ConvertVec(w io.Writer, r io.Reader) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 64<<20)
	dim := -1
	seen := map[string]bool{}
	var body bytes.Buffer
	vals := []float32{}
	line := 0
	for sc.Scan() {
		line++
		f := splitSpace(strings.TrimRight(sc.Text(), " \r"))
		if len(f) == 0 {
			continue
		}
		if line == 1 && len(f) == 2 {
			if d, err := strconv.Atoi(f[1]); err == nil {
				dim = d
				continue
			}
		}
		if dim < 0 {
			dim = len(f) - 1
		}
		if len(f) != dim+1 || dim <= 0 {
			continue
		}
		word := strings.ReplaceAll(f[0], " ", "_")
		if seen[word] {
			continue
		}
		vals = vals[:0]
		zero := true
		for _, s := range f[1:] {
			x, err := strconv.ParseFloat(s, 32)
			if err != nil {
				return 0, fmt.Errorf("corpus: vec line %d: %w", line, err)
			}
			zero = zero && x == 0
			vals = append(vals, float32(x))
		}
		if zero {
			continue
		}
		seen[word] = true
		body.WriteString(word)
		body.WriteByte(' ')
		_ = binary.Write(&body, binary.LittleEndian, vals)
		body.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("corpus: read vec: %w", err)
	}
	if dim <= 0 {
		return 0, errors.New("corpus: read vec: no vectors")
	}
	if _, err := fmt.Fprintf(w, "%d %d\n", len(seen), dim); err != nil {
		return 0, fmt.Errorf("corpus: write vectors: %w", err)
	}
	if _, err := w.Write(body.Bytes()); err != nil {
		return 0, fmt.Errorf("corpus: write vectors: %w", err)
	}
	return len(seen), nil
}

func splitSpace(s string) []string {
	var out []string
	for _, p := range strings.Split(s, " ") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Len returns the number of words.
func (v *Vectors) Len() int { return len(v.words) }

// Dim returns the number of dimensions.
func (v *Vectors) Dim() int { return v.dim }

// Has reports whether the folded word has a vector.
func (v *Vectors) Has(word string) bool { _, ok := v.words[foldWord(word)]; return ok }

// Embed returns the normalised mean of the vectors of the words of text
// (letters and digits, folded), and false when none of them has a vector.
func (v *Vectors) Embed(text string) ([]float32, bool) {
	sum := make([]float32, v.dim)
	n := 0
	for _, w := range words(text) {
		if x, ok := v.words[w]; ok {
			for i := range sum {
				sum[i] += x[i]
			}
			n++
		}
	}
	if n == 0 || !normalize(sum) {
		return nil, false
	}
	return sum, true
}

// Similarity returns the cosine of the embeddings of a and b, in [-1, 1],
// and false when either has no known word.
func (v *Vectors) Similarity(a, b string) (float64, bool) {
	x, ok1 := v.Embed(a)
	y, ok2 := v.Embed(b)
	if !ok1 || !ok2 {
		return 0, false
	}
	return float64(dot(x, y)), true
}

// Nearest returns up to n words closest to word, best first, without word
// itself, and nil when word has no vector. It scans every word.
func (v *Vectors) Nearest(word string, n int) []word2vec.Match {
	q, ok := v.words[foldWord(word)]
	if !ok || n <= 0 {
		return nil
	}
	var out []word2vec.Match
	for w, x := range v.words {
		if w == foldWord(word) {
			continue
		}
		out = append(out, word2vec.Match{Word: w, Score: dot(q, x)})
	}
	sortMatches(out)
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func normalize(v []float32) bool {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 || math.IsNaN(s) || math.IsInf(s, 0) {
		return false
	}
	n := float32(math.Sqrt(s))
	for i := range v {
		v[i] /= n
	}
	return true
}

func finite(v []float32) bool {
	for _, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return false
		}
	}
	return len(v) > 0
}

// foldWord is the lookup form of a word: lower case.
func foldWord(w string) string { return strings.ToLower(w) }

// words splits text into folded runs of letters, digits and marks.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
	})
}

func sortMatches(m []word2vec.Match) {
	slices.SortFunc(m, func(a, b word2vec.Match) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.Word, b.Word)
	})
}
