package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCLISingleFile(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(f, []byte("Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Istana Bogor."), 0o644))
	var out, errb bytes.Buffer
	code := run([]string{f}, strings.NewReader(""), &out, &errb)
	require.Equal(t, 0, code, errb.String())
	var got map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	for _, k := range []string{"language", "people", "organizations", "countries", "quotes", "claims"} {
		assert.Contains(t, got, k, "the JSON contract names %q", k)
	}
}

func TestCLIStdin(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(nil, strings.NewReader("Secretary of State Antony Blinken said the U.S. would help."), &out, &errb)
	require.Equal(t, 0, code, errb.String())
	assert.Contains(t, out.String(), "Antony Blinken")
}

func TestCLIOutputDirWithBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	empty := filepath.Join(dir, "empty.txt")
	bad := filepath.Join(dir, "bad.txt")
	sub := filepath.Join(dir, "sub")
	require.NoError(t, os.WriteFile(good, []byte("Menteri Luar Negeri Retno Marsudi tiba di New York."), 0o644))
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	require.NoError(t, os.WriteFile(bad, []byte("Retno \xff\xfe"), 0o644))
	require.NoError(t, os.Mkdir(sub, 0o755))
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	code := run([]string{"-o", out, empty, bad, sub, filepath.Join(dir, "missing.txt"), good}, strings.NewReader(""), &stdout, &stderr)
	assert.NotEqual(t, 0, code, "bad inputs make the exit status non-zero")
	msg := stderr.String()
	assert.Contains(t, msg, "empty input")
	assert.Contains(t, msg, "not valid UTF-8")
	assert.Contains(t, msg, "is a directory")
	assert.Contains(t, msg, "missing.txt")
	_, err := os.Stat(filepath.Join(out, "good.json"))
	assert.NoError(t, err, "the good file is still processed")
	_, err = os.Stat(filepath.Join(out, "bad.json"))
	assert.Error(t, err)
}

func TestCLISample(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-sample"}, strings.NewReader(""), &out, &errb)
	require.Equal(t, 0, code, errb.String())
	assert.Contains(t, out.String(), "Retno Marsudi")
}

func TestCLIFormatHTML(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-format", "html", "-sample"}, strings.NewReader(""), &out, &errb)
	require.Equal(t, 0, code, errb.String())
	assert.True(t, strings.HasPrefix(strings.TrimSpace(out.String()), "<!DOCTYPE html>"), "an HTML page")
	assert.Contains(t, out.String(), "Retno Marsudi")

	out.Reset()
	code = run([]string{"-format", "xml", "-sample"}, strings.NewReader(""), &out, &errb)
	assert.Equal(t, 2, code, "an unknown format is a usage error")
}
