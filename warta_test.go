package warta_test

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/corpus"
)

func TestAnalyzeInputs(t *testing.T) {
	cases := []struct {
		name, text string
		wantErr    error
		why        string
	}{
		{"empty", "", nil, "empty text is an empty result, not an error"},
		{"whitespace", " \n\t\r\n ", nil, "white space only is an empty result"},
		{"invalid utf8", "Jokowi \xff\xfe mengatakan", warta.ErrInvalidUTF8, "callers must know the text was damaged"},
		{"nul bytes", "Jokowi\x00 mengatakan \x00", nil, "NUL is valid UTF-8 and simply not a letter"},
		{"crlf", "Presiden Joko Widodo tiba.\r\n\r\nIa disambut.\r", nil, "CRLF and lone CR end lines"},
		{"html debris", "<div class=\"x\">Prime Minister Anthony Albanese</div><script>alert(1)</script>", nil, "tags are just characters"},
		{"other language", "Der Bundeskanzler sagte am Montag in Berlin, dass die Regierung handeln werde.", nil, "text in neither language still gets a result"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := warta.Analyze(c.text)
			if c.wantErr != nil {
				require.ErrorIs(t, err, c.wantErr, c.why)
				return
			}
			require.NoError(t, err, c.why)
			b, err := json.Marshal(res)
			require.NoError(t, err)
			assert.NotContains(t, string(b), "null,\"organizations\"", "lists marshal as []")
			checkSpans(t, c.text, res)
		})
	}
}

func TestAnalyzeTooLarge(t *testing.T) {
	a, err := warta.New(warta.Options{MaxBytes: 10})
	require.NoError(t, err)
	_, err = a.Analyze(strings.Repeat("a", 11))
	assert.True(t, errors.Is(err, warta.ErrTooLarge))
}

func TestAnalyzeSample(t *testing.T) {
	res, err := warta.Analyze(corpus.SampleText())
	require.NoError(t, err)
	assert.Equal(t, "id", res.Language)
	names := map[string]bool{}
	for _, p := range res.People {
		names[p.Name] = true
	}
	assert.True(t, names["Retno Marsudi"], "people: %v", names)
	assert.True(t, names["Antony Blinken"], "people: %v", names)
	codes := map[string]bool{}
	for _, c := range res.Countries {
		codes[c.Code] = true
	}
	assert.True(t, codes["US"])
	checkSpans(t, res.Doc.Text, res)
}

// TestConcurrent drives one Analyzer from many goroutines and compares with
// a serial run.
func TestConcurrent(t *testing.T) {
	a, err := warta.New(warta.Options{})
	require.NoError(t, err)
	texts := []string{
		corpus.SampleText(),
		"WASHINGTON (Reuters) - Secretary of State Antony Blinken said on Tuesday the United States would keep working with Indonesia.",
		"Presiden Prabowo Subianto bertemu Perdana Menteri Australia Anthony Albanese di Canberra.",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		r, err := a.Analyze(s)
		require.NoError(t, err)
		b, _ := json.Marshal(r)
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				for i, s := range texts {
					r, err := a.Analyze(s)
					if !assert.NoError(t, err) {
						return
					}
					b, _ := json.Marshal(r)
					assert.Equal(t, want[i], string(b))
				}
			}
		}()
	}
	wg.Wait()
}

func checkSpans(t *testing.T, text string, r *warta.Result) {
	t.Helper()
	for _, p := range r.People {
		for _, m := range p.Mentions {
			require.Equal(t, m.Text, text[m.Start:m.End], "person %s", p.Name)
		}
	}
	for _, o := range r.Organizations {
		for _, m := range o.Mentions {
			require.Equal(t, m.Text, text[m.Start:m.End], "organization %s", o.Name)
		}
	}
	for _, c := range r.Countries {
		for _, m := range c.Mentions {
			require.Equal(t, m.Text, text[m.Start:m.End], "country %s", c.Code)
		}
	}
	for _, q := range r.Quotes {
		require.Equal(t, q.Text, text[q.Start:q.End], "quote")
	}
	for _, c := range r.Claims {
		require.Equal(t, c.Content, text[c.Start:c.End], "claim")
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "”", "«»", "\xff", "“A,” kata X, “B.”", strings.Repeat("“", 1000), corpus.SampleText()} {
		f.Add(s)
	}
	a, err := warta.New(warta.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r1, err := a.Analyze(s)
		if err != nil {
			return
		}
		checkSpans(t, s, r1)
		r2, _ := a.Analyze(s)
		b1, _ := json.Marshal(r1)
		b2, _ := json.Marshal(r2)
		if string(b1) != string(b2) {
			t.Fatalf("output differs between runs")
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	a, err := warta.New(warta.Options{})
	require.NoError(b, err)
	text := corpus.SampleText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Analyze(text); err != nil {
			b.Fatal(err)
		}
	}
}
