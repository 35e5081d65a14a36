package quotes

import (
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// ent describes an entity for a hand-built Set: its name, the other surface
// forms the text uses, and optionally gender and titles.
type ent struct {
	name    string
	aliases []string
	gender  string
	titles  []string
	aff     string // the organization of the person's title, if any
}

// handSet builds the entities.Set an extractor would return for doc, by
// finding every name and alias of people and orgs in the tokens (longest
// first).
func handSet(doc *article.Doc, people, orgs []ent) *entities.Set {
	s := &entities.Set{}
	type cand struct {
		ref   entities.Ref
		words []string
	}
	var cands []cand
	add := func(ref entities.Ref, e ent) {
		for _, al := range append([]string{e.name}, e.aliases...) {
			cands = append(cands, cand{ref, words(al)})
		}
	}
	for i, p := range people {
		pe := entities.Person{Name: p.name, Aliases: p.aliases, Gender: p.gender, Titles: p.titles}
		if p.aff != "" {
			pe.Affiliation = &entities.Affiliation{Kind: entities.KindOrganization, Name: p.aff}
		}
		s.People = append(s.People, pe)
		add(entities.Ref{Kind: entities.KindPerson, Index: i}, p)
	}
	for i, o := range orgs {
		s.Organizations = append(s.Organizations, entities.Organization{Name: o.name, Aliases: o.aliases})
		add(entities.Ref{Kind: entities.KindOrganization, Index: i}, o)
	}
	sort.SliceStable(cands, func(i, j int) bool { return len(cands[i].words) > len(cands[j].words) })
	taken := make([]bool, len(doc.Tokens))
	for _, c := range cands {
		n := len(c.words)
		for k := 0; n > 0 && k+n <= len(doc.Tokens); k++ {
			ok := true
			for w := 0; w < n; w++ {
				if taken[k+w] || doc.Tokens[k+w].Fold != c.words[w] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			for w := 0; w < n; w++ {
				taken[k+w] = true
			}
			s.Index = append(s.Index, entities.Located{Span: doc.Slice(k, k+n), Ref: c.ref, First: k, End: k + n})
		}
	}
	sort.Slice(s.Index, func(i, j int) bool { return s.Index[i].First < s.Index[j].First })
	return s
}

func words(s string) []string {
	d := article.Parse(s)
	w := make([]string, 0, len(d.Tokens))
	for _, t := range d.Tokens {
		w = append(w, strings.ToLower(t.Fold))
	}
	return w
}

// want is one expected quote: its text, its speaker ("" for none) and the
// pass that named it.
type want struct {
	text, speaker, pass string
}

type sieveCase struct {
	name   string
	text   string
	people []ent
	orgs   []ent
	want   []want
	why    string
}

func got(qs []Quote) []want {
	out := make([]want, 0, len(qs))
	for _, q := range qs {
		w := want{text: q.Text, pass: q.Pass}
		if q.Speaker != nil {
			w.speaker = *q.Speaker
		}
		out = append(out, w)
	}
	return out
}

var testAttributor = func() *Attributor {
	a, err := New()
	if err != nil {
		panic(err)
	}
	return a
}()

func runCases(t *testing.T, cases []sieveCase) {
	t.Helper()
	names := map[string]bool{}
	for _, tc := range cases {
		require.False(t, names[tc.name], "duplicate case name %s", tc.name)
		names[tc.name] = true
		require.NotEmpty(t, tc.why, tc.name)
		t.Run(tc.name, func(t *testing.T) {
			doc := article.Parse(tc.text)
			ents := handSet(doc, tc.people, tc.orgs)
			qs := testAttributor.Extract(doc, ents)
			checkSpans(t, doc.Text, qs)
			w := tc.want
			if w == nil {
				w = []want{}
			}
			assert.Equal(t, w, got(qs), tc.why)
		})
	}
}

// checkSpans asserts that every span of every quote indexes its text, and
// that quotes are ordered and do not overlap.
func checkSpans(t testing.TB, text string, qs []Quote) {
	t.Helper()
	check := func(what string, m article.Mention) {
		if m.Start < 0 || m.End > len(text) || m.Start > m.End {
			t.Fatalf("%s span %d:%d out of bounds (len %d)", what, m.Start, m.End, len(text))
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("%s text %q != text[%d:%d] %q", what, m.Text, m.Start, m.End, text[m.Start:m.End])
		}
	}
	prevEnd := -1
	for _, q := range qs {
		check("quote", q.Mention)
		if q.Start < prevEnd {
			t.Fatalf("quote %q at %d overlaps the previous quote ending at %d", q.Text, q.Start, prevEnd)
		}
		prevEnd = q.End
		if q.SpeakerMention != nil {
			check("speaker", *q.SpeakerMention)
		}
		if q.Cue != nil {
			check("cue", q.Cue.Mention)
		}
		if q.Addressee != nil {
			check("addressee", *q.Addressee)
		}
		if (q.Speaker == nil) != (q.SpeakerRef == nil) || (q.Speaker == nil) != (q.Pass == "") {
			t.Fatalf("quote %q: speaker, ref and pass disagree", q.Text)
		}
	}
}
