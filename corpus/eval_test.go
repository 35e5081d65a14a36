package corpus_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/corpus"
)

func strp(s string) *string { return &s }

// TestReportHandComputed checks the scorer port against counts worked out
// by hand with the rules of shared/eval/score.py.
func TestReportHandComputed(t *testing.T) {
	g := corpus.Gold{
		People: []corpus.GoldEntity{
			{Name: "Joko Widodo", Aliases: []string{"Jokowi"}},
			{Name: "Retno Marsudi", Aliases: []string{"Retno"}},
			{Name: "Budi", Optional: true},
		},
		Countries: []corpus.GoldCountry{{Code: "ID"}, {Code: "US"}, {Code: "SG", Optional: true}},
		Quotes: []corpus.GoldQuote{
			{Text: "Kami siap bekerja sama dengan semua pihak", Speaker: strp("Joko Widodo")},
			{Text: "Dunia menunggu langkah nyata", Speaker: strp("Retno Marsudi")},
		},
		Claims: []corpus.GoldClaim{{Source: "Retno Marsudi", Cue: "mengatakan", Content: "situasi di Gaza sangat memprihatinkan"}},
	}
	p := corpus.Prediction{
		// "Pak Jokowi" matches by the honorific rule; Budi is optional (no
		// TP, no FP); Prabowo is a false positive. Retno is missed.
		People:    []corpus.GoldEntity{{Name: "Pak Jokowi"}, {Name: "Budi"}, {Name: "Prabowo"}},
		Countries: []string{"ID", "sg", "MY"},
		Quotes: []corpus.GoldQuote{
			// Dice 2*6/(6+7) = 0.92 with the first gold quote; wrong speaker.
			{Text: "Kami siap bekerja sama dengan pihak", Speaker: strp("Retno")},
			// Dice 2*4/(4+4) = 1 with the second gold quote; right speaker by alias.
			{Text: "Dunia menunggu langkah nyata.", Speaker: strp("Retno")},
			{Text: "Tidak ada di gold", Speaker: nil},
		},
		Claims: []corpus.GoldClaim{{Source: "Menlu Retno Marsudi", Content: "situasi di Gaza memprihatinkan"}},
	}
	var r corpus.Report
	log := r.Add(g, p)
	assert.NotEmpty(t, log)
	assert.Equal(t, corpus.PRF{TP: 1, FP: 1, FN: 1}, r.People)
	assert.Equal(t, corpus.PRF{TP: 1, FP: 1, FN: 1}, r.Countries, "SG is optional; MY false; US missed")
	assert.Equal(t, corpus.PRF{TP: 2, FP: 1, FN: 0}, r.Quotes)
	assert.Equal(t, corpus.PRF{TP: 1, FP: 1}, r.Attribution)
	assert.Equal(t, corpus.PRF{TP: 1, FP: 2, FN: 1}, r.QuoteSpeaker)
	// Claim content Dice 2*4/(4+5) = 0.89; source Dice 2*2/(3+2) = 0.8.
	assert.Equal(t, corpus.PRF{TP: 1}, r.Claims)
	assert.Equal(t, corpus.PRF{TP: 1}, r.ClaimSource)
	assert.InDelta(t, 0.5, r.People.F1(), 1e-9)
}

func TestDiceHandComputed(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
		why  string
	}{
		{"Kami siap.", "kami SIAP", 1, "case and punctuation are normalised away"},
		{"a b c d", "a b", 2.0 * 2 / 6, "2 shared of 4+2 tokens"},
		{"a a b", "a b b", 2.0 * 2 / 6, "multiset intersection"},
		{"", "a", 0, "empty side"},
		{"“Dunia” menunggu", "dunia menunggu", 1, "curly quotes are separators"},
	} {
		assert.InDelta(t, tc.want, corpus.Dice(tc.a, tc.b), 1e-9, tc.why)
	}
}

func TestSampleCorpus(t *testing.T) {
	gs, err := corpus.Sample()
	require.NoError(t, err)
	if len(gs) == 0 {
		t.Skip("corpus/sample/*.json not written yet")
	}
	langs := map[string]int{}
	for _, g := range gs {
		langs[g.Lang]++
		assert.NotEmpty(t, g.Text, g.ID)
	}
	assert.Positive(t, langs["id"])
	assert.Positive(t, langs["en"])
	recs, err := corpus.SampleRecords()
	require.NoError(t, err)
	assert.Len(t, recs, len(gs))

	a := newAnalyzer(t)
	var r corpus.Report
	for _, g := range gs {
		res, err := a.Analyze(g.Text)
		require.NoError(t, err, g.ID)
		r.Add(g, corpus.PredictionOf(res))
	}
	assert.Equal(t, len(gs), r.Articles)
	assert.Positive(t, r.People.TP, "the analyzer finds some people of the sample")
}
