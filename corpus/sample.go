package corpus

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

//go:embed sample
var sampleFiles embed.FS

// SampleText returns the text of the embedded sample article, an
// Indonesian news story written for warta's examples and tests.
func SampleText() string {
	b, err := sampleFiles.ReadFile("sample/id-01.txt")
	if err != nil {
		return ""
	}
	return string(b)
}

// Sample returns the bundled annotated sample corpus: the articles of
// corpus/sample/*.json (Indonesian "id-NN" and English "en-NN", written for
// warta, gold in the format of the development set), sorted by id. Each
// call decodes a fresh copy, so callers may modify it. Other projects'
// tests can score against it with [Report].
func Sample() ([]Gold, error) {
	names, err := fs.Glob(sampleFiles, "sample/*.json")
	if err != nil {
		return nil, fmt.Errorf("corpus: sample: %w", err)
	}
	slices.Sort(names)
	out := make([]Gold, 0, len(names))
	for _, n := range names {
		b, err := sampleFiles.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("corpus: sample: %w", err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("corpus: sample %s: %w", n, err)
		}
		if g.ID == "" {
			g.ID = strings.TrimSuffix(path.Base(n), ".json")
		}
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b Gold) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// SampleRecords returns the texts of [Sample] as records for [Run].
func SampleRecords() ([]Record, error) {
	gs, err := Sample()
	if err != nil {
		return nil, err
	}
	recs := make([]Record, len(gs))
	for i, g := range gs {
		recs[i] = Record{ID: g.ID, Text: g.Text, Lang: g.Lang}
	}
	return recs, nil
}
