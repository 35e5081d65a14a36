package articletest_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/article/articletest"
)

// recorder is a testing.TB that collects errors instead of failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestCheckSpans(t *testing.T) {
	const text = "Sekjen NATO Jens Stoltenberg"
	cases := []struct {
		name  string
		ms    []article.Mention
		fails bool
		why   string
	}{
		{"good", []article.Mention{{Span: article.Span{Start: 7, End: 11}, Text: "NATO"}, {Span: article.Span{Start: 12, End: 28}, Text: "Jens Stoltenberg"}}, false, "text equals text[Start:End]"},
		{"empty-at-zero", []article.Mention{{Span: article.Span{}, Text: ""}}, false, "{0,0} is a real empty span"},
		{"wrong-text", []article.Mention{{Span: article.Span{Start: 7, End: 11}, Text: "PBB"}}, true, "text differs from the slice"},
		{"out-of-bounds", []article.Mention{{Span: article.Span{Start: 20, End: 99}, Text: "x"}}, true, "end past the text"},
		{"reversed", []article.Mention{{Span: article.Span{Start: 11, End: 7}, Text: ""}}, true, "start after end"},
		{"negative", []article.Mention{{Span: article.Span{Start: -1, End: 2}, Text: "Se"}}, true, "negative start"},
		{"unordered", []article.Mention{{Span: article.Span{Start: 12, End: 16}, Text: "Jens"}, {Span: article.Span{Start: 7, End: 11}, Text: "NATO"}}, true, "CheckMentions wants sorted starts"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := &recorder{TB: t}
			ok := articletest.CheckMentions(r, text, c.ms)
			assert.Equal(t, !c.fails, ok, c.why)
			assert.Equal(t, c.fails, len(r.errs) > 0, "%s: errors %q", c.why, r.errs)
		})
	}
}

func TestCheckDoc(t *testing.T) {
	d := article.Parse("“Kami siap,” kata Retno Marsudi.\n\nBlinken said the U.S. would help.")
	assert.True(t, articletest.CheckDoc(t, d))

	bad := *d
	bad.Tokens = append([]article.Token(nil), d.Tokens...)
	bad.Tokens[1].Fold = "KAMI"
	bad.Tokens[2].Start = bad.Tokens[1].Start
	r := &recorder{TB: t}
	assert.False(t, articletest.CheckDoc(r, &bad))
	assert.GreaterOrEqual(t, len(r.errs), 2, "fold and overlap both reported: %q", r.errs)
}
