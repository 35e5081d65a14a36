package corpus_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/corpus"
)

var analyzer = sync.OnceValues(func() (*warta.Analyzer, error) { return warta.New(warta.Options{}) })

func newAnalyzer(t testing.TB) *warta.Analyzer {
	t.Helper()
	a, err := analyzer()
	require.NoError(t, err)
	return a
}

// genArticle writes a short article of our own, Indonesian for even i and
// English for odd i, with a quote, a claim and a few entities.
func genArticle(i int) string {
	people := []string{"Retno Marsudi", "Antony Blinken", "Sri Mulyani", "Kim Jong Un", "Anthony Albanese"}
	countries := []string{"Amerika Serikat", "Jepang", "Australia", "Korea Selatan", "Mesir"}
	p, c := people[i%len(people)], countries[(i/2)%len(countries)]
	if i%2 == 0 {
		return fmt.Sprintf("JAKARTA - Menteri %s bertemu delegasi %s pada hari ke-%d.\n\n"+
			"\"Kami akan terus bekerja sama demi perdamaian,\" kata %s kepada wartawan.\n\n"+
			"%s mengatakan pertemuan itu membahas perdagangan dan keamanan kawasan.\n", p, c, i, p, p)
	}
	return fmt.Sprintf("WASHINGTON - Minister %s met officials from Japan on day %d.\n\n"+
		"\"We will keep working together for peace,\" %s told reporters.\n\n"+
		"%s said the talks covered trade and regional security.\n", p, i, p, p)
}

func TestRunManyArticlesKeepsEveryID(t *testing.T) {
	const n = 2000
	recs := make([]corpus.Record, n)
	for i := range recs {
		recs[i] = corpus.Record{ID: fmt.Sprintf("gen-%04d", i), Text: genArticle(i)}
	}
	for _, tc := range []struct {
		name string
		opts corpus.RunOptions
		why  string
	}{
		{"ordered", corpus.RunOptions{}, "the default keeps input order"},
		{"unordered/3-workers", corpus.RunOptions{Workers: 3, Unordered: true}, "every id still comes back exactly once"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seen := map[string]int{}
			var order []string
			sink := corpus.SinkFunc(func(o corpus.Output) error {
				seen[o.ID]++
				order = append(order, o.ID)
				assert.NoError(t, o.Err, o.ID)
				return nil
			})
			st, err := corpus.Run(context.Background(), newAnalyzer(t), corpus.NewRecordReader(recs), sink, tc.opts)
			require.NoError(t, err)
			assert.Equal(t, n, st.Records, tc.why)
			assert.Zero(t, st.Errors)
			require.Len(t, seen, n, tc.why)
			for id, k := range seen {
				assert.Equal(t, 1, k, id)
			}
			if !tc.opts.Unordered {
				for i, id := range order {
					require.Equal(t, recs[i].ID, id, "output order equals input order")
				}
			}
		})
	}
}

func TestRunParallelEqualsSerial(t *testing.T) {
	recs := make([]corpus.Record, 40)
	for i := range recs {
		recs[i] = corpus.Record{ID: fmt.Sprint(i), Text: genArticle(i)}
	}
	run := func(workers int) string {
		var buf bytes.Buffer
		w := corpus.NewJSONLWriter(&buf)
		_, err := corpus.Run(context.Background(), newAnalyzer(t), corpus.NewRecordReader(recs), w, corpus.RunOptions{Workers: workers})
		require.NoError(t, err)
		require.NoError(t, w.Close())
		return buf.String()
	}
	assert.Equal(t, run(1), run(4), "a shared analyzer gives the same output from many goroutines")
}

func TestJSONLMixedGoodAndBadLines(t *testing.T) {
	a, err := warta.New(warta.Options{MaxBytes: 2000})
	require.NoError(t, err)
	good := func(id string) string {
		b, _ := json.Marshal(corpus.Record{ID: id, Text: genArticle(1), URL: "https://example.org/" + id})
		return string(b)
	}
	lines := []struct {
		line string
		id   string
		err  error
		why  string
	}{
		{good("a1"), "a1", nil, "a good article"},
		{`{"id": "bad-json", "text": "unterminated`, "line-2", corpus.ErrNotJSON, "a line that is not JSON"},
		{`{"id": "no-text", "url": "x"}`, "no-text", corpus.ErrMissingText, "no text field"},
		{`{"id": "nil-text", "text": null}`, "nil-text", corpus.ErrMissingText, "text null"},
		{`{"id": "empty", "text": "  \n "}`, "empty", corpus.ErrEmptyText, "white space only"},
		{"{\"id\": \"bad-utf8\", \"text\": \"Jakarta \xff\xfe kata dia\"}", "bad-utf8", warta.ErrInvalidUTF8, "raw invalid bytes"},
		{`{"id": "huge", "text": "` + strings.Repeat("kata ", 500) + `"}`, "huge", warta.ErrTooLarge, "over the analyzer limit"},
		{`{"id": 42, "text": "Presiden Joko Widodo tiba di Tokyo."}`, "42", nil, "a numeric id"},
		{`{"text": "Presiden Joko Widodo tiba di Tokyo."}`, "line-9", nil, "no id: the line number"},
		{`[1, 2, 3]`, "line-10", corpus.ErrNotJSON, "JSON but not an object"},
		{`{"id": "long", "text": "` + strings.Repeat("x", 5000) + `"}`, "line-11", corpus.ErrLineTooLong, "over MaxLineBytes"},
		{good("a2"), "a2", nil, "a good article after the bad ones"},
	}
	var in strings.Builder
	for _, l := range lines {
		in.WriteString(l.line + "\n")
	}
	in.WriteString("\n") // trailing blank line: not a record
	r := corpus.NewJSONLReader(strings.NewReader(in.String()))
	r.MaxLineBytes = 4000

	var outs []corpus.Output
	var buf bytes.Buffer
	w := corpus.NewJSONLWriter(&buf)
	sink := corpus.SinkFunc(func(o corpus.Output) error { outs = append(outs, o); return w.Write(o) })
	st, err := corpus.Run(context.Background(), a, r, sink, corpus.RunOptions{Workers: 2})
	require.NoError(t, err)
	require.NoError(t, w.Close())
	require.Len(t, outs, len(lines), "one output per line")
	assert.Equal(t, 8, st.Errors)
	for i, l := range lines {
		o := outs[i]
		assert.Equal(t, l.id, o.ID, l.why)
		assert.Equal(t, i, o.Index, l.why)
		if l.err == nil {
			assert.NoError(t, o.Err, l.why)
			assert.NotNil(t, o.Result, l.why)
			continue
		}
		assert.ErrorIs(t, o.Err, l.err, l.why)
		var re *corpus.RecordError
		if assert.ErrorAs(t, o.Err, &re, l.why) {
			assert.Equal(t, i, re.Index, l.why)
		}
	}
	// The JSONL output has the same lines, errors as {"id","error"}.
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	i := 0
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m))
		assert.Equal(t, lines[i].id, m["id"], lines[i].why)
		_, hasErr := m["error"]
		_, hasPeople := m["people"]
		assert.Equal(t, lines[i].err != nil, hasErr, lines[i].why)
		assert.Equal(t, lines[i].err == nil, hasPeople, lines[i].why)
		i++
	}
	assert.Equal(t, len(lines), i)
}

func TestOutputJSON(t *testing.T) {
	res, err := newAnalyzer(t).Analyze(genArticle(0))
	require.NoError(t, err)
	tests := []struct {
		name string
		out  corpus.Output
		want []string
		why  string
	}{
		{"result", corpus.Output{ID: "x", URL: "u", Result: res}, []string{`{"id":"x","url":"u","language":`}, "id first, then the result's fields"},
		{"error", corpus.Output{ID: "y", Err: &corpus.RecordError{Index: 3, ID: "y", Err: corpus.ErrEmptyText}}, []string{`{"id":"y","error":"corpus: empty text"}`}, "the error without the wrapper"},
		{"neither", corpus.Output{ID: "z"}, []string{`{"id":"z","error":"no result"}`}, "never an empty record"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.out)
			require.NoError(t, err)
			for _, w := range tc.want {
				assert.True(t, strings.HasPrefix(string(b), w), "%s\n%s", tc.why, b)
			}
		})
	}
}

type failingSource struct{ n int }

func (f *failingSource) Next() (corpus.Record, error) {
	f.n++
	if f.n > 3 {
		return corpus.Record{}, errors.New("disk on fire")
	}
	return corpus.Record{ID: fmt.Sprint(f.n), Text: genArticle(f.n)}, nil
}

func TestRunStops(t *testing.T) {
	a := newAnalyzer(t)
	many := make([]corpus.Record, 500)
	for i := range many {
		many[i] = corpus.Record{ID: fmt.Sprint(i), Text: genArticle(i)}
	}
	t.Run("cancel", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		sink := corpus.SinkFunc(func(corpus.Output) error {
			if n++; n == 10 {
				cancel()
			}
			return nil
		})
		st, err := corpus.Run(ctx, a, corpus.NewRecordReader(many), sink, corpus.RunOptions{Workers: 2})
		assert.ErrorIs(t, err, context.Canceled)
		assert.Less(t, st.Records, len(many))
	})
	t.Run("sink-error", func(t *testing.T) {
		boom := errors.New("boom")
		_, err := corpus.Run(context.Background(), a, corpus.NewRecordReader(many), corpus.SinkFunc(func(o corpus.Output) error {
			if o.Index == 5 {
				return boom
			}
			return nil
		}), corpus.RunOptions{Workers: 2})
		assert.ErrorIs(t, err, boom)
	})
	t.Run("source-error", func(t *testing.T) {
		var ids []string
		_, err := corpus.Run(context.Background(), a, &failingSource{}, corpus.SinkFunc(func(o corpus.Output) error {
			ids = append(ids, o.ID)
			return nil
		}), corpus.RunOptions{})
		assert.ErrorContains(t, err, "disk on fire")
		assert.Equal(t, []string{"1", "2", "3"}, ids, "records read before the failure are still written")
	})
}

func TestDirReaderWriterCSV(t *testing.T) {
	in := t.TempDir()
	files := map[string]string{
		"b.txt":           genArticle(1),
		"a/x.txt":         genArticle(2),
		"a/deeper/y.TXT":  genArticle(3),
		"a/empty.txt":     "",
		"a/skip.md":       "not read",
		".hidden/z.txt":   "not read",
		"a/.also-hidden":  "not read",
		"c/bad-utf8.txt":  "Jakarta \xff kata",
		"c/ok-again.txt":  genArticle(4),
		"c/nested/ok.txt": genArticle(5),
	}
	for name, text := range files {
		p := filepath.Join(in, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
	r, err := corpus.NewDirReader(in)
	require.NoError(t, err)
	out := t.TempDir()
	dw, err := corpus.NewDirWriter(filepath.Join(out, "json"))
	require.NoError(t, err)
	cw, err := corpus.NewCSVWriter(filepath.Join(out, "csv"))
	require.NoError(t, err)
	var ids []string
	sink := corpus.SinkFunc(func(o corpus.Output) error {
		ids = append(ids, o.ID)
		return errors.Join(dw.Write(o), cw.Write(o))
	})
	st, err := corpus.Run(context.Background(), newAnalyzer(t), r, sink, corpus.RunOptions{})
	require.NoError(t, err)
	require.NoError(t, cw.Close())
	assert.Equal(t, []string{"a/deeper/y", "a/empty", "a/x", "b", "c/bad-utf8", "c/nested/ok", "c/ok-again"}, ids, "lexical path order, recursive, hidden and non-.txt skipped")
	assert.Equal(t, 2, st.Errors)
	for _, id := range ids {
		assert.FileExists(t, filepath.Join(out, "json", filepath.FromSlash(id)+".json"), "one file per article, errors included")
	}
	b, err := os.ReadFile(filepath.Join(out, "json", "c", "bad-utf8.json"))
	require.NoError(t, err)
	assert.Contains(t, string(b), "not valid UTF-8")

	arts, err := os.ReadFile(filepath.Join(out, "csv", "articles.csv"))
	require.NoError(t, err)
	assert.Equal(t, len(ids)+1, strings.Count(string(arts), "\n"), "one row per article plus the header")
	for _, table := range []string{"people", "organizations", "countries", "quotes", "claims"} {
		b, err := os.ReadFile(filepath.Join(out, "csv", table+".csv"))
		require.NoError(t, err, table)
		assert.True(t, strings.HasPrefix(string(b), "article_id,"), table)
	}
	people, _ := os.ReadFile(filepath.Join(out, "csv", "people.csv"))
	assert.Contains(t, string(people), "a/x,Sri Mulyani", "rows carry the article id")
}

func TestFileName(t *testing.T) {
	for _, tc := range []struct{ id, want, why string }{
		{"a/b", "a/b", "slashes make subdirectories"},
		{"../../etc/passwd", "_/_/etc/passwd", "never leaves the directory"},
		{`x:y*z`, "x_y_z", "characters Windows refuses"},
		{"", "_", "an empty id still names a file"},
		{`a\b`, "a/b", "backslashes are separators too"},
	} {
		assert.Equal(t, tc.want, corpus.FileName(tc.id), tc.why)
	}
}

func TestTextReader(t *testing.T) {
	r := corpus.NewTextReader(strings.NewReader("teks"), "stdin")
	rec, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, corpus.Record{ID: "stdin", Text: "teks"}, rec)
	_, err = r.Next()
	assert.ErrorIs(t, err, io.EOF)
}
