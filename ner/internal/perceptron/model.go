package perceptron

import (
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
)

// Tags are the BIO tags the models predict, in model order.
var Tags = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

const nTags = 7

// allowed reports whether tag cur may follow tag prev (prev == nTags means the
// sentence start): an I-X must follow B-X or I-X.
func allowed(prev, cur int) bool {
	if cur == 0 || cur%2 == 1 {
		return true
	}
	return prev != nTags && (prev == cur || prev == cur-1)
}

// tagIndex returns the index of tag in Tags, 0 (O) when unknown.
func tagIndex(tag string) int {
	for i, t := range Tags {
		if t == tag {
			return i
		}
	}
	return 0
}

// file is the serialized form of a Model.
type file struct {
	Version  int
	Lang     string
	Tags     []string
	Scale    float32   // weight = int16 value * Scale
	Keys     []uint64  // feature hashes
	Weights  []int16   // len(Keys)*len(Tags), row per key
	Trans    []float32 // (len(Tags)+1)*len(Tags); row len(Tags) is the start row
	GazWords []string  // sorted; a slice, not a map, so that files are reproducible
	GazBits  []uint8
	Note     string
}

const fileVersion = 1

// A Model is a trained tagger. It is immutable and safe for concurrent use.
type Model struct {
	lang  string
	index table     // feature hash -> row of w
	w     []float32 // row per feature
	trans [(nTags + 1) * nTags]float32
	// vtrans is trans with -Inf for the transitions allowed forbids.
	vtrans [(nTags + 1) * nTags]float32
	gaz    Gazetteer
	pool   sync.Pool
}

// scratch is the per-call state of decode, kept in Model.pool.
type scratch struct {
	toks []token
	sink featureSink
	emit []float32
	back []int8
	prev [nTags]float32
	cur  [nTags]float32
}

// Lang returns the language code the model was trained for.
func (m *Model) Lang() string { return m.lang }

// Features returns the number of features the model keeps.
func (m *Model) Features() int { return m.index.len() }

// decode returns the best BIO tag indexes for words.
func (m *Model) decode(words []string) []int {
	if len(words) == 0 {
		return nil
	}
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	defer m.pool.Put(s)
	s.toks = prepare(s.toks, words, m.gaz)
	toks := s.toks
	n := len(words)
	if cap(s.emit) < n*nTags {
		s.emit = make([]float32, n*nTags)
		s.back = make([]int8, n*nTags)
	}
	emit, back := s.emit[:n*nTags], s.back[:n*nTags]
	clear(emit)
	for i := range toks {
		s.sink.reset()
		extract(&s.sink, toks, i)
		row := (*[nTags]float32)(emit[i*nTags:])
		for _, h := range s.sink.out {
			if k := int(m.index.get(h)); k >= 0 {
				wr := (*[nTags]float32)(m.w[k*nTags:])
				row[0] += wr[0]
				row[1] += wr[1]
				row[2] += wr[2]
				row[3] += wr[3]
				row[4] += wr[4]
				row[5] += wr[5]
				row[6] += wr[6]
			}
		}
	}
	for i := range toks {
		toks[i].lower, toks[i].flags = "", "" // let the pool not keep words alive
	}
	return viterbi(emit, back, n, &m.vtrans, &s.prev, &s.cur)
}

// setTrans sets the transition scores and the Viterbi table derived from
// them.
func (m *Model) setTrans(trans []float32) {
	copy(m.trans[:], trans)
	negInf := float32(math.Inf(-1))
	for p := 0; p <= nTags; p++ {
		for t := 0; t < nTags; t++ {
			if allowed(p, t) {
				m.vtrans[p*nTags+t] = m.trans[p*nTags+t]
			} else {
				m.vtrans[p*nTags+t] = negInf
			}
		}
	}
}

// viterbi finds the best allowed tag sequence given emission scores
// emit[i*nTags+t] and transitions trans[prev*nTags+t] (prev == nTags:
// start), where a forbidden transition scores -Inf.
func viterbi(emit []float32, back []int8, n int, trans *[(nTags + 1) * nTags]float32, prev, cur *[nTags]float32) []int {
	negInf := float32(math.Inf(-1))
	for t := 0; t < nTags; t++ {
		prev[t] = negInf
		if tr := trans[nTags*nTags+t]; tr != negInf {
			prev[t] = emit[t] + tr
		}
	}
	for i := 1; i < n; i++ {
		e := (*[nTags]float32)(emit[i*nTags:])
		bk := (*[nTags]int8)(back[i*nTags:])
		for t := 0; t < nTags; t++ {
			best, arg := negInf, 0
			for p := 0; p < nTags; p++ {
				if v := prev[p] + trans[p*nTags+t]; v > best {
					best, arg = v, p
				}
			}
			cur[t] = best + e[t]
			bk[t] = int8(arg)
		}
		*prev = *cur
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

// Tag returns one BIO tag per word.
func (m *Model) Tag(words []string) []string {
	idx := m.decode(words)
	out := make([]string, len(words))
	for i, k := range idx {
		out[i] = Tags[k]
	}
	return out
}

// Read decodes a gzip-compressed gob model.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron: read model: %w", err)
	}
	defer zr.Close()
	var f file
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("perceptron: decode model: %w", err)
	}
	if f.Version != fileVersion || strings.Join(f.Tags, " ") != strings.Join(Tags, " ") ||
		len(f.Weights) != len(f.Keys)*nTags || len(f.Trans) != (nTags+1)*nTags {
		return nil, fmt.Errorf("perceptron: decode model: unexpected layout (version %d)", f.Version)
	}
	if len(f.GazWords) != len(f.GazBits) {
		return nil, fmt.Errorf("perceptron: decode model: gazetteer has %d words and %d classes", len(f.GazWords), len(f.GazBits))
	}
	m := &Model{lang: f.Lang, index: newTable(f.Keys)}
	if len(f.GazWords) > 0 {
		m.gaz = make(Gazetteer, len(f.GazWords))
		for i, w := range f.GazWords {
			m.gaz[w] = f.GazBits[i]
		}
	}
	m.w = make([]float32, len(f.Weights))
	for i, v := range f.Weights {
		m.w[i] = float32(v) * f.Scale
	}
	m.setTrans(f.Trans)
	return m, nil
}
