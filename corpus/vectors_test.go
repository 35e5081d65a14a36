package corpus_test

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/corpus"
)

func loadTestVectors(t *testing.T) *corpus.Vectors {
	t.Helper()
	v, err := corpus.LoadVectorsFile(filepath.Join("testdata", "sample.vec"))
	require.NoError(t, err)
	return v
}

func TestVectorsVecAndBinaryAgree(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "sample.vec"))
	require.NoError(t, err)
	defer f.Close()
	bin := filepath.Join(t.TempDir(), "sample.bin")
	var buf bytes.Buffer
	n, err := corpus.ConvertVec(&buf, f)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(bin, buf.Bytes(), 0o644))

	fromBin, err := corpus.LoadVectorsFile(bin)
	require.NoError(t, err)
	fromVec := loadTestVectors(t)
	assert.Equal(t, n, fromBin.Len())
	assert.Equal(t, fromVec.Len(), fromBin.Len())
	assert.Equal(t, 16, fromBin.Dim())
	for _, w := range []string{"menteri", "the", "said"} {
		require.True(t, fromBin.Has(w), w)
		s, ok := fromBin.Similarity(w, w)
		require.True(t, ok)
		assert.InDelta(t, 1, s, 1e-5, "a word is its own nearest point")
		nn := fromBin.Nearest(w, 3)
		require.Len(t, nn, 3)
		assert.NotEqual(t, w, nn[0].Word, "unlike word2vec's CosN, the query is left out")
	}
}

func TestVectorsMeanSubtracted(t *testing.T) {
	v := loadTestVectors(t)
	// Raw vectors from a small corpus all point one way (cosines near 1);
	// after subtracting the mean, unrelated words are far apart on average.
	ws := []string{"presiden", "the", "said", "menteri", "indonesia", "dan", "of", "kata"}
	sum, n := 0.0, 0
	for i, a := range ws {
		for _, b := range ws[i+1:] {
			if s, ok := v.Similarity(a, b); ok {
				sum += s
				n++
			}
		}
	}
	require.NotZero(t, n)
	assert.Less(t, sum/float64(n), 0.5)
}

func TestVectorsBadInput(t *testing.T) {
	tests := []struct {
		name, data, want, why string
	}{
		{"no-header", "", "no header", "an empty file"},
		{"bad-header", "x y\n", "bad header", "not two numbers"},
		{"too-few", "3 2\na " + f32(1, 2) + "\n", "header says 3 words", "a larger count would fail with a bare EOF"},
		{"too-many", "1 2\na " + f32(1, 2) + "\nb " + f32(3, 4) + "\n", "data after", "a smaller count would silently truncate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := corpus.LoadVectors(strings.NewReader(tc.data))
			assert.ErrorContains(t, err, tc.want, tc.why)
		})
	}
}

func TestConvertVecSkipsBadRows(t *testing.T) {
	vec := "5 2\n" +
		"a 1 0\n" +
		"b 0 0\n" + // all zero: would normalise to NaN
		"a 5 5\n" + // repeated: the first wins
		"c 1\n" + // wrong width
		"d\u00a0e 0 1\n" // U+00A0 inside a token is not a separator
	var buf bytes.Buffer
	n, err := corpus.ConvertVec(&buf, strings.NewReader(vec))
	require.NoError(t, err)
	assert.Equal(t, 2, n)
	assert.True(t, strings.HasPrefix(buf.String(), "2 2\n"), "the header counts the words written")
	v, err := corpus.LoadVectors(&buf)
	require.NoError(t, err)
	assert.True(t, v.Has("a"))
	assert.True(t, v.Has("d\u00a0e"))
	assert.False(t, v.Has("b"))
}

func f32(xs ...float32) string {
	var b bytes.Buffer
	for _, x := range xs {
		u := math.Float32bits(x)
		b.Write([]byte{byte(u), byte(u >> 8), byte(u >> 16), byte(u >> 24)})
	}
	return b.String()
}
