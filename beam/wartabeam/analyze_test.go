package wartabeam

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/corpus"
)

func TestMain(m *testing.M) { ptest.Main(m) }

func init() {
	register.Function1x1[Analysis, string](analysisID)
	register.Function1x1[Failure, string](failureID)
}

func analysisID(a Analysis) string { return a.ID }
func failureID(f Failure) string   { return f.ID }

// analyzeLine runs, for tests, corpus's per-record logic on one JSON line: decoding,
// the empty-text check, the analysis and its error wrapping. found is false
// for a blank line, which is not a record.
func analyzeLine(ctx context.Context, a *warta.Analyzer, line string) (o corpus.Output, found bool, err error) {
	src := &lineSource{line: line}
	sink := corpus.SinkFunc(func(out corpus.Output) error {
		o, found = out, true
		return nil
	})
	if _, err := corpus.Run(ctx, a, src, sink, corpus.RunOptions{Workers: 1}); err != nil {
		return corpus.Output{}, false, fmt.Errorf("wartabeam: analyze: %w", err)
	}
	return o, found, nil
}

// corpusLines runs the single-machine batch path (corpus.Run over a
// corpus.JSONLReader) and returns its JSON lines.
func corpusLines(t *testing.T, opts warta.Options, lines []string) []any {
	t.Helper()
	a, err := warta.New(opts)
	require.NoError(t, err)
	var out []any
	sink := corpus.SinkFunc(func(o corpus.Output) error {
		b, err := o.MarshalJSON()
		out = append(out, string(b))
		return err
	})
	_, err = corpus.Run(context.Background(), a, corpus.NewJSONLReader(strings.NewReader(strings.Join(lines, "\n"))), sink, corpus.RunOptions{Workers: 2})
	require.NoError(t, err)
	return out
}

var testOpts = warta.Options{MaxBytes: 200}

// records are input lines with what Analyze must make of them: an analysis
// (err == nil) or a failure whose cause is err.
var records = []struct {
	name string
	line string
	id   string // "" for a content-derived id
	err  error
	why  string
}{
	{"good/id", `{"id": "g1", "text": "Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken di Jakarta.", "lang": "id"}`, "g1", nil, "string id kept"},
	{"good/number-id", `{"id": 17, "text": "Prime Minister Anthony Albanese visited Japan on Monday."}`, "17", nil, "a number id as written"},
	{"good/url", `{"id": "g3", "text": "\"Kami siap,\" kata Prabowo Subianto.", "url": "https://x.example/g3", "published": "2024-09-01"}`, "g3", nil, "url and published carried"},
	{"good/no-id", `{"text": "Sri Mulyani berkata ekonomi tumbuh."}`, "", nil, "no line numbers in Beam: an id from the content"},
	{"bad/cut-line", `{"id": "b1", "text": `, "", corpus.ErrNotJSON, "a cut line is reported, not dropped; its id cannot be read"},
	{"bad/array", `[1, 2, 3]`, "", corpus.ErrNotJSON, "an array is not a record"},
	{"bad/missing-text", `{"id": "b3", "url": "https://x.example/3"}`, "b3", corpus.ErrMissingText, "no text field"},
	{"bad/text-not-string", `{"id": "b4", "text": 42}`, "", corpus.ErrNotJSON, "corpus reports a wrong type as not JSON, before it reads the id"},
	{"bad/empty-text", `{"id": "b5", "text": "  \n "}`, "b5", corpus.ErrEmptyText, "white space only"},
	{"bad/invalid-utf8", "{\"id\": \"b6\", \"text\": \"Jokowi \xff\xfe berkata\"}", "b6", warta.ErrInvalidUTF8, "encoding/json would hide the bad bytes"},
	{"bad/too-large", `{"id": "b7", "text": "` + strings.Repeat("kata ", 50) + `"}`, "b7", warta.ErrTooLarge, "over the analyzer's MaxBytes"},
}

func TestAnalyzeLine(t *testing.T) {
	a, err := warta.New(testOpts)
	require.NoError(t, err)
	for _, tc := range records {
		t.Run(tc.name, func(t *testing.T) {
			o, found, err := analyzeLine(context.Background(), a, tc.line)
			require.NoError(t, err)
			require.True(t, found, tc.why)
			if tc.id != "" {
				assert.Equal(t, tc.id, o.ID, tc.why)
			} else {
				assert.Equal(t, lineID(tc.line), o.ID, tc.why)
			}
			if tc.err == nil {
				assert.NoError(t, o.Err, tc.why)
				assert.NotNil(t, o.Result, tc.why)
				return
			}
			assert.ErrorIs(t, o.Err, tc.err, tc.why)
			assert.Nil(t, o.Result, tc.why)
		})
	}
	t.Run("blank", func(t *testing.T) {
		_, found, err := analyzeLine(context.Background(), a, "  \t")
		require.NoError(t, err)
		assert.False(t, found, "a blank line is not a record, as in corpus.JSONLReader")
	})
}

// TestAnalyze runs the transform and checks that every record comes back
// once, on the right output, as the same JSON line corpus writes.
func TestAnalyze(t *testing.T) {
	var lines, ids, failed []any
	var withID []string
	for _, r := range records {
		lines = append(lines, r.line)
		id := r.id
		if id == "" {
			id = lineID(r.line)
		} else {
			withID = append(withID, r.line)
		}
		if r.err == nil {
			ids = append(ids, id)
		} else {
			failed = append(failed, id)
		}
	}
	lines = append(lines, "", "   ")

	p, s := beam.NewPipelineWithRoot()
	ok, bad := Analyze(s, Options{Warta: testOpts}, beam.Create(s, lines...))
	passert.Equals(s, beam.ParDo(s, analysisID, ok), ids...)
	passert.Equals(s, beam.ParDo(s, failureID, bad), failed...)

	// Records with ids: byte for byte the lines of corpus.Run.
	p2, s2 := beam.NewPipelineWithRoot()
	ok2, bad2 := Analyze(s2, Options{Warta: testOpts}, beam.Create(s2, toAny(withID)...))
	all := beam.Flatten(s2, Format(s2, ok2), Format(s2, bad2))
	passert.Equals(s2, all, corpusLines(t, testOpts, withID)...)

	require.NoError(t, ptest.Run(p))
	require.NoError(t, ptest.Run(p2))
}

func toAny[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
