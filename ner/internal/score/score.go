package score

import (
	"fmt"
	"io"
	"sort"
)

// Counts holds true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// P returns precision, 0 when nothing was predicted.
func (c Counts) P() float64 {
	if c.TP+c.FP == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// R returns recall, 0 when nothing was expected.
func (c Counts) R() float64 {
	if c.TP+c.FN == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 returns the harmonic mean of [Counts.P] and [Counts.R].
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Report accumulates token-level and entity-level counts per label.
type Report struct {
	Token  map[string]*Counts
	Entity map[string]*Counts
}

// NewReport returns an empty Report.
func NewReport() *Report {
	return &Report{Token: map[string]*Counts{}, Entity: map[string]*Counts{}}
}

func get(m map[string]*Counts, k string) *Counts {
	c, ok := m[k]
	if !ok {
		c = &Counts{}
		m[k] = c
	}
	return c
}

// A Span is an entity found in a BIO sequence: tokens [Start, End) of type Label.
type Span struct {
	Start, End int
	Label      string
}

// Spans returns the entities of a BIO sequence. An I- tag that does not
// continue an entity of its type starts a new one.
func Spans(tags []string) []Span {
	var out []Span
	for i := 0; i < len(tags); {
		typ := typeOf(tags[i])
		if typ == "" {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Span{i, j, typ})
		i = j
	}
	return out
}

func typeOf(tag string) string {
	if len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' {
		return tag[2:]
	}
	return ""
}

// Add scores one sentence: gold and pred must have the same length.
func (r *Report) Add(gold, pred []string) {
	for i := range gold {
		g, p := typeOf(gold[i]), ""
		if i < len(pred) {
			p = typeOf(pred[i])
		}
		switch {
		case g != "" && g == p:
			get(r.Token, g).TP++
		default:
			if g != "" {
				get(r.Token, g).FN++
			}
			if p != "" {
				get(r.Token, p).FP++
			}
		}
	}
	gs, ps := Spans(gold), Spans(pred)
	seen := map[Span]bool{}
	for _, s := range gs {
		seen[s] = true
	}
	for _, s := range ps {
		if seen[s] {
			get(r.Entity, s.Label).TP++
			delete(seen, s)
		} else {
			get(r.Entity, s.Label).FP++
		}
	}
	for s := range seen {
		get(r.Entity, s.Label).FN++
	}
}

// Overall returns the micro-averaged counts over all labels of m.
func Overall(m map[string]*Counts) Counts {
	var t Counts
	for _, c := range m {
		t.TP += c.TP
		t.FP += c.FP
		t.FN += c.FN
	}
	return t
}

// Print writes a table of P/R/F1 per label and overall, token level and
// entity level, headed by title.
func (r *Report) Print(w io.Writer, title string) {
	fmt.Fprintf(w, "%s\n", title)
	fmt.Fprintf(w, "  %-7s %-6s %6s %6s %6s %6s\n", "level", "label", "P", "R", "F1", "gold")
	for _, lv := range []struct {
		name string
		m    map[string]*Counts
	}{{"token", r.Token}, {"entity", r.Entity}} {
		labels := make([]string, 0, len(lv.m))
		for k := range lv.m {
			labels = append(labels, k)
		}
		sort.Strings(labels)
		for _, k := range labels {
			c := lv.m[k]
			fmt.Fprintf(w, "  %-7s %-6s %6.3f %6.3f %6.3f %6d\n", lv.name, k, c.P(), c.R(), c.F1(), c.TP+c.FN)
		}
		c := Overall(lv.m)
		fmt.Fprintf(w, "  %-7s %-6s %6.3f %6.3f %6.3f %6d\n", lv.name, "ALL", c.P(), c.R(), c.F1(), c.TP+c.FN)
	}
}
