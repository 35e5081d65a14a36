package warta_test

import (
	"fmt"
	"testing"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/claims"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/internal/benchtext"
	"github.com/wartalab/warta/quotes"
)

// stages holds one Analyzer and the stage extractors, built once.
type stages struct {
	a  *warta.Analyzer
	e  *entities.Extractor
	q  *quotes.Attributor
	c  *claims.Extractor
	tb testing.TB
}

func newStages(tb testing.TB) *stages {
	tb.Helper()
	a, err := warta.New(warta.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	e, err := entities.New(entities.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	q, err := quotes.New()
	if err != nil {
		tb.Fatal(err)
	}
	c, err := claims.New()
	if err != nil {
		tb.Fatal(err)
	}
	return &stages{a: a, e: e, q: q, c: c, tb: tb}
}

// inputs are the results of the stages before the one measured, computed
// outside the timer.
type inputs struct {
	text string
	doc  *article.Doc
	set  *entities.Set
	qs   []quotes.Quote
}

func (s *stages) prepare(texts []string) []inputs {
	out := make([]inputs, len(texts))
	for i, t := range texts {
		d := article.Parse(t)
		set := s.e.Extract(d) // also loads the tagger of the language
		out[i] = inputs{text: t, doc: d, set: set, qs: s.q.Extract(d, set)}
	}
	return out
}

var stageNames = []string{"parse", "entities", "quotes", "claims", "analyze"}

// run runs stage once on every input.
func (s *stages) run(stage string, in []inputs) {
	for i := range in {
		x := &in[i]
		switch stage {
		case "parse":
			article.Parse(x.text)
		case "entities":
			s.e.Extract(x.doc)
		case "quotes":
			s.q.Extract(x.doc, x.set)
		case "claims":
			s.c.Extract(x.doc, x.set, x.qs)
		case "analyze":
			if _, err := s.a.Analyze(x.text); err != nil {
				s.tb.Fatal(err)
			}
		}
	}
}

func texts(as []benchtext.Article) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Text
	}
	return out
}

// BenchmarkStages measures every stage and the whole facade on the ten
// Indonesian and the ten English articles of the sample corpus, one
// article at a time; MB/s counts the bytes of article text.
//
//	go test -run '^$' -bench Stages -benchmem .
func BenchmarkStages(b *testing.B) {
	s := newStages(b)
	for _, lang := range []string{"id", "en"} {
		as := benchtext.Lang(lang)
		in := s.prepare(texts(as))
		for _, stage := range stageNames {
			b.Run(stage+"/"+lang, func(b *testing.B) {
				b.SetBytes(benchtext.Bytes(as))
				b.ReportAllocs()
				for b.Loop() {
					s.run(stage, in)
				}
			})
		}
	}
}

// BenchmarkLinear runs every stage on 1 MB and 8 MB of generated text
// (paragraphs, one line without a newline, and nothing but quote marks):
// the time per op should grow about 8x. The 8 MB inputs are skipped with
// -short. Run with -benchtime 1x:
//
//	go test -run '^$' -bench Linear -benchtime 1x .
func BenchmarkLinear(b *testing.B) {
	s := newStages(b)
	s.prepare([]string{benchtext.Lang("id")[0].Text, benchtext.Lang("en")[0].Text})
	for _, shape := range benchtext.Shapes {
		for _, mb := range []int{1, 8} {
			if mb == 8 && testing.Short() {
				continue
			}
			text := benchtext.Large(shape, mb<<20)
			var in []inputs
			for _, stage := range stageNames {
				b.Run(fmt.Sprintf("%s/%s/%dMB", shape, stage, mb), func(b *testing.B) {
					if in == nil {
						in = s.prepare([]string{text})
					}
					b.SetBytes(int64(len(text)))
					for b.Loop() {
						s.run(stage, in)
					}
				})
			}
		}
	}
}

// BenchmarkQuoteRun runs the facade on 50,000 quote marks in a row.
func BenchmarkQuoteRun(b *testing.B) {
	s := newStages(b)
	text := benchtext.QuoteRun(50000)
	in := s.prepare([]string{text})
	for _, stage := range stageNames {
		b.Run(stage, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				s.run(stage, in)
			}
		})
	}
}
