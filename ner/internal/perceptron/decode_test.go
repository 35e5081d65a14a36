package perceptron

import (
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/internal/benchtext"
	"github.com/wartalab/warta/ner/internal/conll"
)

func TestTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	keys := []uint64{0, 1, 1 << 63, ^uint64(0)}
	for range 5000 {
		keys = append(keys, rng.Uint64()&0xFFFF) // many collisions in the home slot
	}
	keys = append(keys, keys[10], keys[20], 0) // repeats: the last row wins, as in a map
	want := map[uint64]int32{}
	for i, k := range keys {
		want[k] = int32(i)
	}
	tb := newTable(keys)
	assert.Equal(t, len(want), tb.len())
	for k, row := range want {
		require.Equal(t, row, tb.get(k), "key %#x", k)
	}
	for range 5000 {
		k := rng.Uint64()
		if _, ok := want[k]; !ok {
			require.Equal(t, int32(-1), tb.get(k), "absent key %#x", k)
		}
	}
	empty := newTable(nil)
	assert.Equal(t, int32(-1), empty.get(0), "empty table, key 0")
}

// readModelFile returns the embedded model of lang and its keys as stored.
func readModelFile(t *testing.T, lang string) (*Model, []uint64) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "model", lang+".gob.gz"))
	require.NoError(t, err)
	m, err := Read(bytes.NewReader(b))
	require.NoError(t, err)
	zr, err := gzip.NewReader(bytes.NewReader(b))
	require.NoError(t, err)
	var f file
	require.NoError(t, gob.NewDecoder(zr).Decode(&f))
	return m, f.Keys
}

// TestDecodeMatchesReference tags sentences with both embedded models and
// checks that the decoder gives exactly the tags of the reference decoder
// (ref_test.go: the code before issue #7). It uses the CoNLL test and
// training sets of ../shared/data when they are there (about 7,800
// sentences), and always the sample corpus and some odd words.
func TestDecodeMatchesReference(t *testing.T) {
	var sents [][]string
	data := filepath.Join("..", "..", "..", "..", "shared", "data")
	for _, set := range []conll.Set{conll.IdnerTrain, conll.IdnerDev, conll.IdnerTest, conll.NergritTest, conll.Wikigold} {
		ss, err := conll.Load(data, set)
		if err != nil {
			t.Logf("skipping %s: %v", set.Name, err)
			continue
		}
		for _, s := range ss {
			sents = append(sents, s.Words)
		}
	}
	arts, err := benchtext.Sample()
	require.NoError(t, err)
	for _, a := range arts {
		for _, line := range strings.Split(a.Text, "\n") {
			sents = append(sents, strings.Fields(line))
		}
	}
	sents = append(sents,
		[]string{"\xff", "“", "”", "«", "»", "–", "Ǆemal", "İstanbul", "ÉCOLE", "x-Ray.", "12.500", "<s>", "</s>"},
		[]string{strings.Repeat("Ab", 40), "a\u0301b", "ǅ", "\u2019s", "''", "``", "\x00"},
	)
	if testing.Short() && len(sents) > 2000 {
		sents = sents[:2000]
	}
	for _, lang := range []string{"id", "en"} {
		m, keys := readModelFile(t, lang)
		index := make(map[uint64]int32, len(keys))
		for i, k := range keys {
			index[k] = int32(i)
		}
		for i, words := range sents {
			want := refDecode(m, index, words)
			got := m.decode(words)
			if !assert.Equal(t, want, got, "%s sentence %d: %q", lang, i, words) {
				return
			}
		}
		t.Logf("%s: %d sentences identical", lang, len(sents))
	}
}
