package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCLIJSONL(t *testing.T) {
	in := `{"id":"a","text":"Presiden Joko Widodo tiba di Tokyo."}` + "\n" +
		"not json\n" +
		`{"id":"b"}` + "\n" +
		`{"id":"c","text":"Secretary of State Antony Blinken said the U.S. would help."}` + "\n"
	var out, errb bytes.Buffer
	code := run([]string{"-jsonl", "-workers", "2"}, strings.NewReader(in), &out, &errb)
	assert.Equal(t, 1, code, "error records make the status non-zero")
	assert.Contains(t, errb.String(), "2 of 4 records failed")
	var ids []string
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m))
		ids = append(ids, m["id"].(string))
	}
	assert.Equal(t, []string{"a", "line-2", "b", "c"}, ids, "one record per line, in order")
}

func TestCLIDirAndCSV(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	require.NoError(t, os.MkdirAll(filepath.Join(in, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(in, "a.txt"), []byte("Menteri Luar Negeri Retno Marsudi tiba di New York."), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(in, "sub", "b.txt"), []byte("Secretary of State Antony Blinken said the U.S. would help."), 0o644))
	out, csvDir, graph := filepath.Join(dir, "out"), filepath.Join(dir, "csv"), filepath.Join(dir, "g.graphml")
	var stdout, stderr bytes.Buffer
	code := run([]string{"-o", out, in}, strings.NewReader(""), &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	assert.FileExists(t, filepath.Join(out, "a.json"))
	assert.FileExists(t, filepath.Join(out, "sub", "b.json"))

	code = run([]string{"-csv", csvDir, "-graph", graph, in}, strings.NewReader(""), &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	people, err := os.ReadFile(filepath.Join(csvDir, "people.csv"))
	require.NoError(t, err)
	assert.Contains(t, string(people), "sub/b,Antony Blinken")
	assert.FileExists(t, graph)
}
