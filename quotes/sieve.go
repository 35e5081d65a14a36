package quotes

import (
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// An attribution is a pass's decision about one quote.
type attribution struct {
	ok      bool
	pass    string
	ref     entities.Ref
	mention *article.Span // the speaker words at the cue, if any
	cue     *cue
}

// A pass names the speaker of quote i when it is sure, and reports ok ==
// false otherwise. Passes read the state but never change it; they never
// revise an earlier pass's decision.
type pass func(s *state, i int) (attribution, bool)

// sieve lists the passes, most certain first. The order is the confidence
// ranking.
var sieve = []struct {
	name string
	run  pass
}{
	{"cue-after", cueAfterPass},        // “…,” kata Retno Marsudi.        "…," said Mr. Blinken.
	{"cue-before", cueBeforePass},      // Retno Marsudi mengatakan, “…”   She said: "…"
	{"pronoun", pronounPass},           // “…,” ujarnya.                    "…," he added.
	{"title-only", titleOnlyPass},      // “…,” kata Menlu.                 "…," the minister said.
	{"definite", definitePass},         // “…,” kata kementerian itu.        "…," the police said.
	{"continuation", continuationPass}, // a quote-only paragraph after a paragraph attributed to X
}

// state is the per-call scratch of one Analyze call.
type state struct {
	d    docView
	tb   *tables
	ents *entities.Set
	qs   []found
	att  []attribution
	// titles[p] lists the folded titles of person p, from the entities
	// result and from the words written before each of its mentions.
	titles [][]string
}

func newState(doc *article.Doc, tb *tables, ents *entities.Set) *state {
	return &state{d: docView{doc}, tb: tb, ents: ents}
}

// run finds the quotes, reads the cues around them, sets scare quotes aside
// and runs the sieve: each pass over all open quotes in text order, so a
// later pass sees every decision of the earlier ones.
func (s *state) run() {
	s.qs = findQuotes(s.d)
	for i := range s.qs {
		q := &s.qs[i]
		q.after = s.cueAfter(q)
		q.before = s.cueBefore(i)
		q.scare = s.isScare(q)
	}
	s.att = make([]attribution, len(s.qs))
	s.collectTitles()
	for _, p := range sieve {
		for i := range s.qs {
			if s.qs[i].scare || s.att[i].ok {
				continue
			}
			if a, ok := p.run(s, i); ok {
				a.ok, a.pass = true, p.name
				s.att[i] = a
			}
		}
	}
}

// primary returns the cue that attributes quote i: the one after the
// closing mark if there is one, else the one before the quote.
func (s *state) primary(i int) (cue, bool) {
	q := &s.qs[i]
	if q.after.ok && q.after.subj != subjNone {
		return q.after, true
	}
	if q.before.ok && q.before.subj != subjNone {
		return q.before, true
	}
	return cue{}, false
}

// output builds the exported Quote of quote i.
func (s *state) output(i int) Quote {
	q := &s.qs[i]
	out := Quote{Mention: s.d.Mention(q.span), Paragraph: q.para, Closed: q.close >= 0}
	a := s.att[i]
	c, hasCue := s.primary(i)
	if a.cue != nil {
		c, hasCue = *a.cue, true
	}
	if hasCue {
		out.Cue = &Cue{Mention: s.d.Mention(s.d.Slice(c.verbFirst, c.verbEnd)), Lemma: c.lemma}
		if c.addrEnd > c.addrFirst {
			m := s.d.Mention(s.d.Slice(c.addrFirst, c.addrEnd))
			out.Addressee = &m
		}
	}
	if !a.ok {
		return out
	}
	out.Pass = a.pass
	ref := a.ref
	out.SpeakerRef = &ref
	name := s.ents.Name(ref)
	out.Speaker = &name
	if a.mention != nil {
		m := s.d.Mention(*a.mention)
		out.SpeakerMention = &m
	}
	return out
}

// isSpeaker reports whether r can speak: a person or an organization that
// the set holds.
func (s *state) isSpeaker(r entities.Ref) bool {
	switch r.Kind {
	case entities.KindPerson:
		return r.Index >= 0 && r.Index < len(s.ents.People)
	case entities.KindOrganization:
		return r.Index >= 0 && r.Index < len(s.ents.Organizations)
	}
	return false
}
