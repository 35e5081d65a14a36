package perceptron

import (
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
)

// An Example is one training sentence with its gold BIO tags.
type Example struct {
	Words []string
	Tags  []string
}

// TrainOptions configure [Train].
type TrainOptions struct {
	Lang   string
	Epochs int    // passes over the data
	Seed   uint64 // shuffle seed; the same seed and data give the same model
	Gaz    Gazetteer
	// Progress, when set, is called after every epoch with the averaged model.
	Progress func(epoch int, m *Model)
	Note     string
}

type trainer struct {
	ids   map[uint64]int32
	w, u  []float64 // current and accumulated (for averaging) weights, row per feature
	tw    [(nTags + 1) * nTags]float64
	tu    [(nTags + 1) * nTags]float64
	c     float64
	gaz   Gazetteer
	lang  string
	note  string
	keys  []uint64
	feats [][][]int32 // sentence -> token -> feature ids
	gold  [][]int
}

// Train fits a structured averaged perceptron on data.
func Train(data []Example, opt TrainOptions) *Trainer {
	tr := &trainer{ids: map[uint64]int32{}, gaz: opt.Gaz, lang: opt.Lang, note: opt.Note}
	var (
		sink featureSink
		toks []token
	)
	for _, ex := range data {
		toks = prepare(toks, ex.Words, tr.gaz)
		sf := make([][]int32, len(toks))
		for i := range toks {
			sink.reset()
			extract(&sink, toks, i)
			ids := make([]int32, 0, len(sink.out))
			for _, h := range sink.out {
				id, ok := tr.ids[h]
				if !ok {
					id = int32(len(tr.keys))
					tr.ids[h] = id
					tr.keys = append(tr.keys, h)
				}
				ids = append(ids, id)
			}
			sf[i] = ids
		}
		g := make([]int, len(ex.Tags))
		for i, t := range ex.Tags {
			g[i] = tagIndex(t)
		}
		tr.feats = append(tr.feats, sf)
		tr.gold = append(tr.gold, g)
	}
	tr.w = make([]float64, len(tr.keys)*nTags)
	tr.u = make([]float64, len(tr.keys)*nTags)
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	var (
		emit   []float32
		back   []int8
		ftrans [(nTags + 1) * nTags]float32
		p, c   [nTags]float32
	)
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			sf, gold := tr.feats[si], tr.gold[si]
			n := len(sf)
			if n == 0 {
				continue
			}
			tr.c++
			if cap(emit) < n*nTags {
				emit = make([]float32, n*nTags)
				back = make([]int8, n*nTags)
			}
			emit, back = emit[:n*nTags], back[:n*nTags]
			for i, ids := range sf {
				row := emit[i*nTags : (i+1)*nTags]
				clear(row)
				for _, id := range ids {
					wr := tr.w[int(id)*nTags : int(id+1)*nTags]
					for t := range row {
						row[t] += float32(wr[t])
					}
				}
			}
			for i, v := range tr.tw {
				ftrans[i] = float32(v)
				if !allowed(i/nTags, i%nTags) {
					ftrans[i] = float32(math.Inf(-1))
				}
			}
			pred := viterbi(emit, back, n, &ftrans, &p, &c)
			prevG, prevP := nTags, nTags
			for i := range n {
				g, q := gold[i], pred[i]
				if g != q {
					for _, id := range sf[i] {
						tr.upd(int(id)*nTags+g, 1)
						tr.upd(int(id)*nTags+q, -1)
					}
				}
				if g != q || prevG != prevP {
					tr.updT(prevG*nTags+g, 1)
					tr.updT(prevP*nTags+q, -1)
				}
				prevG, prevP = g, q
			}
		}
		if opt.Progress != nil {
			opt.Progress(ep, tr.model(0))
		}
	}
	return &Trainer{tr: tr}
}

func (tr *trainer) upd(i int, d float64) {
	tr.w[i] += d
	tr.u[i] += tr.c * d
}

func (tr *trainer) updT(i int, d float64) {
	tr.tw[i] += d
	tr.tu[i] += tr.c * d
}

func (tr *trainer) avg(w, u float64) float64 {
	if tr.c == 0 {
		return w
	}
	return w - u/tr.c
}

// file builds the serialized model, dropping features whose quantized
// weights are all below prune (in units of the largest weight / 32767).
func (tr *trainer) file(prune int) *file {
	maxAbs := 0.0
	for i := range tr.w {
		maxAbs = math.Max(maxAbs, math.Abs(tr.avg(tr.w[i], tr.u[i])))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	type row struct {
		key uint64
		q   [nTags]int16
	}
	var rows []row
	for id, key := range tr.keys {
		var r row
		r.key = key
		keep := false
		for t := 0; t < nTags; t++ {
			v := math.Round(tr.avg(tr.w[id*nTags+t], tr.u[id*nTags+t]) / scale)
			r.q[t] = int16(v)
			if int(math.Abs(v)) > prune {
				keep = true
			}
		}
		if keep {
			rows = append(rows, r)
		}
	}
	slices.SortFunc(rows, func(a, b row) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	f := &file{Version: fileVersion, Lang: tr.lang, Tags: Tags, Scale: float32(scale), Note: tr.note}
	for w := range tr.gaz {
		f.GazWords = append(f.GazWords, w)
	}
	slices.Sort(f.GazWords)
	for _, w := range f.GazWords {
		f.GazBits = append(f.GazBits, tr.gaz[w])
	}
	for _, r := range rows {
		f.Keys = append(f.Keys, r.key)
		f.Weights = append(f.Weights, r.q[:]...)
	}
	f.Trans = make([]float32, len(tr.tw))
	for i := range tr.tw {
		f.Trans[i] = float32(tr.avg(tr.tw[i], tr.tu[i]))
	}
	return f
}

// model returns the averaged model without quantization or pruning.
func (tr *trainer) model(int) *Model {
	m := &Model{lang: tr.lang, gaz: tr.gaz, index: newTable(tr.keys)}
	m.w = make([]float32, len(tr.w))
	for i := range tr.w {
		m.w[i] = float32(tr.avg(tr.w[i], tr.u[i]))
	}
	var trans [(nTags + 1) * nTags]float32
	for i := range tr.tw {
		trans[i] = float32(tr.avg(tr.tw[i], tr.tu[i]))
	}
	m.setTrans(trans[:])
	return m
}

// A Trainer holds a trained model's full-precision weights.
type Trainer struct{ tr *trainer }

// Model returns the averaged model at full precision.
func (t *Trainer) Model() *Model { return t.tr.model(0) }

// Write serializes the model as gzip-compressed gob, quantized to 16 bits
// and without features whose weights all round to at most prune units.
// It returns the number of features written.
func (t *Trainer) Write(w io.Writer, prune int) (int, error) {
	f := t.tr.file(prune)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("perceptron: write model: %w", err)
	}
	if err := gob.NewEncoder(zw).Encode(f); err != nil {
		return 0, fmt.Errorf("perceptron: write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return 0, fmt.Errorf("perceptron: write model: %w", err)
	}
	return len(f.Keys), nil
}
