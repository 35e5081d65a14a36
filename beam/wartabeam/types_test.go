package wartabeam

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/corpus"
)

func TestAnalysisCoder(t *testing.T) {
	a, err := warta.New(warta.Options{})
	require.NoError(t, err)
	res, err := a.Analyze(corpus.SampleText())
	require.NoError(t, err)
	orig := Analysis{ID: "id-01", URL: "https://x.example/1", Result: res}
	want, err := corpus.Output{ID: "id-01", URL: "https://x.example/1", Result: res}.MarshalJSON()
	require.NoError(t, err)

	b, err := encodeAnalysis(orig)
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(b), "the coding is corpus's JSON line")
	dec, err := decodeAnalysis(b)
	require.NoError(t, err, "a Kind that cannot be read back is not an error")
	assert.Equal(t, orig.ID, dec.ID)
	assert.Equal(t, orig.URL, dec.URL)
	assert.Equal(t, len(res.People), len(dec.Result.People))
	assert.Equal(t, len(res.Quotes), len(dec.Result.Quotes))

	for _, tc := range []struct {
		name   string
		change func(Analysis) Analysis
		wantID string
		why    string
	}{
		{"unchanged", func(a Analysis) Analysis { return a }, "id-01", "the cached line is reused"},
		{"new-id", func(a Analysis) Analysis { a.ID = "renamed"; return a }, "renamed", "a copy with another id is encoded again"},
		{"new-result", func(a Analysis) Analysis { a.Result = &warta.Result{Language: "en"}; return a }, "id-01", "a copy with another result is encoded again"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.change(dec)
			b, err := encodeAnalysis(c)
			require.NoError(t, err)
			var head struct {
				ID       string `json:"id"`
				Language string `json:"language"`
			}
			require.NoError(t, json.Unmarshal(b, &head))
			assert.Equal(t, tc.wantID, head.ID, tc.why)
			assert.Equal(t, c.Result.Language, head.Language, tc.why)
		})
	}
}
