package quotes

import (
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// continuationPass gives a quote with no cue of its own the speaker of the
// quote it continues:
//   - a paragraph that reopens a quotation left open at the end of the
//     previous paragraph (and the open paragraph, when only the later one is
//     attributed);
//   - a second quote of the same paragraph: "“A,” X said. “B.”";
//   - a quote-only paragraph after a paragraph whose quote (or, failing a
//     quote, whose speech verb) is attributed to X: "“…,” kata Retno." then
//     "“…”" / "Albanese said on Monday …" then "“…”".
func continuationPass(s *state, i int) (attribution, bool) {
	if _, ok := s.primary(i); ok {
		return attribution{}, false // a cue with no recoverable speaker stays null
	}
	q := &s.qs[i]
	if q.contPrev && i > 0 {
		return s.copyFrom(i - 1)
	}
	if q.close < 0 && i+1 < len(s.qs) && s.qs[i+1].contPrev {
		// the attribution may come only in a later paragraph of the chain
		for j := i + 1; j < len(s.qs) && s.qs[j].contPrev; j++ {
			if s.att[j].ok {
				return s.copyFrom(j)
			}
			if s.qs[j].close >= 0 {
				break
			}
		}
	}
	// an earlier quote of the same paragraph
	for j := i - 1; j >= 0 && s.qs[j].para == q.para; j-- {
		if s.qs[j].scare {
			continue
		}
		if s.att[j].ok && !s.otherPersonBetween(s.att[j].ref, s.qs[j].end, q.open) {
			return s.copyFrom(j)
		}
		break
	}
	if !s.quoteOnly(q) {
		return attribution{}, false
	}
	// the previous paragraph that is not boilerplate
	pp := q.para - 1
	for pp >= 0 && q.para-pp <= 2 && s.d.Paragraphs[pp].Boilerplate {
		pp--
	}
	if pp < 0 || s.d.Paragraphs[pp].Boilerplate {
		return attribution{}, false
	}
	for j := i - 1; j >= 0 && s.qs[j].para >= pp; j-- {
		if s.qs[j].para == pp && !s.qs[j].scare {
			if s.att[j].ok {
				return s.copyFrom(j)
			}
			return attribution{}, false
		}
	}
	// no quote there: the last speaker of a speech verb in that paragraph
	p := s.d.Paragraphs[pp]
	var last entities.Located
	found := false
	for _, l := range s.ents.Between(p.First, p.End) {
		if s.isSpeaker(l.Ref) && s.isSpeechSubject(l) {
			last, found = l, true
		}
	}
	if found {
		return attribution{ref: last.Ref}, true
	}
	// "He said the changes were no reflection …" then "“…”": a pronoun
	// speaking in that paragraph goes on from the last quoted speaker
	if s.pronounSpeaks(p.First, p.End) {
		for j := i - 1; j >= 0 && q.para-s.qs[j].para <= 3; j-- {
			if s.att[j].ok && s.att[j].ref.Kind == entities.KindPerson {
				return attribution{ref: s.att[j].ref}, true
			}
		}
	}
	return attribution{}, false
}

// pronounSpeaks reports whether a sentence of tokens [a, b) opens with a
// personal pronoun and a speech verb ("He said …", "Ia mengatakan …").
func (s *state) pronounSpeaks(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if !s.d.Tokens[k].Is(article.SentStart) {
			continue
		}
		if _, ok := s.pronounAt(k); !ok {
			continue
		}
		e := k + 1
		for e < b && adverbs[s.d.Tokens[e].Fold] {
			e++
		}
		if v, _, ok := s.verbAt(e, b); ok && (v.kind == subjectFirst || v.kind == either) {
			return true
		}
	}
	return false
}

func (s *state) copyFrom(j int) (attribution, bool) {
	if j < 0 || !s.att[j].ok {
		return attribution{}, false
	}
	return attribution{ref: s.att[j].ref}, true
}

// quoteOnly reports whether quote q fills its paragraph: it opens the
// paragraph and only punctuation follows its closing mark.
func (s *state) quoteOnly(q *found) bool {
	p := s.d.Paragraphs[q.para]
	if q.open != p.First {
		return false
	}
	if q.close < 0 {
		return true
	}
	for k := q.close + 1; k < p.End; k++ {
		if s.d.Tokens[k].Kind != article.Punct {
			return false
		}
	}
	return true
}

// otherPersonBetween reports whether a person other than r is named within
// tokens [a, b).
func (s *state) otherPersonBetween(r entities.Ref, a, b int) bool {
	if b <= a {
		return false
	}
	for _, l := range s.ents.Between(a, b) {
		if l.Kind == entities.KindPerson && l.Ref != r {
			return true
		}
	}
	return false
}
