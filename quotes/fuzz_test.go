package quotes

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// FuzzExtract checks that Extract never panics, that every span indexes the
// text, that quotes are ordered and never overlap, and that a second run
// gives the same result.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "”", "“", "\"", "'", "«»", "„", "``''", "‘’", "\xff\xfe“\xff”",
		"“Kami siap,” kata Retno.", "“We are ready,” Blinken said.",
		"“A,” kata Retno, “B.”\n\n“C\n\n“D”", "Blinken said: “A\n\n“B\n\n“C,” he added.",
		"'Tis the season,' Wong's aide said of the leaders' talks.",
		strings.Repeat("“", 1000), strings.Repeat("”", 999), strings.Repeat("\" ", 500),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := article.Parse(text)
		ents := handSet(doc, []ent{retno, blinken}, []ent{kpk})
		qs := testAttributor.Extract(doc, ents)
		checkSpans(t, text, qs)
		again := testAttributor.Extract(doc, ents)
		if len(again) != len(qs) {
			t.Fatalf("second run gave %d quotes, first %d", len(again), len(qs))
		}
	})
}

// TestHostile feeds inputs that break naive quote finders.
func TestHostile(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("“", 50000),
		strings.Repeat("\"", 50000),
		strings.Repeat("“a ", 20000),
		strings.Repeat("“Kami siap,” kata dia. ", 5000),
		strings.Repeat("'", 50000),
		"\xff\xfe“\x80”",
	} {
		doc := article.Parse(text)
		qs := testAttributor.Extract(doc, nil)
		checkSpans(t, text, qs)
	}
	assert.Empty(t, testAttributor.Extract(nil, nil), "a nil doc gives no quotes")
}

// TestConcurrent drives one Attributor from many goroutines and compares
// with a serial run.
func TestConcurrent(t *testing.T) {
	text := "Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken.\n\n“Kami siap,” kata Menlu.\n\n“We are ready,” Blinken said.\n\n“There is no other way.”"
	doc := article.Parse(text)
	ents := handSet(doc, []ent{retno, blinken}, nil)
	want := testAttributor.Extract(doc, ents)
	require.Len(t, want, 3)
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				assert.Equal(t, want, testAttributor.Extract(doc, ents))
			}
		}()
	}
	wg.Wait()
}

// TestFields checks the cue, speaker mention, addressee and paragraph.
func TestFields(t *testing.T) {
	text := "Pertemuan berlangsung di Jakarta.\n\n“Kami siap,” ujarnya kepada wartawan di Jakarta."
	doc := article.Parse(text)
	ents := handSet(doc, []ent{retno}, nil)
	// no antecedent: the pronoun stays unresolved, but the cue is reported
	qs := testAttributor.Extract(doc, ents)
	require.Len(t, qs, 1)
	q := qs[0]
	assert.Equal(t, 1, q.Paragraph)
	assert.True(t, q.Closed)
	require.NotNil(t, q.Cue)
	assert.Equal(t, "ujarnya", q.Cue.Text)
	assert.Equal(t, "ujar", q.Cue.Lemma)
	require.NotNil(t, q.Addressee)
	assert.Equal(t, "wartawan", q.Addressee.Text)
	assert.Nil(t, q.Speaker)

	text = "Retno Marsudi tiba di Jakarta.\n\n“Kami siap,” ujarnya kepada wartawan."
	doc = article.Parse(text)
	qs = testAttributor.Extract(doc, handSet(doc, []ent{retno}, nil))
	require.Len(t, qs, 1)
	require.NotNil(t, qs[0].SpeakerMention)
	assert.Equal(t, "nya", qs[0].SpeakerMention.Text, "the speaker mention of ujarnya is its -nya")
	assert.Equal(t, &entities.Ref{Kind: entities.KindPerson, Index: 0}, qs[0].SpeakerRef)

	text = "“We are ready,” Blinken told reporters on Monday."
	doc = article.Parse(text)
	qs = testAttributor.Extract(doc, handSet(doc, []ent{blinken}, nil))
	require.Len(t, qs, 1)
	require.NotNil(t, qs[0].Addressee)
	assert.Equal(t, "reporters", qs[0].Addressee.Text)
	assert.Equal(t, "Blinken", qs[0].SpeakerMention.Text)
	checkSpans(t, text, qs)
}

// TestAnalyzeTerms checks that scare quotes come back as terms.
func TestAnalyzeTerms(t *testing.T) {
	text := "Officials called the plan “reckless” on Monday. “We are ready,” Blinken said."
	doc := article.Parse(text)
	r := testAttributor.Analyze(doc, handSet(doc, []ent{blinken}, nil))
	require.Len(t, r.Terms, 1)
	assert.Equal(t, "reckless", r.Terms[0].Text)
	require.Len(t, r.Quotes, 1)
	assert.Equal(t, "We are ready", r.Quotes[0].Text)
}

func BenchmarkExtract(b *testing.B) {
	text := strings.Repeat("Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken.\n\n“Kami siap,” kata Menlu.\n\n“We are ready,” Blinken said, “but we need time.”\n\n", 200)
	doc := article.Parse(text)
	ents := handSet(doc, []ent{retno, blinken}, nil)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		testAttributor.Extract(doc, ents)
	}
}
