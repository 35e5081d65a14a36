// Package articletest provides test helpers that check the span invariant of
// warta (STYLE.md §1): every output that names text carries a half-open byte
// span [Start, End) of the caller's string, and its Text equals
// text[Start:End].
//
// The helpers report through testing.TB and never stop the test, so one call
// lists every broken span. They are meant for the tests and fuzz targets of
// every package. Because this package imports entities, tests inside package
// entities itself must use the external test package (entities_test).
package articletest

import (
	"fmt"
	"testing"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/internal/fold"
)

// CheckSpans asserts that every span lies inside text, is not reversed, and
// that its Text equals text[Start:End]. It does not check order; use
// [CheckMentions] for a list that must be sorted.
func CheckSpans(t testing.TB, text string, spans ...article.Mention) bool {
	t.Helper()
	ok := true
	for k, m := range spans {
		if !checkSpan(t, text, fmt.Sprintf("span %d", k), m.Span) {
			ok = false
			continue
		}
		if got := text[m.Start:m.End]; got != m.Text {
			t.Errorf("span %d [%d,%d): Text = %q, but text[Start:End] = %q", k, m.Start, m.End, m.Text, got)
			ok = false
		}
	}
	return ok
}

// CheckMentions is [CheckSpans] plus order: the mentions must be sorted by
// Start (equal starts allowed).
func CheckMentions(t testing.TB, text string, ms []article.Mention) bool {
	t.Helper()
	ok := CheckSpans(t, text, ms...)
	for k := 1; k < len(ms); k++ {
		if ms[k].Start < ms[k-1].Start {
			t.Errorf("mention %d %q at %d starts before mention %d %q at %d", k, ms[k].Text, ms[k].Start, k-1, ms[k-1].Text, ms[k-1].Start)
			ok = false
		}
	}
	return ok
}

// CheckFunc checks a list of any type whose elements carry a mention, such
// as quotes or claims: CheckFunc(t, text, qs, func(q quotes.Quote) article.Mention { return q.Mention }).
// The list must be sorted by Start when sorted is true.
func CheckFunc[T any](t testing.TB, text string, items []T, mention func(T) article.Mention, sorted bool) bool {
	t.Helper()
	ms := make([]article.Mention, len(items))
	for k, it := range items {
		ms[k] = mention(it)
	}
	if sorted {
		return CheckMentions(t, text, ms)
	}
	return CheckSpans(t, text, ms...)
}

func checkSpan(t testing.TB, text, what string, s article.Span) bool {
	t.Helper()
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		t.Errorf("%s [%d,%d) is outside the text [0,%d) or reversed", what, s.Start, s.End, len(text))
		return false
	}
	return true
}

// CheckDoc asserts the invariants of a parsed document: every token lies
// inside the text, is non-empty, and tokens are ordered and do not overlap;
// Fold is the folded token text; every token belongs to the paragraph and
// sentence its Para and Sent name; paragraphs and sentences are in order,
// cover their tokens exactly and do not overlap.
func CheckDoc(t testing.TB, d *article.Doc) bool {
	t.Helper()
	ok := true
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf(format, args...)
		ok = false
	}
	text := d.Text
	for i, tk := range d.Tokens {
		if !checkSpan(t, text, fmt.Sprintf("token %d", i), tk.Span) {
			ok = false
			continue
		}
		if tk.Len() == 0 {
			fail("token %d at %d is empty", i, tk.Start)
		}
		if i > 0 && tk.Start < d.Tokens[i-1].End {
			fail("token %d [%d,%d) overlaps or precedes token %d [%d,%d)", i, tk.Start, tk.End, i-1, d.Tokens[i-1].Start, d.Tokens[i-1].End)
		}
		if want := fold.String(text[tk.Start:tk.End]); tk.Fold != want {
			fail("token %d %q: Fold = %q, want %q", i, text[tk.Start:tk.End], tk.Fold, want)
		}
		if tk.Kind < article.Word || tk.Kind > article.Symbol {
			fail("token %d %q: bad kind %d", i, text[tk.Start:tk.End], tk.Kind)
		}
	}
	ok = checkBlocks(t, d, "paragraph", len(d.Paragraphs), func(k int) article.Block { return d.Paragraphs[k].Block },
		func(tk article.Token) int { return int(tk.Para) }) && ok
	ok = checkBlocks(t, d, "sentence", len(d.Sentences), func(k int) article.Block { return d.Sentences[k].Block },
		func(tk article.Token) int { return int(tk.Sent) }) && ok
	for k, s := range d.Sentences {
		if s.Para < 0 || s.Para >= len(d.Paragraphs) {
			fail("sentence %d: paragraph %d out of range", k, s.Para)
			continue
		}
		if p := d.Paragraphs[s.Para]; !p.Span.Contains(s.Span) {
			fail("sentence %d [%d,%d) is not inside paragraph %d [%d,%d)", k, s.Start, s.Span.End, s.Para, p.Start, p.Span.End)
		}
		if s.First < s.End && !d.Tokens[s.First].Is(article.SentStart) {
			fail("sentence %d: first token %d lacks SentStart", k, s.First)
		}
	}
	return ok
}

// checkBlocks checks that blocks tile the tokens in order: block k covers
// tokens [First, End), its byte span runs from its first token's start to
// its last token's end, and each token names block k.
func checkBlocks(t testing.TB, d *article.Doc, what string, n int, block func(int) article.Block, owner func(article.Token) int) bool {
	t.Helper()
	ok := true
	next := 0
	for k := 0; k < n; k++ {
		b := block(k)
		if b.First != next || b.End <= b.First || b.End > len(d.Tokens) {
			t.Errorf("%s %d covers tokens [%d,%d), want a non-empty range starting at %d (of %d)", what, k, b.First, b.End, next, len(d.Tokens))
			return false
		}
		if !checkSpan(t, d.Text, fmt.Sprintf("%s %d", what, k), b.Span) {
			return false
		}
		if b.Start != d.Tokens[b.First].Start || b.Span.End != d.Tokens[b.End-1].End {
			t.Errorf("%s %d span [%d,%d) does not match its tokens [%d,%d)", what, k, b.Start, b.Span.End, d.Tokens[b.First].Start, d.Tokens[b.End-1].End)
			ok = false
		}
		for i := b.First; i < b.End; i++ {
			if owner(d.Tokens[i]) != k {
				t.Errorf("token %d is in %s %d but names %d", i, what, k, owner(d.Tokens[i]))
				ok = false
				break
			}
		}
		next = b.End
	}
	if next != len(d.Tokens) {
		t.Errorf("%ss cover tokens [0,%d) of %d", what, next, len(d.Tokens))
		ok = false
	}
	return ok
}

// CheckEntities asserts the span invariant for every mention of s against
// the text of d: people's and organizations' mentions (sorted), country
// mentions (sorted), and the Index, whose entries must be sorted by token,
// agree with the token range they name, and point at an existing entity.
func CheckEntities(t testing.TB, d *article.Doc, s *entities.Set) bool {
	t.Helper()
	text := d.Text
	ok := true
	for k, p := range s.People {
		if !CheckMentions(t, text, p.Mentions) {
			t.Errorf("person %d %q has bad mentions", k, p.Name)
			ok = false
		}
	}
	for k, o := range s.Organizations {
		if !CheckMentions(t, text, o.Mentions) {
			t.Errorf("organization %d %q has bad mentions", k, o.Name)
			ok = false
		}
	}
	for k, c := range s.Countries {
		if !CheckFunc(t, text, c.Mentions, func(m entities.CountryMention) article.Mention { return m.Mention }, true) {
			t.Errorf("country %d %s has bad mentions", k, c.Code)
			ok = false
		}
	}
	for k, l := range s.Index {
		if !checkSpan(t, text, fmt.Sprintf("index %d", k), l.Span) {
			ok = false
			continue
		}
		if l.First < 0 || l.End > len(d.Tokens) || l.First >= l.End {
			t.Errorf("index %d: token range [%d,%d) out of [0,%d)", k, l.First, l.End, len(d.Tokens))
			ok = false
			continue
		}
		if d.Tokens[l.First].Start != l.Span.Start || d.Tokens[l.End-1].End != l.Span.End {
			t.Errorf("index %d: span [%d,%d) does not match tokens [%d,%d)", k, l.Span.Start, l.Span.End, l.First, l.End)
			ok = false
		}
		if k > 0 && l.First < s.Index[k-1].First {
			t.Errorf("index %d: not sorted by token (%d after %d)", k, l.First, s.Index[k-1].First)
			ok = false
		}
		var n int
		switch l.Kind {
		case entities.KindPerson:
			n = len(s.People)
		case entities.KindOrganization:
			n = len(s.Organizations)
		case entities.KindCountry:
			n = len(s.Countries)
		}
		if l.Index < 0 || l.Index >= n {
			t.Errorf("index %d: ref %v/%d points at no entity", k, l.Kind, l.Index)
			ok = false
		}
	}
	return ok
}
