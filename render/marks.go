package render

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/claims"
)

// markKind is what a mark highlights. The order is the nesting order for
// marks with the same span: a claim encloses a quote, a quote an entity.
type markKind uint8

const (
	markClaim markKind = iota
	markQuote
	markOrganization
	markPerson
	markCountry
)

var markClasses = [...]string{"claim", "quote", "ent organization", "ent person", "ent country"}

// isEntity reports whether k is drawn as a <mark> with its label after it.
func (k markKind) isEntity() bool { return k >= markOrganization }

// A mark is one highlighted span of the article text.
type mark struct {
	// Span is what is drawn: the mention, and for a quote also the quotation
	// marks right around it.
	article.Span
	kind markKind
	// mention is the span reported in data-start and data-end.
	mention article.Span
	// id is the element id of the mark's first piece ("person-0"), or "".
	id    string
	title string
	// label is the badge: the entity type or country code (shown after the
	// last piece), the speaker or the claim's source (before the first piece).
	label string
	// seq breaks ties in the nesting order.
	seq int
	// opened is set once the first piece has been written.
	opened bool
}

// validSpan reports whether s is a non-empty span of text that starts and
// ends on UTF-8 character boundaries.
func validSpan(text string, s article.Span) bool {
	if s.Start < 0 || s.Start >= s.End || s.End > len(text) {
		return false
	}
	return utf8.RuneStart(text[s.Start]) && (s.End == len(text) || utf8.RuneStart(text[s.End]))
}

// collectMarks turns the entities, quotes and claims of r into marks, and
// returns the element ids it assigned. Spans that are empty, out of range or
// cut a UTF-8 character are skipped.
func collectMarks(r *warta.Result, lb *labels) ([]mark, map[string]bool) {
	text := r.Doc.Text
	var ms []mark
	ids := map[string]bool{}
	add := func(m mark, prefix string, i int) {
		if !validSpan(text, m.Span) || !validSpan(text, m.mention) {
			return
		}
		if id := prefix + "-" + strconv.Itoa(i); !ids[id] {
			ids[id] = true
			m.id = id
		}
		m.seq = len(ms)
		ms = append(ms, m)
	}
	for i, p := range r.People {
		title := p.Name
		if len(p.Titles) > 0 {
			title += " — " + p.Titles[0]
		}
		if a := p.Affiliation; a != nil {
			title += " (" + joinNonEmpty(", ", a.Name, a.Code) + ")"
		}
		for _, m := range p.Mentions {
			add(mark{Span: m.Span, mention: m.Span, kind: markPerson, title: lb.Person + ": " + title, label: lb.PersonTag}, "person", i)
		}
	}
	for i, o := range r.Organizations {
		title := o.Name
		if o.Acronym != "" && o.Acronym != o.Name {
			title += " (" + o.Acronym + ")"
		}
		if o.Type != "" {
			title += " · " + o.Type
		}
		for _, m := range o.Mentions {
			add(mark{Span: m.Span, mention: m.Span, kind: markOrganization, title: lb.Organization + ": " + title, label: lb.OrganizationTag}, "organization", i)
		}
	}
	for i, c := range r.Countries {
		for _, m := range c.Mentions {
			title := lb.Country + ": " + c.Name + " (" + c.Code + ")"
			if m.Refer != "" {
				title += " · " + m.Refer
			}
			add(mark{Span: m.Span, mention: m.Span, kind: markCountry, title: title, label: c.Code}, "country", i)
		}
	}
	for i, q := range r.Quotes {
		speaker, label := lb.UnknownSpeaker, "?"
		if q.Speaker != nil && *q.Speaker != "" {
			speaker, label = *q.Speaker, *q.Speaker
		}
		add(mark{Span: widenQuote(text, q.Span), mention: q.Span, kind: markQuote, title: lb.Speaker + ": " + speaker, label: label}, "quote", i)
	}
	for i, c := range r.Claims {
		source := c.Source
		if source == "" {
			source = "?"
		}
		title := lb.Source + ": " + source
		if c.Cue != "" {
			title += " (" + c.Cue + ")"
		}
		span, _ := claimContent(c)
		add(mark{Span: span, mention: span, kind: markClaim, title: title, label: joinNonEmpty(" · ", source, c.Cue)}, "claim", i)
	}
	return ms, ids
}

// claimContent returns the span and the text of a claim's content: the one
// place that knows how package claims stores them.
func claimContent(c claims.Claim) (article.Span, string) { return c.Span, c.Content }

// widenQuote extends the span of a quote's words over the quotation marks
// right before and after it, and over one comma or final punctuation mark
// before the closing mark, so that the badge stands before the opening mark
// and the whole “…,” is shaded.
func widenQuote(text string, s article.Span) article.Span {
	if !validSpan(text, s) {
		return s
	}
	if r, n := utf8.DecodeLastRuneInString(text[:s.Start]); isQuoteMark(r) {
		s.Start -= n
	}
	end := s.End
	if r, n := utf8.DecodeRuneInString(text[end:]); strings.ContainsRune(",.!?…", r) {
		end += n
	}
	if r, n := utf8.DecodeRuneInString(text[end:]); isQuoteMark(r) {
		s.End = end + n
	}
	return s
}

func isQuoteMark(r rune) bool {
	return strings.ContainsRune("\"'`“”„‟«»‘’‚‛‹›「」", r)
}

func joinNonEmpty(sep string, parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}
