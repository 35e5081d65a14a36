package claims_test

import (
	"testing"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/claims"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/internal/benchtext"
	"github.com/wartalab/warta/quotes"
)

// BenchmarkExtractSample finds the claims of the Indonesian and the
// English articles of the sample corpus (earlier stages run outside the
// timer).
func BenchmarkExtractSample(b *testing.B) {
	ex, err := entities.New(entities.Options{})
	if err != nil {
		b.Fatal(err)
	}
	q, err := quotes.New()
	if err != nil {
		b.Fatal(err)
	}
	c, err := claims.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, lang := range []string{"id", "en"} {
		b.Run(lang, func(b *testing.B) {
			as := benchtext.Lang(lang)
			docs := make([]*article.Doc, len(as))
			sets := make([]*entities.Set, len(as))
			qs := make([][]quotes.Quote, len(as))
			for i, a := range as {
				docs[i] = article.Parse(a.Text)
				sets[i] = ex.Extract(docs[i])
				qs[i] = q.Extract(docs[i], sets[i])
			}
			b.SetBytes(benchtext.Bytes(as))
			b.ReportAllocs()
			for b.Loop() {
				for i, d := range docs {
					c.Extract(d, sets[i], qs[i])
				}
			}
		})
	}
}
