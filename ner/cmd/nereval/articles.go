package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/wartalab/warta/ner/internal/perceptron"
)

// modelDir, when set, makes loadTagger read models from disk.
var modelDir string

// tagger is the part of *ner.Tagger that nereval uses.
type tagger interface{ Tag([]string) []string }

func loadTagger(lang string) (tagger, error) {
	if modelDir == "" {
		return nerLoad(lang)
	}
	f, err := os.Open(filepath.Join(modelDir, lang+".gob.gz"))
	if err != nil {
		return nil, fmt.Errorf("nereval: %w", err)
	}
	defer f.Close()
	return perceptron.Read(f)
}

// article is the part of a dev article file that nereval reads.
type article struct {
	Lang          string  `json:"lang"`
	Text          string  `json:"text"`
	People        []entry `json:"people"`
	Organizations []entry `json:"organizations"`
}

type entry struct {
	Aliases []string `json:"aliases"`
}

var tokenRE = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{N}]+)*|\S`)

// scoreArticles tags every article with a rough tokenizer and sentence
// splitter and compares the distinct PER and ORG strings found with the
// annotated aliases: precision is the share of found strings that are an
// alias of the right kind, recall the share of entries with an alias found.
func scoreArticles(dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return fmt.Errorf("nereval: %w", err)
	}
	type counts struct{ foundOK, found, gotEntry, entries int }
	res := map[string]*counts{}
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("nereval: %w", err)
		}
		var a article
		if err := json.Unmarshal(b, &a); err != nil {
			return fmt.Errorf("nereval: %s: %w", path, err)
		}
		tg, err := loadTagger(a.Lang)
		if err != nil {
			return err
		}
		found := map[string]map[string]bool{"PER": {}, "ORG": {}}
		for _, para := range strings.Split(a.Text, "\n") {
			words := tokenRE.FindAllString(para, -1)
			start := 0
			for i := range words {
				if i == len(words)-1 || words[i] == "." || words[i] == "?" || words[i] == "!" {
					sent := words[start : i+1]
					tags := tg.Tag(sent)
					for _, sp := range spansOf(tags) {
						if m, ok := found[sp.label]; ok {
							m[strings.ToLower(strings.Join(sent[sp.start:sp.end], " "))] = true
						}
					}
					start = i + 1
				}
			}
		}
		for _, kind := range []struct {
			label   string
			entries [][]string
		}{{"PER", aliasesOf(a.People)}, {"ORG", aliasesOf(a.Organizations)}} {
			key := a.Lang + " " + kind.label
			c := res[key]
			if c == nil {
				c = &counts{}
				res[key] = c
			}
			all := map[string]bool{}
			for _, e := range kind.entries {
				c.entries++
				hit := false
				for _, al := range e {
					al = strings.ToLower(strings.Join(tokenRE.FindAllString(al, -1), " "))
					all[al] = true
					if found[kind.label][al] {
						hit = true
					}
				}
				if hit {
					c.gotEntry++
				}
			}
			for s := range found[kind.label] {
				c.found++
				if all[s] {
					c.foundOK++
				}
			}
		}
	}
	keys := make([]string, 0, len(res))
	for k := range res {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Printf("\nname-level scores on %d annotated articles in %s (distinct strings per article)\n", len(files), dir)
	for _, k := range keys {
		c := res[k]
		fmt.Printf("  %-7s precision %.3f (%d/%d)  entry recall %.3f (%d/%d)\n", k,
			float64(c.foundOK)/float64(max(1, c.found)), c.foundOK, c.found,
			float64(c.gotEntry)/float64(max(1, c.entries)), c.gotEntry, c.entries)
	}
	return nil
}

func aliasesOf(xs []entry) [][]string {
	out := make([][]string, len(xs))
	for i, x := range xs {
		out[i] = x.Aliases
	}
	return out
}

type tspan struct {
	start, end int
	label      string
}

func spansOf(tags []string) []tspan {
	var out []tspan
	for _, e := range nerSpans(tags) {
		out = append(out, tspan{e.Start, e.End, e.Label})
	}
	return out
}
