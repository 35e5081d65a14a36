package claims

import (
	"strings"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// maxSource is the longest source phrase in tokens; a longer stretch before a
// cue is a clause, not a subject.
const maxSource = 12

// scanLeft returns the first token of the source phrase that ends with token
// j (inclusive), not crossing sf. It stops at punctuation other than
// brackets, quotation marks, clause words, cues and connectives; "dan"/"and"
// joins only capitalized words ("AS dan Korea Selatan"). It returns j+1 when
// the phrase is empty.
func (st *state) scanLeft(j, sf int) int {
	k := j
	for ; k >= sf && j-k < maxSource; k-- {
		if st.stopsSource(k) || st.is(k, roleSub) {
			break // "PHH fell after the company reported": the clause's subject
		}
		if st.is(k, roleConn) {
			if k > sf && k < j && st.capitalized(k-1) && st.capitalized(k+1) && !st.is(k-1, roleConn) {
				continue
			}
			break
		}
	}
	if j-k >= maxSource && k >= sf && !st.stopsSource(k) && !st.is(k, roleSub) {
		// ran out of room: not a subject, unless it ends with a person
		// after a long title ("Kepala Bidang … Dinkes Kota Semarang dr.
		// Hartini Puspitasari di Semarang mengatakan")
		if p := st.lastPerson(k+1, j); p <= j {
			return p
		}
		if p := st.longName(j, sf); p <= j {
			return p
		}
		return st.beforeAdjunct(j, sf)
	}
	return k + 1
}

// beforeAdjunct returns the first token of a source phrase that ends at
// token j and is longer than maxSource because an adjunct follows its name
// ("Manajemen PT Mitra Baja Perkasa Tbk dalam keterbukaan informasi kepada
// Bursa Efek Indonesia (BEI) menyatakan"): the name of a person or an
// organization, with the capitalized words before it, followed by a
// preposition and no verb up to j. It returns j+1 when there is none.
func (st *state) beforeAdjunct(j, sf int) int {
	lo := max(sf, j-2*maxSource)
	for k := j; k >= lo; k-- {
		if st.stopsSource(k) || st.is(k, roleSub|roleConn) || !st.capitalized(k) && st.d.Tokens[k].Kind == article.Word && st.verbLike(k) {
			lo = k + 1
			break
		}
	}
	for _, loc := range st.ents.Between(lo, j+1) {
		if loc.Kind != entities.KindPerson && loc.Kind != entities.KindOrganization {
			continue
		}
		if loc.End > j || !st.is(loc.End, rolePrep) {
			return j + 1
		}
		first := loc.First
		for first > lo && st.capitalized(first-1) && !st.is(first-1, roleConn|roleDet|rolePrep) {
			first--
		}
		return first
	}
	return j + 1
}

// lastPerson returns the first token of the last person mention in [first,
// j] that is followed by nothing or by a place adjunct up to j, or j+1.
func (st *state) lastPerson(first, j int) int {
	locs := st.ents.Between(first, j+1)
	for n := len(locs) - 1; n >= 0; n-- {
		loc := locs[n]
		if loc.Kind != entities.KindPerson {
			continue
		}
		if loc.End == j+1 || loc.End <= j && st.is(loc.End, rolePrep) {
			return loc.First
		}
		break
	}
	return j + 1
}

// scanRight returns the end of the source phrase that starts at token i, not
// crossing se: it stops like scanLeft and also at adjunct words (pada Jumat,
// on Friday).
func (st *state) scanRight(i, se int) int {
	k := i
	for ; k < se && k-i < maxSource; k++ {
		if st.is(k, rolePrep) && k > i {
			break
		}
		if st.stopsSource(k) && !(st.d.Tokens[k].Kind == article.Word && k+1 < se && st.agent(k+1)) {
			break // "figures announced by its minister" passes the verb
		}
		if st.is(k, roleConn) {
			if k > i && k+1 < se && st.capitalized(k-1) && st.capitalized(k+1) {
				continue
			}
			break
		}
	}
	return k
}

// stopsSource reports whether token k cannot be part of a source phrase.
func (st *state) stopsSource(k int) bool {
	t := st.d.Tokens[k]
	switch t.Kind {
	case article.Quote, article.Symbol:
		return true
	case article.Punct:
		s := st.d.Text[t.Start:t.End]
		if s == "-" && !t.Is(article.SpaceBefore) && k+1 < len(st.d.Tokens) && !st.d.Tokens[k+1].Is(article.SpaceBefore) {
			return false // a hyphen inside a word: "Taipei-based", "Timur-Tengah"
		}
		return s != "(" && s != ")" && s != "&" && s != "/"
	}
	if t.Is(article.Dateline) || st.is(k, roleStop|roleComp) || st.gluedStop(k) >= 0 {
		return true
	}
	// a verb cue ends a source; a noun cue can be inside one ("IMF dalam
	// laporan terbarunya memperkirakan")
	if c, _, ok := st.cueAt(k, k+1); ok && t.Kind == article.Word && !st.capitalized(k) && strings.Trim(c.frames, "nc") != "" {
		return true
	}
	return false
}

// nounPhrase reports whether every word of [first, end) can belong to a
// short source noun phrase: entities, capitalized words, determiners,
// titles, words for people and linking prepositions ("the minister",
// "Korea Selatan (Korsel)", "a spokesman for the ministry").
func (st *state) nounPhrase(first, end int) bool {
	if end <= first || end-first > 8 {
		return false
	}
	for k := first; k < end; k++ {
		if _, ok := st.ents.At(k); ok {
			continue
		}
		t := st.d.Tokens[k]
		if t.Kind != article.Word {
			if t.Kind == article.Punct && (st.punct(k, "(") || st.punct(k, ")")) {
				continue
			}
			return false
		}
		if t.Is(article.Capitalized) || st.is(k, roleDet|roleTitle|roleGroup|roleLink|roleAnon|rolePronSg|rolePronPl|rolePronIt) ||
			st.peopleWord(k) || st.lx.Titles.StartsAny(t.Fold) {
			continue
		}
		return false
	}
	return true
}

// hasHead reports whether [first, end) can name a source: it holds an entity,
// a pronoun, a capitalized word, a title, a word for people, or a word for a
// text that speaks (statement, laporan).
func (st *state) hasHead(first, end int) bool { return st.head(first, end, roleDoc) }

// head is hasHead with the extra roles that count as a head: roleDoc lets a
// text ("a joint statement") be a source.
func (st *state) head(first, end int, extra role) bool {
	if end <= first {
		return false
	}
	if len(st.ents.Between(first, end)) > 0 {
		return true
	}
	for k := first; k < end; k++ {
		t := st.d.Tokens[k]
		if t.Kind != article.Word {
			continue
		}
		if st.pronoun(k) != 0 || st.is(k, roleGroup|roleTitle|roleAnon|extra) || st.peopleWord(k) || st.lx.Titles.StartsAny(t.Fold) {
			return true
		}
		if (t.Is(article.Capitalized) || st.innerUpper(k)) && !st.is(k, roleDet|roleConn|roleAux) {
			return true
		}
	}
	return false
}

// innerUpper reports whether word token k has a capital letter after its
// first letter: a name written in mixed case ("e-IPO", "iPhone", "eFishery").
func (st *state) innerUpper(k int) bool {
	t := st.d.Tokens[k]
	if t.Kind != article.Word {
		return false
	}
	w := st.d.Text[t.Start:t.End]
	for i := 1; i < len(w); i++ {
		if isUpper(w[i]) {
			return true
		}
	}
	return false
}

// contentEnd returns the end of the content that starts at token i in a
// sentence ending at se: the sentence end, or the start of a second frame
// ("..., and he said ...", "..., kata Perry", "..., menurut X"). It also
// returns a byte offset when the sentence ends inside a token with no space
// ("AS.Sehari"), else 0. Final punctuation is left out.
func (st *state) contentEnd(i, se int) (int, int) {
	for k := i; k < se; k++ {
		// a relative clause right after a short subject ("The company,
		// which operates …, has held talks") belongs to the content
		if k > i && (st.startsFrame(k, se) || st.comma(k) && st.is(k+1, roleRel) && !st.embedded(i, k, se) || st.secondPredicate(k, se)) {
			se = k
			break
		}
		if b := st.gluedStop(k); b > 0 {
			return k + 1, b
		}
	}
	for se > i {
		t := st.d.Tokens[se-1]
		if t.Kind == article.Punct && !st.punct(se-1, ")") && !st.punct(se-1, "%") || t.Kind == article.Quote && !st.hasOpen(i, se-1) {
			se--
			continue
		}
		break
	}
	return se, 0
}

// secondPredicate reports whether "and" at token k starts a second
// predicate of the source, a speech verb in the past tense: "Hamzah said
// the mechanism was untested and accused the government of Y", "… and
// urged residents to Y". English only: the Indonesian verbs do not show
// tense.
//
// "but" does the same with or without a comma before it: "… said the talks
// had gone well, but stressed that Y" ends the first content, and the
// second verb starts a claim of its own.
func (st *state) secondPredicate(k, se int) bool {
	if st.lx.Lang != "en" || k+1 >= se || st.capitalized(k+1) {
		return false
	}
	switch st.d.Tokens[k].Fold {
	case "and":
		if st.comma(k - 1) {
			return false
		}
	case "but":
	default:
		return false
	}
	v := k + 1
	if st.is(v, roleAux) && v+1 < se && st.d.Tokens[v].Fold == "also" {
		v++ // "but also warned"
	}
	f := st.d.Tokens[v].Fold
	if !strings.HasSuffix(f, "ed") {
		return false
	}
	if _, ok := st.lx.SpeechVerbs[f]; ok {
		return true
	}
	c, _, ok := st.cueAt(v, se)
	return ok && c.has('b')
}

// embedded reports whether the relative clause after the comma at token k is
// inside the subject of a content starting at i: it follows a short noun
// phrase and a later comma closes it before se ("The company, which operates
// …, has held talks").
//
// A longer subject takes the clause too when an auxiliary or a modal follows
// the closing comma ("said Indonesian imports of ore from the Philippines,
// which hit a record last year, were likely to rise"): the predicate of the
// subject resumes there.
func (st *state) embedded(i, k, se int) bool {
	long := st.words(i, k) > maxSubjectWords
	if k-i > 3*maxSubjectWords || long && st.hasRole(i, k, roleFinite|roleStop|roleComp) {
		return false
	}
	for j := k + 2; j < se && j-k <= 3*maxSource; j++ {
		if st.comma(j) {
			if long {
				return j+1 < se && st.is(j+1, roleFinite) && !st.is(j+1, roleNeg)
			}
			return j+1 < se && st.d.Tokens[j+1].Kind == article.Word
		}
	}
	return false
}

// groupPhrase returns the end of a short phrase at token i that names a
// group of people and ends with a word for them ("conservationists", "some
// analysts", "para pengamat"), or i.
func (st *state) groupPhrase(i, se int) int {
	for k := i; k < se && k < i+3; k++ {
		t := st.d.Tokens[k]
		if t.Kind != article.Word || st.is(k, roleComp|roleStop|roleConn) {
			return i
		}
		if st.peopleWord(k) && !st.peopleWord(k+1) {
			return k + 1
		}
	}
	return i
}

// maxSubjectWords is the longest noun phrase, in words, that a relative
// clause set off by commas can follow inside a content: after more words the
// clause is a trailing comment ("…, which angered unions").
const maxSubjectWords = 4

// hasOpen reports whether an opening quotation mark lies in [i, j).
func (st *state) hasOpen(i, j int) bool {
	for k := i; k < j; k++ {
		if t := st.d.Tokens[k]; t.Kind == article.Quote && t.Is(article.QuoteOpen) {
			return true
		}
	}
	return false
}

// startsFrame reports whether a second attribution starts at token k: a
// comma or connective followed by a cue ("kata X", "menurut X"), or by a
// pronoun or entity and a cue ("and he said", ", Goldfajn said").
func (st *state) startsFrame(k, se int) bool {
	j := k
	lead := false
	if st.comma(j) {
		j++
		lead = true
	}
	if st.is(j, roleConn) || lead && st.is(j, roleStop) && st.d.Tokens[j].Kind == article.Word {
		j++ // ", but he said", ", though the WHO said"
		lead = true
	}
	if !lead || j >= se {
		return false
	}
	if c, _, ok := st.cueAt(j, se); ok && (c.has('a') || c.has('p') || c.has('g') && !st.capitalized(j)) && st.comma(k) {
		return true
	}
	switch {
	case st.pronoun(j) != 0:
		j++
	case st.groupPhrase(j, se) > j:
		// "…, but conservationists say Y", "…, namun para analis menilai Y"
		j = st.groupPhrase(j, se)
	default:
		if st.is(j, roleDet) {
			j++ // ", though the WHO said"
		}
		loc, ok := st.ents.At(j)
		switch {
		case ok && loc.First == j && loc.Kind != 0:
			j = loc.End
		case st.capitalized(j) && !st.is(j, roleDet|roleConn|roleStop) || st.titleAt(j, se) > 0:
			j++ // ", while Foreign Minister X said"
		default:
			return false
		}
	}
	// a short modifier of the source: ", and two people close to the
	// association said", ", while Australian Foreign Minister Penny Wong said"
	for n := 0; n <= maxModifier && j < se; n, j = n+1, j+1 {
		for k := j; k < se && st.is(k, roleAux); k++ {
			if c, _, ok := st.cueAt(k+1, se); ok && (c.has('b') || c.has('a')) {
				return true
			}
		}
		if c, _, ok := st.cueAt(j, se); ok && (c.has('b') || c.has('a')) {
			return true
		}
		t := st.d.Tokens[j]
		if t.Kind != article.Word || n == maxModifier || st.is(j, roleStop|roleComp|roleConn|roleSub|roleRel) || st.pronoun(j) != 0 || !st.capitalized(j) && st.verbLike(j) {
			return false
		}
	}
	return false
}

// maxModifier is the longest modifier, in words, between the head of a
// source and its cue that [state.startsFrame] passes ("close to the
// association").
const maxModifier = 5

// longName returns the first token of a proper name longer than maxSource
// that ends with token j ("The United Nations Office for the Coordination of
// Humanitarian Affairs (OCHA)"): capitalized words joined by linking words
// and determiners, with a bracketed acronym at most, opening the sentence
// or after punctuation. It returns j+1 when there is none.
func (st *state) longName(j, sf int) int {
	k := j
	if st.punct(k, ")") && k-2 >= sf && st.punct(k-2, "(") && st.capitalized(k-1) {
		k -= 3
	}
	first := j + 1
	for ; k >= sf && j-k < 2*maxSource; k-- {
		t := st.d.Tokens[k]
		switch {
		case t.Kind == article.Word && st.capitalized(k) && !st.is(k, roleConn|roleStop|roleComp) && st.pronoun(k) == 0:
			first = k
		case t.Kind == article.Word && st.is(k, roleLink|roleDet) && !st.capitalized(k) && first-k <= 2:
			// "of", "for the" inside the name, before a capitalized word
		default:
			if k >= sf && !st.stopsSource(k) {
				return j + 1
			}
			return st.nameStart(first, j)
		}
	}
	if k >= sf {
		return j + 1
	}
	return st.nameStart(first, j)
}

// nameStart returns first, or first-1 when "The" opens the name, if
// [first, j] is long enough to need longName, else j+1.
func (st *state) nameStart(first, j int) int {
	if j-first+1 <= maxSource-1 || first > j {
		return j + 1
	}
	return first
}
