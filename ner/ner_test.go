package ner

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/ner/internal/conll"
	"github.com/wartalab/warta/ner/internal/score"
)

// span is an expected entity written as its words, for readable tables.
type span struct {
	text  string
	label string
}

func spansOf(words []string, ents []Entity) []span {
	out := make([]span, 0, len(ents))
	for _, e := range ents {
		out = append(out, span{strings.Join(words[e.Start:e.End], " "), e.Label})
	}
	return out
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		lang string
		text string // space-separated tokens
		want []span // entities that must be found (others may be too)
		why  string
	}{
		{
			name: "id/president-and-ministry",
			lang: "id",
			text: "Presiden Prabowo Subianto meminta Kementerian Luar Negeri memperkuat diplomasi ekonomi di Jakarta , Senin .",
			want: []span{{"Prabowo Subianto", "PER"}, {"Kementerian Luar Negeri", "ORG"}, {"Jakarta", "LOC"}},
			why:  "title before a two-word name, ministry name, capital city",
		},
		{
			name: "id/quote-with-curly-marks",
			lang: "id",
			text: "“ Kami akan segera menindaklanjuti laporan itu , ” kata Ketua DPR Puan Maharani kepada wartawan .",
			want: []span{{"DPR", "ORG"}, {"Puan Maharani", "PER"}},
			why:  "speaker after a curly closing quote, kata and an office with an acronym",
		},
		{
			name: "id/org-and-place",
			lang: "id",
			text: "Bank Indonesia mempertahankan suku bunga acuan , sementara banjir melanda Semarang .",
			want: []span{{"Bank Indonesia", "ORG"}, {"Semarang", "LOC"}},
			why:  "organization at sentence start and a city",
		},
		{
			name: "en/prime-minister-and-world-bank",
			lang: "en",
			text: "Prime Minister Anthony Albanese met officials from the World Bank in Canberra on Tuesday .",
			want: []span{{"Anthony Albanese", "PER"}, {"World Bank", "ORG"}, {"Canberra", "LOC"}},
			why:  "title before a name, organization after the, capital city",
		},
		{
			name: "en/said",
			lang: "en",
			text: "“ We will not back down , ” said Emmanuel Macron , the president of France .",
			want: []span{{"Emmanuel Macron", "PER"}, {"France", "LOC"}},
			why:  "speaker after said, country",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tg, err := Load(tc.lang)
			require.NoError(t, err)
			words := strings.Fields(tc.text)
			got := spansOf(words, tg.Entities(words))
			for _, w := range tc.want {
				assert.Contains(t, got, w, tc.why)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		lang    string
		wantErr error
	}{
		{"id", "id", nil},
		{"en", "en", nil},
		{"upper-case", "ID", nil},
		{"unknown", "fr", ErrNoModel},
		{"empty", "", ErrNoModel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tg, err := Load(tc.lang)
			if tc.wantErr != nil {
				require.Error(t, err)
				assert.True(t, errors.Is(err, tc.wantErr))
				assert.True(t, strings.HasPrefix(err.Error(), "ner: "))
				assert.Nil(t, tg)
				return
			}
			require.NoError(t, err)
			again, err := Load(tc.lang)
			require.NoError(t, err)
			assert.Same(t, tg, again, "models are cached")
		})
	}
}

func TestTagHostile(t *testing.T) {
	long := make([]string, 5000)
	for i := range long {
		long[i] = "”"
	}
	tests := []struct {
		name  string
		words []string
	}{
		{"nil", nil},
		{"empty-slice", []string{}},
		{"empty-words", []string{"", "", ""}},
		{"invalid-utf8", []string{"\xff\xfe", "Jok\xc3owi", "\x80"}},
		{"lone-quote", []string{"”"}},
		{"i-only-punct", []string{"«", "»", "„", "‟", "—"}},
		{"digits", []string{"2024", "1,5", "Rp10.000"}},
		{"nul-and-controls", []string{"\x00", "\t", "\u200b", "A\x00B"}},
		{"huge-word", []string{strings.Repeat("Ab", 50000)}},
		{"many-quotes", long},
		{"mixed-scripts", []string{"Путин", "习近平", "مرحبا", "😀"}},
	}
	for _, lang := range []string{"id", "en"} {
		tg, err := Load(lang)
		require.NoError(t, err)
		for _, tc := range tests {
			t.Run(lang+"/"+tc.name, func(t *testing.T) {
				var tags []string
				require.NotPanics(t, func() { tags = tg.Tag(tc.words) })
				require.Len(t, tags, len(tc.words))
				for i, tag := range tags {
					prev := "O"
					if i > 0 {
						prev = tags[i-1]
					}
					if strings.HasPrefix(tag, "I-") {
						assert.Equal(t, tag[2:], prev[min(2, len(prev)):], "I- continues an entity at %d", i)
					}
				}
				ents := tg.Entities(tc.words)
				for _, e := range ents {
					assert.True(t, 0 <= e.Start && e.Start < e.End && e.End <= len(tc.words))
				}
			})
		}
	}
}

func TestNilTagger(t *testing.T) {
	var tg *Tagger
	assert.Equal(t, []string{"O", "O"}, tg.Tag([]string{"Joko", "Widodo"}))
	assert.Empty(t, tg.Entities([]string{"Joko"}))
}

func TestSpans(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want []Entity
	}{
		{"empty", nil, nil},
		{"one", []string{"B-PER", "I-PER", "O"}, []Entity{{0, 2, "PER"}}},
		{"adjacent", []string{"B-ORG", "B-ORG", "I-ORG"}, []Entity{{0, 1, "ORG"}, {1, 3, "ORG"}}},
		{"stray-i", []string{"O", "I-LOC", "I-LOC"}, []Entity{{1, 3, "LOC"}}},
		{"type-change", []string{"B-PER", "I-ORG"}, []Entity{{0, 1, "PER"}, {1, 2, "ORG"}}},
		{"unknown-label", []string{"B-MISC", "I-MISC", "X"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Spans(tc.tags))
		})
	}
}

func TestConcurrent(t *testing.T) {
	sentences := [][]string{
		strings.Fields("Menteri Luar Negeri AS Antony Blinken bertemu Retno Marsudi di Jakarta ."),
		strings.Fields("“ Kami siap , ” kata Jokowi kepada wartawan di Istana Merdeka ."),
		strings.Fields("The United Nations said on Monday that Antonio Guterres would travel to Kenya ."),
	}
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			tg, err := Load(lang)
			require.NoError(t, err)
			want := make([][]string, len(sentences))
			for i, s := range sentences {
				want[i] = tg.Tag(s)
			}
			var wg sync.WaitGroup
			errs := make(chan string, 64)
			for g := range 16 {
				wg.Go(func() {
					for k := range 50 {
						i := (g + k) % len(sentences)
						got := tg.Tag(sentences[i])
						if strings.Join(got, " ") != strings.Join(want[i], " ") {
							errs <- strings.Join(got, " ")
							return
						}
					}
				})
			}
			wg.Wait()
			close(errs)
			for e := range errs {
				t.Errorf("concurrent result differs from serial: %s", e)
			}
		})
	}
}

// sharedData returns ../shared/data relative to the module root, or skips.
func sharedData(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found")
		}
		dir = parent
	}
	data := filepath.Join(dir, "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	return data
}

func TestScoresAboveFloor(t *testing.T) {
	data := sharedData(t)
	_, en, err := conll.English(data)
	require.NoError(t, err)
	idner, err := conll.Load(data, conll.IdnerTest)
	require.NoError(t, err)
	nergrit, err := conll.Load(data, conll.NergritTest)
	require.NoError(t, err)
	tests := []struct {
		name  string
		lang  string
		sents []conll.Sentence
		floor float64 // entity-level F1; measured values are in doc.go
	}{
		{"idner-news-2k/test", "id", idner, 0.88},
		{"indonlu-nergrit/test", "id", nergrit, 0.69},
		{"wikigold-en/held-out", "en", en, 0.53},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tg, err := Load(tc.lang)
			require.NoError(t, err)
			r := score.NewReport()
			for _, s := range tc.sents {
				r.Add(s.Tags, tg.Tag(s.Words))
			}
			f1 := score.Overall(r.Entity).F1()
			t.Logf("entity F1 %.4f", f1)
			assert.GreaterOrEqual(t, f1, tc.floor)
		})
	}
}

func BenchmarkTag(b *testing.B) {
	for _, tc := range []struct {
		lang string
		text string
	}{
		{"id", "Menteri Luar Negeri AS Antony Blinken bertemu Menteri Luar Negeri Sugiono di Gedung Pancasila , Jakarta , Selasa ( 12/11 ) , untuk membahas kerja sama ekonomi ."},
		{"en", "Prime Minister Anthony Albanese told reporters in Canberra on Tuesday that the World Bank would lend Papua New Guinea another $ 500 million ."},
	} {
		b.Run(tc.lang, func(b *testing.B) {
			tg, err := Load(tc.lang)
			require.NoError(b, err)
			words := strings.Fields(tc.text)
			b.SetBytes(int64(len(tc.text)))
			b.ResetTimer()
			for b.Loop() {
				tg.Tag(words)
			}
			b.ReportMetric(float64(len(words)*b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	for _, lang := range []string{"id", "en"} {
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				if _, err := load(lang); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
