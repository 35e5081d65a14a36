package entities_test

import (
	"testing"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/internal/benchtext"
)

// BenchmarkExtractSample extracts the entities of the Indonesian and the
// English articles of the sample corpus (parsed outside the timer).
func BenchmarkExtractSample(b *testing.B) {
	x, err := entities.New(entities.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, lang := range []string{"id", "en"} {
		b.Run(lang, func(b *testing.B) {
			as := benchtext.Lang(lang)
			docs := make([]*article.Doc, len(as))
			for i, a := range as {
				docs[i] = article.Parse(a.Text)
				x.Extract(docs[i]) // loads the tagger outside the timer
			}
			b.SetBytes(benchtext.Bytes(as))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					x.Extract(d)
				}
			}
		})
	}
}
