package article_test

import (
	"testing"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/internal/benchtext"
)

// BenchmarkParseSample parses the Indonesian and the English articles of
// the sample corpus, one at a time.
func BenchmarkParseSample(b *testing.B) {
	for _, lang := range []string{"id", "en"} {
		b.Run(lang, func(b *testing.B) {
			as := benchtext.Lang(lang)
			b.SetBytes(benchtext.Bytes(as))
			b.ReportAllocs()
			for b.Loop() {
				for _, a := range as {
					article.Parse(a.Text)
				}
			}
		})
	}
}

// BenchmarkParseLarge parses 1 MB and 8 MB of generated text; time per op
// should grow about 8x.
func BenchmarkParseLarge(b *testing.B) {
	for _, shape := range benchtext.Shapes {
		for _, mb := range []int{1, 8} {
			text := benchtext.Large(shape, mb<<20)
			b.Run(shape+"/"+string(rune('0'+mb))+"MB", func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					article.Parse(text)
				}
			})
		}
	}
}
