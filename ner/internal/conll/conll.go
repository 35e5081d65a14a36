package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// A Sentence is one tokenized sentence with one BIO tag per word.
type Sentence struct {
	Words []string
	Tags  []string
	Doc   int // index of the -DOCSTART- document the sentence belongs to (0 when the file has none)
}

// Read parses CoNLL text: one token per line, the token in the first column and
// the tag in the last (tab- or space-separated), blank lines between
// sentences, -DOCSTART- lines opening documents. Carriage returns are
// stripped. Tags are mapped with [MapLabel] and repaired to valid BIO by
// [ToBIO], which also converts IOB1 input.
func Read(r io.Reader) ([]Sentence, error) {
	var (
		out []Sentence
		cur Sentence
		doc int
	)
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Tags = ToBIO(cur.Tags)
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r\n")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		var fields []string
		if strings.Contains(line, "\t") {
			fields = strings.Split(line, "\t")
		} else {
			fields = strings.Fields(line)
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("conll: line %q: want at least 2 columns", line)
		}
		word, tag := strings.TrimSpace(fields[0]), strings.TrimSpace(fields[len(fields)-1])
		if word == "-DOCSTART-" {
			flush()
			doc++
			continue
		}
		if word == "" {
			continue
		}
		cur.Words = append(cur.Words, word)
		cur.Tags = append(cur.Tags, MapLabel(tag))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll: scan: %w", err)
	}
	flush()
	return out, nil
}

// ReadFile reads the CoNLL file at path with [Read].
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conll: %w", err)
	}
	defer f.Close()
	s, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("conll: read %s: %w", path, err)
	}
	return s, nil
}

// MapLabel maps a source tag (B-PERSON, I-ORGANISATION, I-PLACE, B-MISC, O,
// ...) to B-/I- plus PER, ORG or LOC, or to O for every other type.
func MapLabel(tag string) string {
	prefix, typ, ok := strings.Cut(tag, "-")
	if !ok || (prefix != "B" && prefix != "I") {
		return "O"
	}
	switch strings.ToUpper(typ) {
	case "PER", "PERSON":
		typ = "PER"
	case "ORG", "ORGANIZATION", "ORGANISATION":
		typ = "ORG"
	case "LOC", "LOCATION", "PLACE", "GPE":
		typ = "LOC"
	default:
		return "O"
	}
	return prefix + "-" + typ
}

// ToBIO rewrites tags in place so that every entity starts with B-: an I-X
// that does not continue an X entity becomes B-X. This converts IOB1 to IOB2
// and repairs IOB2 errors. It returns tags.
func ToBIO(tags []string) []string {
	prev := "O"
	for i, t := range tags {
		if strings.HasPrefix(t, "I-") && Type(prev) != t[2:] {
			tags[i] = "B-" + t[2:]
		}
		prev = tags[i]
	}
	return tags
}

// Type returns the entity type of a BIO tag ("PER" for "B-PER"), or "" for O.
func Type(tag string) string {
	if len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' {
		return tag[2:]
	}
	return ""
}

// SplitDocs splits sentences by document: those whose Doc index modulo n
// equals k go to held, the rest to kept. The split is deterministic.
func SplitDocs(s []Sentence, n, k int) (kept, held []Sentence) {
	for _, x := range s {
		if n > 0 && x.Doc%n == k {
			held = append(held, x)
		} else {
			kept = append(kept, x)
		}
	}
	return kept, held
}
