package claims

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/quotes"
)

// FuzzExtract checks that any text gives claims whose spans index the text,
// without panics, and the same claims on a second run.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Analis Korea Selatan mengatakan bahwa Kim kemungkinan akan mencari bantuan.",
		"Menurut Arief, harga gabah turun.",
		"Harga beras stabil, kata Perry. “Kami siap,” ujarnya.",
		"The bank was right, Goldfajn said. According to the ministry, 34 died.",
		"Moscow rejected Washington's claim that its troops crossed.",
		"”", "«»", "\xff\xfe said that", ", kata", "said", "menurut ,", strings.Repeat("“", 1000),
		"A, kata X, B. Y, said the minister, Z.", "regionalnya.Mereka mengatakan bahwa AS.Sehari",
	} {
		f.Add(s)
	}
	x, err := New()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		d := article.Parse(text)
		var qs []quotes.Quote
		if len(text) > 4 {
			qs = append(qs, quotes.Quote{Mention: article.MentionOf(text, article.Span{Start: 1, End: len(text) / 2})})
		}
		got := x.Extract(d, nil, qs)
		checkSpans(t, text, got)
		assert.Equal(t, got, x.Extract(d, nil, qs))
	})
}

func BenchmarkExtract(b *testing.B) {
	text := strings.Repeat("Analis Korea Selatan mengatakan bahwa Kim kemungkinan akan mencari bantuan ekonomi. Harga beras akan stabil, kata Perry. Menurut Arief, harga gabah sudah turun.\n", 50)
	d := article.Parse(text)
	x, err := New()
	require.NoError(b, err)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		x.Extract(d, nil, nil)
	}
}
