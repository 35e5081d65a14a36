package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/beam/wartabeam"
)

func TestMain(m *testing.M) { ptest.Main(m) }

// TestBuild runs the command's pipeline on two input files, one of them
// found by a glob, and checks that every output file is there and every
// record came back once.
func TestBuild(t *testing.T) {
	in, out := t.TempDir(), filepath.Join(t.TempDir(), "out")
	files := map[string]string{
		"a.jsonl": `{"id": "a1", "text": "Menteri Luar Negeri Retno Marsudi bertemu delegasi Jepang dan Australia."}` + "\n" +
			`{"id": "a2", "text": "\"Kami siap,\" kata Retno Marsudi."}` + "\n\n",
		"b-1.jsonl": `{"id": "b1", "text": "Prime Minister Anthony Albanese visited Japan."}` + "\n" + `not json` + "\n" + `{"id": "b3", "text": ""}` + "\n",
	}
	for name, text := range files {
		require.NoError(t, os.WriteFile(filepath.Join(in, name), []byte(text), 0o644))
	}
	for _, tc := range []struct {
		name       string
		outShards  int
		aggregates bool
		want       map[string]int // lines per output file (glob); -1: must not exist, -2: not empty
	}{
		{"all", 0, true, map[string]int{"analyses.jsonl": 3, "errors.jsonl": 2, "entities.jsonl": -2, "speakers.jsonl": 1, "country_pairs.jsonl": 1}},
		{"skip-aggregates", 0, false, map[string]int{"analyses.jsonl": 3, "errors.jsonl": 2, "entities.jsonl": -1}},
		{"output-shards", 2, false, map[string]int{"analyses-*-of-00002.jsonl": 3, "analyses.jsonl": -1, "errors.jsonl": 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(out, tc.name)
			inputs := filepath.Join(in, "a.jsonl") + "," + filepath.Join(in, "b-*.jsonl")
			p, err := build(inputs, dir, wartabeam.Options{Shards: 4}, tc.outShards, tc.aggregates)
			require.NoError(t, err)
			require.NoError(t, ptest.Run(p))
			for name, n := range tc.want {
				paths, err := filepath.Glob(filepath.Join(dir, name))
				require.NoError(t, err)
				if n == -1 {
					assert.Empty(t, paths, name)
					continue
				}
				require.NotEmpty(t, paths, name)
				lines := 0
				for _, path := range paths {
					b, err := os.ReadFile(path)
					require.NoError(t, err, name)
					lines += strings.Count(string(b), "\n")
				}
				if n == -2 {
					assert.Positive(t, lines, name)
					continue
				}
				assert.Equal(t, n, lines, name)
			}
		})
	}
}

func TestBuildNeedsInputAndOutput(t *testing.T) {
	for _, tc := range []struct{ name, in, out string }{
		{"no-input", "", t.TempDir()},
		{"no-output", "x.jsonl", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := build(tc.in, tc.out, wartabeam.Options{}, 0, true)
			assert.Error(t, err)
		})
	}
}
