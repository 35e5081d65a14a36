package render

import (
	"html"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wartalab/warta/article"
)

// A paragraph is one line of the article, drawn as <p> (or <h1> for a
// headline).
type paragraph struct {
	article.Span
	boilerplate bool
	heading     bool
}

// paragraphsOf returns the paragraphs of d: its parsed paragraphs, or the
// non-blank lines of its text when it has none (a hand-made Doc). Spans out
// of range or out of order are dropped. A short first line without final
// punctuation, followed by more text, is taken for a headline.
func paragraphsOf(d *article.Doc) []paragraph {
	var ps []paragraph
	last := 0
	for _, p := range d.Paragraphs {
		if p.Start < last || !validSpan(d.Text, p.Span) {
			continue
		}
		ps = append(ps, paragraph{Span: p.Span, boilerplate: p.Boilerplate})
		last = p.Span.End // p.End is the token index
	}
	if len(d.Paragraphs) == 0 {
		for start := 0; start < len(d.Text); {
			end := strings.IndexByte(d.Text[start:], '\n')
			if end < 0 {
				end = len(d.Text)
			} else {
				end += start
			}
			s, e := start, end
			for s < e && isBlank(d.Text[s]) {
				s++
			}
			for e > s && isBlank(d.Text[e-1]) {
				e--
			}
			if s < e {
				ps = append(ps, paragraph{Span: article.Span{Start: s, End: e}})
			}
			start = end + 1
		}
	}
	if len(ps) > 1 && !ps[0].boilerplate && ps[0].Len() <= 160 {
		r, _ := utf8.DecodeLastRuneInString(d.Text[ps[0].Start:ps[0].End])
		ps[0].heading = !strings.ContainsRune(".!?…:;,\"'”’»", r)
	}
	return ps
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' }

// before reports whether a encloses b when both cover the same piece of text:
// the earlier start, then the later end, then claim before quote before
// entity, then the order of collection.
func before(a, b *mark) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	if a.End != b.End {
		return a.End > b.End
	}
	if a.kind != b.kind {
		return a.kind < b.kind
	}
	return a.seq < b.seq
}

func compareMarks(a, b *mark) int {
	switch {
	case a == b:
		return 0
	case before(a, b):
		return -1
	}
	return 1
}

// writeBody writes the paragraphs of text with their marks. Marks may nest
// or cross in any way: each paragraph is cut at every mark boundary and the
// marks covering a piece are opened in [before] order, keeping as many
// elements open from the previous piece as possible. A mark that crosses
// another mark or a paragraph boundary is thus split into several elements,
// and the output is always well-formed.
func writeBody(b *strings.Builder, text string, ps []paragraph, ms []mark) {
	sorted := make([]*mark, len(ms))
	for i := range ms {
		sorted[i] = &ms[i]
	}
	slices.SortFunc(sorted, compareMarks)
	next := 0
	var open []*mark // marks that started before the current paragraph ends
	for _, p := range ps {
		for next < len(sorted) && sorted[next].Start < p.End {
			open = append(open, sorted[next])
			next++
		}
		open = slices.DeleteFunc(open, func(m *mark) bool { return m.End <= p.Start })
		switch {
		case p.heading:
			b.WriteString("<h1>")
		case p.boilerplate:
			b.WriteString(`<p class="boilerplate">`)
		default:
			b.WriteString("<p>")
		}
		writeParagraph(b, text, p.Span, open)
		if p.heading {
			b.WriteString("</h1>\n")
		} else {
			b.WriteString("</p>\n")
		}
		open = slices.DeleteFunc(open, func(m *mark) bool { return m.End <= p.End })
	}
}

// A piece is the part of a mark inside one element.
type piece struct {
	m          *mark
	start, end int
	first      bool
}

// An op is one step of a paragraph's markup: open or close piece p, or, when
// p is nil, write the text span.
type op struct {
	p    *piece
	open bool
	text article.Span
}

// writeParagraph writes text[p.Start:p.End] with the marks of ms (sorted in
// [before] order, all starting before p.End) that overlap it.
func writeParagraph(b *strings.Builder, text string, p article.Span, ms []*mark) {
	bounds := []int{p.Start, p.End}
	var in []*mark
	for _, m := range ms {
		if m.End <= p.Start || m.Start >= p.End {
			continue
		}
		in = append(in, m)
		bounds = append(bounds, max(m.Start, p.Start), min(m.End, p.End))
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	var ops []op
	var stack []*piece
	var active []*mark
	closeFrom := func(n, at int) {
		for k := len(stack) - 1; k >= n; k-- {
			stack[k].end = at
			ops = append(ops, op{p: stack[k]})
		}
		stack = stack[:n]
	}
	next := 0
	for i := 0; i+1 < len(bounds); i++ {
		a, z := bounds[i], bounds[i+1]
		active = slices.DeleteFunc(active, func(m *mark) bool { return m.End <= a })
		for next < len(in) && max(in[next].Start, p.Start) <= a {
			active = append(active, in[next])
			next++
		}
		slices.SortFunc(active, compareMarks)
		n := 0
		for n < len(stack) && n < len(active) && stack[n].m == active[n] {
			n++
		}
		closeFrom(n, a)
		for _, m := range active[n:] {
			pc := &piece{m: m, start: a, first: !m.opened}
			m.opened = true
			stack = append(stack, pc)
			ops = append(ops, op{p: pc, open: true})
		}
		ops = append(ops, op{text: article.Span{Start: a, End: z}})
	}
	closeFrom(0, p.End)

	for _, o := range ops {
		switch {
		case o.p == nil:
			b.WriteString(escape(text[o.text.Start:o.text.End]))
		case o.open:
			writeOpen(b, o.p)
		case o.p.m.kind.isEntity():
			b.WriteString("</mark>")
		default:
			b.WriteString("</span>")
		}
	}
}

// writeOpen writes the start tag of a piece. Every piece carries the class,
// the hover title and the mention's byte offsets; the first piece carries
// the id; the badge goes on the first piece of a quote or claim and on the
// last piece of an entity.
func writeOpen(b *strings.Builder, pc *piece) {
	m := pc.m
	if m.kind.isEntity() {
		b.WriteString("<mark")
	} else {
		b.WriteString("<span")
	}
	attr := func(name, value string) {
		b.WriteString(" " + name + `="` + escape(value) + `"`)
	}
	attr("class", markClasses[m.kind])
	if pc.first && m.id != "" {
		attr("id", m.id)
	}
	attr("title", m.title)
	attr("data-start", strconv.Itoa(m.mention.Start))
	attr("data-end", strconv.Itoa(m.mention.End))
	if m.kind.isEntity() && pc.end == m.End || !m.kind.isEntity() && pc.first {
		attr("data-label", m.label)
	}
	b.WriteString(">")
}

// escape escapes s for HTML text or a quoted attribute value, replacing
// bytes that are not valid UTF-8 with U+FFFD.
func escape(s string) string { return html.EscapeString(strings.ToValidUTF8(s, "\uFFFD")) }
