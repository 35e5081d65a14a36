package quotes

import (
	"strings"

	"github.com/wartalab/warta/article"
)

// A found quote is one pair of marks (or an opening mark left open to the end
// of its paragraph) with its inner tokens.
type found struct {
	open, close int // token indexes of the marks; close == -1 when the paragraph ended first
	first, end  int // inner tokens [first, end), trailing comma left out
	span        article.Span
	para        int
	// contPrev is set when the quote opens its paragraph right after a quote
	// left open at the end of the previous paragraph.
	contPrev bool
	scare    bool
	after    cue // attribution right after the closing mark
	before   cue // attribution earlier in the sentence
}

func (d docView) isDouble(k int) bool {
	t := d.Tokens[k]
	return !t.Is(article.SingleQuote) || d.Text[t.Start:t.End] == "''"
}

// docView adds small helpers to a Doc.
type docView struct{ *article.Doc }

func (d docView) text(k int) string { t := d.Tokens[k]; return d.Text[t.Start:t.End] }

func (d docView) isPunct(k int, s string) bool {
	return d.Tokens[k].Kind == article.Punct && d.text(k) == s
}

// findQuotes pairs the quotation marks of every paragraph that is not
// boilerplate. Double marks are paired first; single marks are paired only
// outside double-quoted stretches, so a quote inside a quote stays inside
// its parent. It runs in time linear in the number of tokens.
func findQuotes(d docView) []found {
	var out []found
	prevOpen := false // the last quote of the previous paragraph ran to its end
	for pi, p := range d.Paragraphs {
		if p.Boilerplate {
			prevOpen = false
			continue
		}
		start := len(out)
		out = pairDouble(d, pi, out)
		out = pairSingle(d, pi, out, start)
		for i := start; i < len(out); i++ {
			q := &out[i]
			q.para = pi
			if i == start && prevOpen && q.open == p.First {
				q.contPrev = true
			}
		}
		// drop empty quotes
		k := start
		for i := start; i < len(out); i++ {
			if trimInner(d, &out[i]) {
				out[k] = out[i]
				k++
			}
		}
		out = out[:k]
		prevOpen = len(out) > start && out[len(out)-1].close < 0
	}
	return out
}

// closesGerman reports whether mark k closes a quote opened by mark o although k
// is flagged as opening only: „…“ (German), ‚…‘.
func closesGerman(d docView, o, k int) bool {
	os, ks := d.text(o), d.text(k)
	return os == "\u201e" && ks == "\u201c" || os == "\u201a" && ks == "\u2018"
}

func pairDouble(d docView, pi int, out []found) []found {
	p := d.Paragraphs[pi]
	open, depth := -1, 0
	for k := p.First; k < p.End; k++ {
		t := d.Tokens[k]
		if t.Kind != article.Quote || !d.isDouble(k) {
			continue
		}
		canOpen, canClose := t.Is(article.QuoteOpen), t.Is(article.QuoteClose)
		if open < 0 {
			if canOpen || !canClose {
				open, depth = k, 0
			}
			continue
		}
		switch {
		case canClose && depth > 0:
			depth--
		case canClose || closesGerman(d, open, k):
			out = append(out, found{open: open, close: k})
			open = -1
		case d.text(k) == d.text(open):
			// a directional opening mark inside an open quote: a nested quote
			depth++
		}
	}
	if open >= 0 {
		out = append(out, found{open: open, close: -1})
	}
	return out
}

// pairSingle pairs single marks outside the double quotes out[start:]. A
// single mark left open counts only when it opens the paragraph (British
// style multi-paragraph quotes); otherwise it is an apostrophe.
func pairSingle(d docView, pi int, out []found, start int) []found {
	p := d.Paragraphs[pi]
	doubles := out[start:len(out):len(out)]
	di := 0
	open := -1
	var singles []found
	for k := p.First; k < p.End; k++ {
		// skip the inside of double quotes
		for di < len(doubles) && doubles[di].close >= 0 && doubles[di].close < k {
			di++
		}
		if di < len(doubles) && doubles[di].open <= k && (doubles[di].close < 0 || k <= doubles[di].close) {
			if open >= 0 {
				open = -1 // an unclosed single before a double quote was an apostrophe
			}
			if doubles[di].close < 0 {
				break
			}
			k = doubles[di].close
			continue
		}
		t := d.Tokens[k]
		if t.Kind != article.Quote || d.isDouble(k) || d.isApostrophe(k) {
			continue
		}
		canOpen, canClose := t.Is(article.QuoteOpen), t.Is(article.QuoteClose)
		if open < 0 {
			if canOpen {
				open = k
			}
			continue
		}
		if canClose && !d.isPluralPossessive(k) {
			singles = append(singles, found{open: open, close: k})
			open = -1
		} else if canOpen && !canClose {
			open = k
		}
	}
	if open == p.First {
		singles = append(singles, found{open: open, close: -1})
	}
	if len(singles) == 0 {
		return out
	}
	// merge in text order
	merged := make([]found, 0, len(doubles)+len(singles))
	i, j := 0, 0
	for i < len(doubles) || j < len(singles) {
		if j == len(singles) || i < len(doubles) && doubles[i].open < singles[j].open {
			merged = append(merged, doubles[i])
			i++
		} else {
			merged = append(merged, singles[j])
			j++
		}
	}
	return append(out[:start], merged...)
}

// isApostrophe reports whether the single mark k is an apostrophe inside or
// after a word: the possessive of "Indonesia's" (which the tokenizer splits
// into a mark and "s") or "leaders’ debate".
func (d docView) isApostrophe(k int) bool {
	t := d.Tokens[k]
	if t.Kind != article.Quote || !t.Is(article.SingleQuote) || t.Is(article.SpaceBefore) || k == 0 || k+1 >= len(d.Tokens) {
		return false
	}
	prev, next := d.Tokens[k-1], d.Tokens[k+1]
	if prev.Kind != article.Word && prev.Kind != article.Number || next.Para != t.Para {
		return false
	}
	if next.Kind == article.Word && !next.Is(article.SpaceBefore) && (next.Fold == "s" || next.Fold == "d" || next.Fold == "ll" || next.Fold == "re" || next.Fold == "ve" || next.Fold == "t") {
		return true
	}
	return d.isPluralPossessive(k)
}

// isPluralPossessive reports whether the closing single mark k is the
// apostrophe of a plural possessive: "the leaders’ debate".
func (d docView) isPluralPossessive(k int) bool {
	t := d.Tokens[k]
	if t.Is(article.SpaceBefore) || k == 0 || k+1 >= len(d.Tokens) {
		return false
	}
	prev, next := d.Tokens[k-1], d.Tokens[k+1]
	return prev.Kind == article.Word && strings.HasSuffix(prev.Fold, "s") && next.Para == t.Para &&
		next.Kind == article.Word && !next.Is(article.Capitalized) && t.Is(article.SpaceAfter)
}

// trimInner sets the inner token range and span of q, leaving out a trailing
// comma, and reports whether any word remains.
func trimInner(d docView, q *found) bool {
	p := d.Paragraphs[d.Tokens[q.open].Para]
	q.first = q.open + 1
	q.end = p.End
	if q.close >= 0 {
		q.end = q.close
	}
	for q.end > q.first && (d.isPunct(q.end-1, ",") || d.isPunct(q.end-1, ";")) {
		q.end--
	}
	words := false
	for k := q.first; k < q.end; k++ {
		if kd := d.Tokens[k].Kind; kd == article.Word || kd == article.Number {
			words = true
			break
		}
	}
	if !words {
		return false
	}
	q.span = d.Slice(q.first, q.end)
	return true
}
