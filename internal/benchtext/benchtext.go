// Package benchtext provides the input of warta's benchmarks: the articles
// of the bundled sample corpus (corpus/sample/*.json) and large generated
// texts for the linear-cost benchmarks.
//
// It reads the sample files from the source tree (found from this file's
// path), so it works in "go test" and "go run" inside the module checkout,
// and it imports nothing from warta, so any package's tests may use it.
package benchtext

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// An Article is one text of the sample corpus.
type Article struct {
	ID   string `json:"id"`
	Lang string `json:"lang"`
	Text string `json:"text"`
}

// SampleDir returns the directory of the bundled sample corpus.
func SampleDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("corpus", "sample")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "corpus", "sample")
}

var sample = sync.OnceValues(func() ([]Article, error) { return Dir(SampleDir()) })

// Sample returns the articles of the bundled sample corpus, sorted by id.
// Callers must not modify the result.
func Sample() ([]Article, error) { return sample() }

// Dir reads the articles of dir: every *.json file in the dev-set format
// (an object with "id", "lang" and "text"), and every *.txt file (language
// left empty) without a .json file of the same name, sorted by id.
func Dir(dir string) ([]Article, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("benchtext: %w", err)
	}
	var out []Article
	for _, e := range ents {
		name := e.Name()
		ext := filepath.Ext(name)
		if e.IsDir() || (ext != ".json" && ext != ".txt") {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, strings.TrimSuffix(name, ext)+".json")); ext == ".txt" && err == nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("benchtext: %w", err)
		}
		a := Article{ID: strings.TrimSuffix(name, ext)}
		if ext == ".json" {
			if err := json.Unmarshal(b, &a); err != nil {
				return nil, fmt.Errorf("benchtext: %s: %w", name, err)
			}
		} else {
			a.Text = string(b)
		}
		if a.Text != "" {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(x, y Article) int { return strings.Compare(x.ID, y.ID) })
	if len(out) == 0 {
		return nil, fmt.Errorf("benchtext: no articles in %s", dir)
	}
	return out, nil
}

// Lang returns the sample articles in lang ("id" or "en").
func Lang(lang string) []Article {
	all, err := Sample()
	if err != nil {
		panic(err) // the sample corpus is part of the checkout
	}
	var out []Article
	for _, a := range all {
		if a.Lang == lang {
			out = append(out, a)
		}
	}
	return out
}

// Bytes returns the total size of the texts of as.
func Bytes(as []Article) int64 {
	n := 0
	for _, a := range as {
		n += len(a.Text)
	}
	return int64(n)
}

// Shapes of large generated inputs, for [Large].
const (
	Paragraphs = "paragraphs" // the sample articles, repeated, as paragraphs
	OneLine    = "oneline"    // the same words with every newline made a space: one line
	QuoteMarks = "quotemarks" // nothing but opening quote marks “, in a row
)

// Shapes lists the shapes of [Large].
var Shapes = []string{Paragraphs, OneLine, QuoteMarks}

// Large returns a generated text of shape with about n bytes (never more).
func Large(shape string, n int) string {
	var unit string
	switch shape {
	case QuoteMarks:
		unit = "\u201c"
	default:
		all, err := Sample()
		if err != nil {
			panic(err)
		}
		// Only the body: a "Baca juga" or "Related" line makes the rest of
		// an article boilerplate, which the extractors skip.
		var b strings.Builder
		for _, a := range all {
			for _, p := range strings.Split(a.Text, "\n") {
				if p = strings.TrimSpace(p); p != "" && !isTail(p) {
					b.WriteString(p)
					b.WriteString("\n\n")
				}
			}
		}
		unit = b.String()
		if shape == OneLine {
			unit = strings.Join(strings.Fields(unit), " ") + " "
		}
	}
	s := strings.Repeat(unit, n/len(unit)+1)
	return cut(s, n)
}

// isTail reports whether the paragraph p starts the tail of an article
// (related links, tags, share buttons) in the sample corpus.
func isTail(p string) bool {
	l := strings.ToLower(p)
	for _, pre := range []string{"baca juga", "berita terkait", "related", "read more", "read also", "tags", "tag:", "share", "bagikan", "editor", "penulis", "copyright", "©"} {
		if strings.HasPrefix(l, pre) {
			return true
		}
	}
	return false
}

// QuoteRun returns n quote marks “ in a row.
func QuoteRun(n int) string { return strings.Repeat("\u201c", n) }

// cut shortens s to at most n bytes on a rune boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
