package quotes

import (
	"sort"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// How far back, in paragraphs, a pronoun or a title looks for its person.
const lookBack = 6

// pronounPass resolves a pronoun speaker: "“…,” ujarnya", "“…,” kata dia",
// "“…,” ia menandaskan", "“…,” he added", "When asked, she said: “…”". The
// pronoun goes to the most recent compatible person who spoke before the
// quote (the subject of a speech verb, or the speaker of an earlier quote);
// failing that, to the most recent compatible person of the last paragraphs.
// "it" goes to an organization.
func pronounPass(s *state, i int) (attribution, bool) {
	c, ok := s.primary(i)
	if !ok || c.subj != subjPronoun {
		return attribution{}, false
	}
	kind := entities.KindPerson
	if s.d.Tokens[c.subjFirst].Fold == "it" {
		kind = entities.KindOrganization
	}
	ref, ok := s.antecedent(i, kind, c.gender)
	if !ok {
		return attribution{}, false
	}
	sp := s.d.Slice(c.subjFirst, c.subjEnd)
	if c.cliticNya {
		// the mention is the -nya of "ujarnya"
		t := s.d.Tokens[c.subjFirst]
		if t.End-t.Start > 3 {
			sp = article.Span{Start: t.End - 3, End: t.End}
		}
	}
	return attribution{ref: ref, mention: &sp, cue: &c}, true
}

// antecedent finds the entity of kind a pronoun before quote i refers to.
func (s *state) antecedent(i int, kind entities.Kind, gender string) (entities.Ref, bool) {
	q := &s.qs[i]
	compatible := func(r entities.Ref) bool {
		if r.Kind != kind || !s.isSpeaker(r) {
			return false
		}
		if kind == entities.KindPerson && (gender == "m" || gender == "f") {
			g := s.ents.People[r.Index].Gender
			return g == "" || g == gender
		}
		return true
	}
	minPara := q.para - lookBack
	// the most recent speech subject before the quote
	subjPos, subjRef := -1, entities.Ref{}
	var fallback entities.Located
	hasFallback, fallbackSubj := false, false
	idx := s.ents.Index
	k := sort.Search(len(idx), func(k int) bool { return idx[k].First >= q.open })
	for n := 0; k > 0 && n < 200; n++ {
		k--
		l := idx[k]
		if int(s.d.Tokens[l.First].Para) < minPara {
			break
		}
		if !compatible(l.Ref) {
			continue
		}
		if int(s.d.Tokens[l.First].Para) >= q.para-2 {
			// the most recent person, preferring one who opens its sentence
			// or is introduced with an age ("dialami Wulan Sari (34), warga …")
			subj := s.opensClause(l) || s.withAge(l)
			if !hasFallback || !fallbackSubj && subj {
				fallback, hasFallback, fallbackSubj = l, true, subj
			}
		}
		if s.isSpeechSubject(l) {
			subjPos, subjRef = l.First, l.Ref
			break
		}
	}
	// the speaker of the last attributed quote before this one
	for j := i - 1; j >= 0 && s.qs[j].para >= minPara; j-- {
		if a := s.att[j]; a.ok && compatible(a.ref) {
			if s.qs[j].open > subjPos {
				subjPos, subjRef = s.qs[j].open, a.ref
			}
			break
		}
	}
	// a person who opens a later sentence outranks an earlier speaker:
	// "“…,” he says. [para] In Timbulsloko, fisherman Sholeh points to … [para]
	// “…,” he says." is Sholeh's.
	if hasFallback && fallbackSubj && fallback.First > subjPos && !s.coordinated(fallback) && !s.namedInside(fallback.Ref, q) {
		subjPos, subjRef = fallback.First, fallback.Ref
	}
	anchor := subjPos
	if anchor < 0 && hasFallback {
		anchor = fallback.First
	}
	if kind == entities.KindPerson && s.unnamedSpeaker(max(anchor, s.d.Paragraphs[max(q.para-2, 0)].First), q.open) {
		return entities.Ref{}, false // the pronoun stands for a speaker the text does not name
	}
	if subjPos >= 0 {
		return subjRef, true
	}
	if hasFallback {
		return fallback.Ref, true
	}
	return entities.Ref{}, false
}

// unnamedSpeaker reports whether a sentence starting within tokens [a, b)
// has an unnamed, indefinite speaker as the subject of its speech verb:
// "Seorang ekonom bank swasta menilai …", "A senior official said …". A
// pronoun after it ("ujarnya", "he said") refers to that speaker, not to a
// person named earlier.
func (s *state) unnamedSpeaker(a, b int) bool {
	for k := max(a, 0); k < b; k++ {
		t := s.d.Tokens[k]
		if !indefinites[t.Fold] || !(t.Is(article.SentStart) || s.afterIntro(k)) {
			continue
		}
		pend := s.d.Paragraphs[t.Para].End
		for j := k + 1; j < pend && j < b && j-k <= 12; j++ {
			if l, ok := s.ents.At(j); ok && l.Kind == entities.KindPerson {
				break
			}
			if tj := s.d.Tokens[j]; tj.Kind == article.Punct && (tj.Is(article.Terminal) || s.d.text(j) == ",") || tj.Kind == article.Quote {
				break
			}
			if v, _, ok := s.verbAt(j, pend); ok && (v.kind == subjectFirst || v.kind == either) {
				return true
			}
		}
	}
	return false
}

// afterIntro reports whether token k follows a short introductory phrase
// and its comma at the start of a sentence: "Di Bandara Oksibil, seorang
// petugas …".
func (s *state) afterIntro(k int) bool {
	if k == 0 || !s.d.isPunct(k-1, ",") {
		return false
	}
	sent := s.d.Sentences[s.d.Tokens[k].Sent]
	return k-1-sent.First <= introMax && !s.hasVerbOrQuote(sent.First, k-1)
}

// isSpeechSubject reports whether the mention l is the subject of a speech
// verb: "Retno mengatakan", "Blinken said", "kata Retno", "“…,” said Jumisi".
func (s *state) isSpeechSubject(l entities.Located) bool {
	pend := s.d.Paragraphs[s.d.Tokens[l.First].Para].End
	k := s.skipApposition(l.End, pend)
	if l.End+1 < pend && s.d.isPunct(l.End, ",") && l.First > 0 && s.d.isPunct(l.First-1, ",") {
		if _, _, ok := s.verbAt(l.End+1, pend); ok {
			k = l.End + 1 // the name is the apposition: "Dokter anak itu, Maya, menyebut"
		}
	}
	for k < pend && adverbs[s.d.Tokens[k].Fold] {
		k++
	}
	if v, _, ok := s.verbAt(k, pend); ok && (v.kind == either || v.kind == subjectFirst) {
		return true
	}
	pf := s.d.Paragraphs[s.d.Tokens[l.First].Para].First
	j := l.First - 1
	for j >= pf && l.First-j <= 6 && s.npWord(j) {
		j--
	}
	if v, _, ok := s.verbAt(j, pend); ok {
		if j >= 2 && s.d.isPunct(j-1, ",") {
			if p, ok := s.ents.At(j - 2); ok && p.Kind == entities.KindPerson && p.Ref != l.Ref {
				return false // "Brighton's head coach, Fabian Hürzeler, said Kashiwagi had …"
			}
		}
		return v.kind == verbFirst || v.kind == either && s.afterQuoteOrComma(j)
	}
	return false
}

// appositionMax is the longest apposition, in tokens, that skipApposition
// passes over.
const appositionMax = 16

// skipApposition returns the token after an apposition or an age that
// starts at k, or k: "Andi Baso, 52, said", "Ramon Villareal, an emergency
// physician at the Philippine General Hospital in Manila, said", "Sutrisno
// (52) mengatakan", "Dokter anak itu, Maya, menyebut". The apposition ends
// at a comma within appositionMax tokens of the same paragraph, with no
// quotation mark or sentence end inside.
func (s *state) skipApposition(k, pend int) int {
	if k+2 < pend && s.d.isPunct(k, "(") && s.d.Tokens[k+1].Kind == article.Number && s.d.isPunct(k+2, ")") {
		k += 3 // "Sukardi (58), warga Desa Ketanjung, mengaku"
	}
	if k+1 >= pend || !s.d.isPunct(k, ",") {
		return k
	}
	for e := k + 1; e < pend && e-k <= appositionMax; e++ {
		t := s.d.Tokens[e]
		if t.Kind == article.Quote && !s.d.isApostrophe(e) || t.Is(article.Terminal) {
			return k
		}
		if _, _, ok := s.verbAt(e, pend); ok {
			return k // "X, said Y" or a clause: no apposition
		}
		if s.d.isPunct(e, ",") {
			if e == k+1 {
				return k
			}
			return e + 1
		}
	}
	return k
}

// opensClause reports whether mention l is the subject of its sentence:
// only title words, honorifics or a dateline stand between the sentence
// start and the name ("Menlu Retno bertemu …").
//
// A short introductory phrase closed by a comma may come first: "In nearby
// Timbulsloko, fisherman Sholeh points …", "Di Jakarta, Retno mengatakan …".
func (s *state) opensClause(l entities.Located) bool {
	sent := s.d.Sentences[s.d.Tokens[l.First].Sent]
	for k := l.First - 1; k >= sent.First; k-- {
		if s.d.isPunct(k, ",") && k-sent.First <= introMax && !s.hasVerbOrQuote(sent.First, k) && !s.personIn(sent.First, k) {
			return true
		}
		if !s.npWord(k) && !s.tb.isRole(s.d.Tokens[k].Fold) && !s.d.Tokens[k].Is(article.Dateline) && !s.d.isPunct(k, ",") {
			return false
		}
	}
	return true
}

// withAge reports whether mention l is followed by an age, as news
// introduces a new witness: "Wulan Sari (34)", "Andi Baso, 52,".
func (s *state) withAge(l entities.Located) bool {
	k := l.End
	n := len(s.d.Tokens)
	if k+2 < n && s.d.isPunct(k, "(") && s.d.Tokens[k+1].Kind == article.Number && s.d.isPunct(k+2, ")") {
		return true
	}
	return k+2 < n && s.d.isPunct(k, ",") && s.d.Tokens[k+1].Kind == article.Number && s.d.isPunct(k+2, ",")
}

// coordinated reports whether mention l is one conjunct of a coordination
// ("Sugiono dan Sri Mulyani", "Smith and Jones"): a singular pronoun does
// not stand for it.
func (s *state) coordinated(l entities.Located) bool {
	isAnd := func(k int) bool {
		f := s.d.Tokens[k].Fold
		return f == "dan" || f == "and" || f == "serta" || f == "&"
	}
	para := s.d.Tokens[l.First].Para
	if l.End < len(s.d.Tokens) && s.d.Tokens[l.End].Para == para && isAnd(l.End) {
		return true
	}
	return l.First > 0 && s.d.Tokens[l.First-1].Para == para && isAnd(l.First-1)
}

// namedInside reports whether r is named within quote q's own words: a
// speaker seldom names themself ("“Pak Sugiono sudah jalan duluan …”").
func (s *state) namedInside(r entities.Ref, q *found) bool {
	for _, l := range s.ents.Between(q.first, q.end) {
		if l.Ref == r {
			return true
		}
	}
	return false
}

// personIn reports whether a person is named within tokens [a, b): then
// what ends at b is no introductory phrase but a subject ("Pak Sukardi dan
// istrinya, Bu Marni, …").
func (s *state) personIn(a, b int) bool {
	for _, l := range s.ents.Between(a, b) {
		if l.Kind == entities.KindPerson {
			return true
		}
	}
	return false
}

// introMax is the longest introductory phrase, in tokens, that opensClause
// lets stand before a subject.
const introMax = 6

// hasVerbOrQuote reports whether tokens [a, b) hold a quotation mark or a
// speech verb: then what ends at b is a clause, not an introductory phrase.
func (s *state) hasVerbOrQuote(a, b int) bool {
	for k := a; k < b; k++ {
		if s.d.Tokens[k].Kind == article.Quote {
			return true
		}
		if _, _, ok := s.verbAt(k, b); ok {
			return true
		}
	}
	return false
}
