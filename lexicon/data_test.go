package lexicon

// File hygiene of the word lists under data/: every .txt file is UTF-8, one
// entry per line, "#" comment lines, TAB-separated columns, sorted by its first
// column in byte order, unique, trimmed and folded. Files with a known format
// also get their column counts, kind values and minimum sizes checked. The test
// reads the files from disk (not through the embedded copy) so that it names the
// file and line of every problem.

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// dtSpec describes the format of one data file (by base name).
type dtSpec struct {
	minCols, maxCols int              // data columns, not counting a trailing "# comment" column
	kinds            map[int][]string // column index -> allowed values
	optionalKinds    map[int]bool     // column may be empty
	minRows          map[string]int   // language -> minimum number of entries
	caseKept         bool             // first column keeps its case (people.txt)
	orgs             bool             // orgs.txt: key column is the folded display name
	capsExact        bool             // countries.txt: an all-capitals phrase is case-sensitive
}

var (
	dtKindsTitle = []string{"head", "minister", "official", "legislator", "military", "police", "judicial",
		"diplomat", "party", "business", "academic", "religious", "sports", "media", "other"}
	dtKindsOrg = []string{"government", "legislature", "military", "police", "judicial", "international",
		"company", "media", "party", "education", "health", "ngo", "sports", "religious", "other"}
	dtClasses = []string{"assert", "deny", "accuse", "warn", "predict", "believe", "report", "ask", "add", "promise"}
)

func dtMin(id, en int) map[string]int { return map[string]int{"id": id, "en": en} }

var dtSpecs = map[string]dtSpec{
	"honorifics.txt":    {minCols: 1, maxCols: 1, minRows: dtMin(20, 20)},
	"titles.txt":        {minCols: 2, maxCols: 2, kinds: map[int][]string{1: dtKindsTitle}, minRows: dtMin(120, 100)},
	"roles.txt":         {minCols: 1, maxCols: 2, kinds: map[int][]string{1: {"of"}}, minRows: dtMin(60, 60)},
	"months.txt":        {minCols: 1, maxCols: 1, minRows: dtMin(12, 12)},
	"days.txt":          {minCols: 1, maxCols: 1, minRows: dtMin(7, 7)},
	"stopwords.txt":     {minCols: 1, maxCols: 1, minRows: dtMin(150, 150)},
	"org_heads.txt":     {minCols: 2, maxCols: 2, kinds: map[int][]string{1: dtKindsOrg}},
	"org_tails.txt":     {minCols: 2, maxCols: 2, kinds: map[int][]string{1: dtKindsOrg}},
	"orgs.txt":          {minCols: 5, maxCols: 5, kinds: map[int][]string{4: dtKindsOrg}, orgs: true, caseKept: true, minRows: dtMin(200, 200)},
	"people.txt":        {minCols: 1, maxCols: 2, caseKept: true, minRows: dtMin(80, 80)},
	"speech_verbs.txt":  {minCols: 3, maxCols: 3, kinds: map[int][]string{1: dtClasses}},
	"cue_phrases.txt":   {minCols: 3, maxCols: 3, kinds: map[int][]string{1: dtClasses, 2: {"before", "after"}}},
	"pronouns.txt":      {minCols: 4, maxCols: 4, kinds: map[int][]string{1: {"m", "f", "x"}, 2: {"sg", "pl"}, 3: {"first", "second", "third"}}},
	"gendered.txt":      {minCols: 2, maxCols: 2, kinds: map[int][]string{1: {"m", "f"}}, minRows: dtMin(30, 40)},
	"org_nouns.txt":     {minCols: 1, maxCols: 1, minRows: dtMin(15, 25)},
	"common_words.txt":  {minCols: 1, maxCols: 1, minRows: dtMin(1000, 500)},
	"body_nouns.txt":    {minCols: 2, maxCols: 2},
	"units.txt":         {minCols: 1, maxCols: 1},
	"clitics.txt":       {minCols: 1, maxCols: 1},
	"boilerplate.txt":   {minCols: 2, maxCols: 2, kinds: map[int][]string{1: {"line", "tail", "whole"}}},
	"abbreviations.txt": {minCols: 1, maxCols: 1},
	"hedges.txt":        {minCols: 1, maxCols: 2},
	"negations.txt":     {minCols: 1, maxCols: 2},
	"countries.txt":     {minCols: 3, maxCols: 3, capsExact: true},
}

// dtFold is the folded form used by the data files: lower case, typographic
// apostrophes written as '.
func dtFold(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'").Replace(s)
	return strings.ToLower(s)
}

var dtCaps = regexp.MustCompile(`^[A-Z]+$`)

func TestDataFilesHygiene(t *testing.T) {
	var files []string
	err := filepath.WalkDir("data", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walk data: %v", err)
	}
	if len(files) == 0 {
		t.Fatal("no .txt files under data/")
	}
	for _, p := range files {
		t.Run(filepath.ToSlash(p), func(t *testing.T) { dtCheckFile(t, p) })
	}
}

func dtCheckFile(t *testing.T, path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	name := filepath.Base(path)
	lang := filepath.Base(filepath.Dir(path))
	spec, known := dtSpecs[name]
	where := func(line int) string { return fmt.Sprintf("%s:%d", filepath.ToSlash(path), line) }
	if !utf8.Valid(b) {
		t.Errorf("%s: not valid UTF-8", path)
	}
	if len(b) > 0 && b[len(b)-1] != '\n' {
		t.Errorf("%s: last line does not end with a newline", path)
	}

	prev, prevLine := "", 0
	rows := 0
	owner := map[string]string{} // orgs/people: folded name, acronym or alias -> row
	for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		n := i + 1
		if strings.ContainsRune(line, '\r') {
			t.Errorf("%s: carriage return (use LF line endings)", where(n))
		}
		if strings.TrimSpace(line) == "" {
			if line != "" {
				t.Errorf("%s: blank line contains spaces", where(n))
			}
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			t.Errorf("%s: comment line starts with white space", where(n))
			continue
		}
		rows++
		cols := strings.Split(line, "\t")
		// A trailing "# comment" column is not data.
		for j := 1; j < len(cols); j++ {
			if strings.HasPrefix(cols[j], "#") {
				cols = cols[:j]
				break
			}
		}
		for j, c := range cols {
			if c != strings.TrimSpace(c) {
				t.Errorf("%s: column %d %q has leading or trailing white space", where(n), j+1, c)
			}
			if strings.Contains(c, "  ") {
				t.Errorf("%s: column %d %q has a double space", where(n), j+1, c)
			}
		}
		key := cols[0]
		if key == "" {
			t.Errorf("%s: empty first column", where(n))
			continue
		}

		// Folding of the first column.
		switch {
		case spec.orgs:
			if len(cols) > 1 && key != dtFold(cols[1]) {
				t.Errorf("%s: key %q is not the folded display name %q (want %q)", where(n), key, cols[1], dtFold(cols[1]))
			}
		case spec.caseKept:
		case spec.capsExact && dtCaps.MatchString(key):
			// case-sensitive entry such as "US" or "AS"
		default:
			if key != dtFold(key) {
				t.Errorf("%s: first column %q is not folded (want %q)", where(n), key, dtFold(key))
			}
		}

		// Sorted (byte order) and unique.
		if prevLine > 0 {
			if key == prev {
				t.Errorf("%s: duplicate first column %q (also line %d)", where(n), key, prevLine)
			} else if key < prev {
				t.Errorf("%s: %q sorts before %q of line %d (sort with LC_ALL=C sort)", where(n), key, prev, prevLine)
			}
		}
		prev, prevLine = key, n

		if !known {
			continue
		}
		if len(cols) < spec.minCols || len(cols) > spec.maxCols {
			if spec.minCols == spec.maxCols {
				t.Errorf("%s: %d columns, want %d", where(n), len(cols), spec.minCols)
			} else {
				t.Errorf("%s: %d columns, want %d to %d", where(n), len(cols), spec.minCols, spec.maxCols)
			}
			continue
		}
		for j, allowed := range spec.kinds {
			if j >= len(cols) {
				continue
			}
			if cols[j] == "" && spec.optionalKinds[j] {
				continue
			}
			if !dtContains(allowed, cols[j]) {
				t.Errorf("%s: column %d %q is not one of %s", where(n), j+1, cols[j], strings.Join(allowed, ", "))
			}
		}

		// Names, acronyms and aliases of orgs and people: no empty alias, and no
		// folded form claimed by two rows (the index keeps only the first).
		if spec.orgs || name == "people.txt" {
			forms := []string{}
			if spec.orgs {
				forms = append(forms, cols[1], cols[2])
				if cols[1] == "" {
					t.Errorf("%s: empty display name", where(n))
				}
				if cols[3] != "" {
					forms = append(forms, dtAliases(t, where(n), cols[3])...)
				}
			} else {
				forms = append(forms, cols[0])
				if len(cols) > 1 {
					forms = append(forms, dtAliases(t, where(n), cols[1])...)
				}
			}
			seen := map[string]bool{}
			for _, f := range forms {
				if f == "" {
					continue
				}
				k := dtFold(f)
				if seen[k] {
					t.Errorf("%s: form %q is listed twice in the row", where(n), f)
					continue
				}
				seen[k] = true
				if o, ok := owner[k]; ok {
					t.Errorf("%s: form %q is also a form of %s", where(n), f, o)
					continue
				}
				owner[k] = fmt.Sprintf("line %d (%s)", n, key)
			}
		}
	}
	if known {
		if m := spec.minRows[lang]; rows < m {
			t.Errorf("%s: %d entries, want at least %d", path, rows, m)
		}
	}
}

func dtAliases(t *testing.T, where, col string) []string {
	parts := strings.Split(col, "|")
	for _, a := range parts {
		if a == "" || a != strings.TrimSpace(a) {
			t.Errorf("%s: empty or untrimmed alias in %q", where, col)
		}
	}
	return parts
}

func dtContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestLoad loads every language's embedded data through the same code as
// For, so that a malformed row fails here instead of panicking at run time.
func TestLoad(t *testing.T) {
	for _, l := range Languages {
		s, err := load(l)
		if err != nil {
			t.Fatalf("load(%q): %v", l, err)
		}
		if len(s.Roles) == 0 || len(s.RolesOf) == 0 || len(s.OrgNouns) == 0 || len(s.Gendered) == 0 {
			t.Errorf("load(%q): a word list is empty", l)
		}
	}
}
