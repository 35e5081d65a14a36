package claims

import (
	"strings"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// cueBefore finds the verb frame with the source first: "Analis Korea
// Selatan mengatakan (bahwa) Y", "Dia juga menegaskan Y", "Institute for
// National Security Strategy, sebuah wadah pemikir …, menyatakan Y",
// "Western diplomats said (that) Y", "The Philippines on Saturday said Y",
// "Keir Starmer has told LBC that Y".
func cueBefore(st *state, si int) []frame {
	s := st.d.Sentences[si]
	sf, se := s.First, s.End
	start := st.contentStart(sf)
	var out []frame
	for k := start + 1; k < se; k++ {
		c, n, ok := st.cueAt(k, se)
		if !ok || !c.has('b') || c.has('g') && st.comma(k-1) {
			continue // "…, telling reporters Y" is the participle pass's
		}
		f := frame{cueFirst: k, cueEnd: k + n, cue: c}
		if f.srcFirst, f.srcEnd, f.negCue, ok = st.sourceBefore(k, start); !ok {
			continue
		}
		i := f.cueEnd
		if c.has('o') {
			if t := st.thatWithin(i, se, 8); t > 0 {
				i = t
			} else {
				i = st.skipListener(i, se)
			}
		}
		i = st.skipRightAdjunct(i, se)
		hasComp := st.is(i, roleComp) || st.is(i+1, roleComp) && (st.comma(i) || st.punct(i, ":"))
		if c.has('c') && !hasComp && !st.clauseAhead(i, se) {
			continue
		}
		// “…,” she said at a news conference: the cue attributes the quote
		// before its source; what follows is a claim only after bahwa/that.
		if !hasComp && st.afterQuote(f.srcFirst, start) {
			continue
		}
		f.conFirst = st.skipComp(i)
		if f.conFirst >= se || st.is(f.conFirst, roleProform|roleQuestion) || st.is(f.conFirst, rolePrep) && st.words(f.conFirst, se) < 7 {
			continue
		}
		if !hasComp && c.class == "report" && st.nounObject(f.conFirst, se) {
			continue // "PHH fell after the company reported a rise in profit": a thing, not a proposition
		}
		if st.comma(i) && st.is(i+1, roleConn|roleStop) && st.startsFrame(i, se) {
			continue // "…, the liquidators said, though they cautioned that Y": no content of its own
		}
		f.conEnd, f.conEndByte = st.contentEnd(f.conFirst, se)
		if st.describedPerson(f.conFirst, f.conEnd) {
			continue // "Y, said headteacher X": X is the source, not a proposition
		}
		out = append(out, f)
		k = f.conEnd - 1
	}
	return out
}

// sourceBefore returns the source phrase of a cue at token k whose source
// comes first, in a sentence whose content may start at start, and whether
// a negation stands between them.
func (st *state) sourceBefore(k, start int) (first, end int, neg, ok bool) {
	j, neg := st.skipBetween(k-1, start)
	if j < start {
		return 0, 0, neg, false
	}
	switch {
	case st.is(j, rolePassive):
		return 0, 0, neg, false // "had been reported": a passive, not a source
	case st.comma(j):
		first, end = st.apposition(j, start)
	case st.is(j, roleConn) && j > start:
		// The minister apologised and said Y: the subject of the sentence.
		first = start
		end = st.subjectEnd(start, j)
	default:
		end = j + 1
		first = st.scanLeft(j, start)
		// X, …, dalam keterangan tertulisnya menyatakan: an adjunct
		// between the subject and its cue
		if first > start && st.is(first, rolePrep) && !st.head(first, end, 0) && st.comma(first-1) {
			first, end = st.apposition(first-1, start)
		}
		// a senior official who asked not to be named said: the noun before the relative clause
		if r := first - 1; r > start && st.is(r, roleRelSubj) {
			if s0 := st.scanLeft(r-1, start); s0 < r && st.hasHead(s0, r) {
				first = s0
			}
		}
	}
	if first >= end || !st.hasHead(first, end) {
		return 0, 0, neg, false
	}
	return first, end, neg, true
}

// clauseAhead reports whether a clause starts at token i with no
// complementizer: a subject of at most four words, then an auxiliary, a
// modal or a negation ("denied he had", "confirmed the talks were",
// "menduga Jojo terlalu ingin", "melaporkan kapal itu sempat bertahan"),
// not an object ("denied the allegations", "mengumumkan hasil seleksi").
func (st *state) clauseAhead(i, se int) bool {
	if i >= se || !st.subjectWord(i) {
		return false
	}
	for k := i + 1; k < se && k <= i+4; k++ {
		if st.is(k, roleFinite) {
			return true
		}
		if !st.subjectWord(k) {
			return false
		}
	}
	return false
}

// nounObject reports whether the words from token i to the end of the
// sentence at se are a noun phrase opened by an indefinite article, with no
// auxiliary, modal, negation or English past form: "reported a
// smaller-than-expected rise in first-quarter profit", "mengumumkan sebuah
// rencana baru".
func (st *state) nounObject(i, se int) bool {
	if i >= se || !st.is(i, roleSingle) {
		return false
	}
	// a bound keeps the cost per frame constant; a longer object is
	// unusual enough to be read as a clause
	for k := i + 1; k < se; k++ {
		if k-i > 3*maxSource {
			return false
		}
		t := st.d.Tokens[k]
		if t.Kind != article.Word {
			continue
		}
		if st.is(k, roleFinite|roleComp|roleStop|roleSub) || st.lx.Lang == "en" && strings.HasSuffix(t.Fold, "ed") && !strings.Contains(t.Fold, "-") {
			return false
		}
	}
	return true
}

// subjectWord reports whether token k can be a word of a short subject: a
// word or number that is no preposition or clause word.
func (st *state) subjectWord(k int) bool {
	t := st.d.Tokens[k]
	if t.Kind != article.Word && t.Kind != article.Number {
		return false
	}
	return !st.is(k, roleStop|roleComp|rolePrep|roleLink|roleRel|roleSub|roleFinite|roleQuestion)
}

// afterQuote reports whether a closing quotation mark (with or without a
// comma) stands right before token i.
func (st *state) afterQuote(i, start int) bool {
	j := i - 1
	if j >= start && st.comma(j) {
		j--
	}
	if j < start {
		return false
	}
	t := st.d.Tokens[j]
	return t.Kind == article.Quote && t.Is(article.QuoteClose)
}

// skipBetween walks left from token j over auxiliaries, negations and date
// adjuncts between a source and its cue ("juga", "pun", "has", "on
// Saturday", "tidak"), and returns the last token of the source side and
// whether a negation was passed.
func (st *state) skipBetween(j, start int) (int, bool) {
	neg := false
	for j >= start {
		switch {
		case st.is(j, roleAux):
			j--
		case st.negation(j):
			neg = true
			j--
		case st.is(j, rolePeriod) && st.is(j-1, roleDet|rolePeriod) && j-2 >= start:
			j -= 2 // "The ministry last week said"
		case st.comma(j) && st.is(j-1, roleConn) && st.comma(j-2) && j-3 >= start:
			j -= 3 // "Some users, however, claimed": a connective set off by commas
		case st.isTime(j) && j-1 >= start && st.is(j-1, rolePrep):
			j -= 2
		case st.isTime(j) && j-2 >= start && st.isTime(j-1) && st.is(j-2, rolePrep):
			j -= 3
		default:
			return j, neg
		}
	}
	return j, neg
}

// negation reports whether token i is a negation word.
func (st *state) negation(i int) bool {
	if i < 0 || i >= len(st.d.Tokens) || st.d.Tokens[i].Kind != article.Word {
		return false
	}
	f := st.d.Tokens[i].Fold
	return st.is(i, roleNeg) || st.lx.Negations.Has(f) || len(f) > 3 && f[len(f)-3:] == "n't"
}

// apposition returns the source of a cue that follows a comma: "Institute
// for National Security Strategy, sebuah wadah pemikir …, menyatakan" gives
// the name before the apposition, "Mantan direktur BAM, James Selvaraj,
// menyebut" the person in it.
func (st *state) apposition(comma, start int) (int, int) {
	// "The students’ lawyers, from the Legal Aid Institute, known by its
	// initials LBH, argued": a prepositional or participle phrase set off by
	// commas modifies the noun phrase before it
	if open, ok := st.modifierStretch(comma, start); ok {
		return st.apposition(open, start)
	}
	bEnd := comma
	bFirst := st.scanLeft(bEnd-1, start)
	if bFirst >= bEnd {
		// "Ramon Villareal, an emergency physician at the Philippine General
		// Hospital (PGH) in Manila, said": an apposition too long for a
		// source phrase still follows a person's name
		if p, e, ok := st.longApposition(comma, start); ok {
			return p, e
		}
		return 0, 0
	}
	// "Hartini di Semarang, Kamis (12/3), mengatakan", "Jokowi saat
	// ditemui di Solo, Jawa Tengah, mengaku": a date or a province set off
	// by commas is no apposition; the source stands before it
	if bFirst-1 > start && st.comma(bFirst-1) && (st.dateOnly(bFirst, bEnd) || st.placeOnly(bFirst, bEnd)) {
		if p := st.scanLeft(bFirst-2, start); p < bFirst-1 {
			return st.apposition(bFirst-1, start)
		}
	}
	// "Sarah, a researcher at the X institute, an independent think tank,
	// said": two appositions after the person's name
	if bFirst-1 > start && st.comma(bFirst-1) {
		if aFirst := st.scanLeft(bFirst-2, start); aFirst < bFirst-1 {
			if p, ok := st.personSegment(aFirst-1, start); ok {
				return p, aFirst - 1
			}
		}
	}
	if aFirst, aEnd, ok := st.beforeClause(bFirst, bEnd, start); ok {
		return aFirst, aEnd
	}
	if bFirst-1 < start || !st.comma(bFirst-1) {
		return bFirst, bEnd // "X, menyatakan": a lone comma after the source
	}
	aEnd := bFirst - 1
	aFirst := st.scanLeft(aEnd-1, start)
	if loc, ok := st.ents.At(bEnd - 1); ok && loc.First >= bFirst && loc.End == bEnd && loc.Kind == entities.KindPerson || st.namedAt(bFirst, bEnd) > bFirst {
		return bFirst, bEnd // the apposition ends with a person's name
	}
	if aFirst < aEnd {
		if loc, ok := st.ents.At(aEnd - 1); ok && loc.End == aEnd {
			return aFirst, aEnd
		}
		if aEnd-aFirst == 1 && st.pronoun(aFirst) != 0 {
			return aFirst, aEnd
		}
	}
	return bFirst, bEnd
}

// longApposition returns the person's name, with its titles, set off by
// the comma that opens an apposition of more than maxSource tokens ending
// at token comma, when the apposition holds no clause punctuation or
// clause word.
func (st *state) longApposition(comma, start int) (int, int, bool) {
	for k := comma - 1; k >= start && comma-k <= 2*maxSource; k-- {
		if st.comma(k) {
			if p, ok := st.personSegment(k, start); ok {
				return p, k, true
			}
			return 0, 0, false
		}
		if t := st.d.Tokens[k]; t.Kind == article.Quote || t.Kind == article.Punct && !st.punct(k, "(") && !st.punct(k, ")") && !st.punct(k, "-") && !st.punct(k, "&") {
			return 0, 0, false
		}
		if st.is(k, roleStop|roleComp) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// dateOnly reports whether [first, end) is a date adjunct: day and month
// names, numbers, date words and brackets ("Kamis", "Senin (12/3)",
// "on Friday").
func (st *state) dateOnly(first, end int) bool {
	date := false
	for k := first; k < end; k++ {
		switch {
		case st.isTime(k):
			date = true
		case st.is(k, rolePrep) || st.punct(k, "(") || st.punct(k, ")") || st.punct(k, "/"):
		default:
			return false
		}
	}
	return date
}

// placeOnly reports whether [first, end) is just the name of a province or
// city ("Jawa Tengah" in "di Solo, Jawa Tengah,").
func (st *state) placeOnly(first, end int) bool {
	_, n, ok := st.lx.Regions.Match(end-first, func(i int) string { return st.d.Tokens[first+i].Fold })
	return ok && n == end-first
}

// personSegment reports whether the comma-delimited segment that ends right
// before token comma is a person's name, with at most title words before it
// ("…, Sarah Nuraini, …", "Menteri Retno, …"), and returns its first token.
func (st *state) personSegment(comma, start int) (int, bool) {
	if comma-1 < start || !st.comma(comma) {
		return 0, false
	}
	loc, ok := st.ents.At(comma - 1)
	if !ok || loc.Kind != entities.KindPerson || loc.End != comma {
		return 0, false
	}
	first := st.scanLeft(comma-1, start)
	if first > loc.First || !st.nounPhrase(first, comma) {
		return 0, false
	}
	if first > start && !st.comma(first-1) && !st.is(first-1, roleConn) && !st.d.Tokens[first-1].Is(article.Dateline) {
		return 0, false
	}
	return first, true
}

// beforeClause handles a clause set off by commas between the subject and
// its cue: a relative clause ("The World Bank, which publishes its own
// forecasts, has said", "Institute X, sebuah wadah pemikir yang dijalankan
// oleh …, menyatakan") or a participle phrase ("One official, speaking on
// condition of anonymity, said"; "Seorang pejabat, berbicara tanpa
// menyebut nama, mengatakan"). The source is the noun phrase before the
// comma that opens the clause. [bFirst, bEnd) is the phrase right before
// the cue's comma.
func (st *state) beforeClause(bFirst, bEnd, start int) (int, int, bool) {
	open := -1 // the comma that opens the clause
	switch {
	case bFirst-1 >= start && st.comma(bFirst-1):
		// a participle phrase: no noun phrase and no entity
		if st.nounPhrase(bFirst, bEnd) || len(st.ents.Between(bFirst, bEnd)) > 0 || st.d.Tokens[bFirst].Kind != article.Word || st.namedAt(bFirst, bEnd) > bFirst {
			return 0, 0, false
		}
		open = bFirst - 1
	case bFirst-1 >= start:
		// the phrase stopped at a word inside the clause (which, who, yang,
		// because): the clause is relative when a relative word follows its
		// opening comma
		rel := false
		for k := bFirst - 1; k >= start && bFirst-k < 30; k-- {
			if st.comma(k) {
				open = k
				break
			}
			if st.is(k, roleRel|roleRelSubj) {
				rel = true
			}
		}
		if !rel {
			return 0, 0, false
		}
	}
	if open <= start {
		return 0, 0, false
	}
	aFirst := st.scanLeft(open-1, start)
	if aFirst >= open || !st.hasHead(aFirst, open) || aFirst > start && !st.comma(aFirst-1) && !st.is(aFirst-1, roleConn) && !st.d.Tokens[aFirst-1].Is(article.Dateline) {
		return 0, 0, false
	}
	return aFirst, open, true
}

// thatWithin returns the token after "that" when it comes within n tokens
// of i with no punctuation before it, or 0.
func (st *state) thatWithin(i, se, n int) int {
	for k := i; k < se && k < i+n; k++ {
		if st.is(k, roleComp) {
			return k
		}
		if st.d.Tokens[k].Kind == article.Punct || st.d.Tokens[k].Kind == article.Quote {
			return 0
		}
	}
	return 0
}

// skipRightAdjunct skips what stands between a cue and its content:
// "on Friday", "pada Jumat", "kepada wartawan di Jakarta, Senin (12/3),",
// "(12/3)".
func (st *state) skipRightAdjunct(i, se int) int {
	for i < se {
		switch {
		case st.comma(i) && st.is(i+1, roleConn) && st.comma(i+2):
			i += 3 // "cautioned, however, that Y": a connective set off by commas
		case st.is(i, rolePrep) && st.isTime(i+1):
			i += 2
			for i < se && st.isTime(i) {
				i++
			}
		case st.isTime(i) && st.is(i, roleTime):
			i++
		case st.is(i, roleDet|rolePeriod) && st.is(i+1, rolePeriod) && (st.is(i+2, roleComp) || st.comma(i+2)):
			i += 2 // "warned this week that Y", but not "said last year was the hottest"
		case st.punct(i, "("):
			j := i + 1
			for j < se && j < i+8 && !st.punct(j, ")") {
				j++
			}
			if j >= se || !st.punct(j, ")") {
				return i
			}
			i = j + 1
		case st.is(i, rolePrep) && !st.is(i, roleComp) && st.mediumAdjunct(i, se) > i:
			i = st.mediumAdjunct(i, se) // "said in a statement it would", "posted on social media that"
		case st.is(i, rolePrep) && !st.is(i, roleComp):
			// kepada wartawan di Jakarta, Senin (12/3), Y: jump past the comma
			j := i + 1
			for j < se && j < i+12 && !st.comma(j) && !st.punct(j, ":") && !st.is(j, roleComp) && st.d.Tokens[j].Kind != article.Quote {
				j++
			}
			if st.is(j, roleComp) {
				return j
			}
			if st.punct(j, ":") {
				return j
			}
			if j >= se || !st.comma(j) || st.hasRole(i+1, j, roleFinite) {
				return i // "said in a statement it would …, but …": a clause, not an adjunct
			}
			i = j + 1
			if k := st.skipAdjunct(i, se); k > i && st.comma(k) {
				i = k + 1
			}
			return i
		default:
			return i
		}
	}
	return i
}

// subjectEnd returns the end of the short noun phrase that opens a sentence
// at start ("The minister", "Menteri itu", "Retno"), not passing limit; it
// returns start when there is none.
func (st *state) subjectEnd(start, limit int) int {
	k := start
	for k < limit && k-start < 6 {
		if loc, ok := st.ents.At(k); ok && loc.First == k && loc.End <= limit {
			k = loc.End
			// "Indonesia’s sports ministry": past the possessive
			if k+1 < limit && st.d.Tokens[k].Is(article.Possessive) {
				k++
			} else if e, ok := st.possessiveAt(k + 1); ok && e == k && k+2 < limit {
				k += 2
			}
			continue
		}
		t := st.d.Tokens[k]
		if t.Kind == article.Word && st.nounWord(k) && !st.is(k, roleConn|roleAux) {
			k++
			continue
		}
		// "The former prime minister": a modifier before a title or a word for people
		if k > start && k+1 < limit && t.Kind == article.Word && st.d.Tokens[k+1].Kind == article.Word && st.nounWord(k+1) && !st.capitalized(k+1) && !st.is(k+1, roleDet) &&
			!st.is(k, roleConn|roleAux|roleStop|roleComp|rolePrep|roleLink|roleFinite|roleSub|roleDet) && !st.verbLike(k) && !st.isCue(k) {
			k++
			continue
		}
		break
	}
	if k < limit && st.pronoun(start) == 0 && !st.hasHead(start, k) {
		return start
	}
	return k
}

// mediums are the nouns of an adjunct that says where a cue was uttered.
var mediums = map[string]bool{
	"interview": true, "briefing": true, "conference": true, "speech": true,
	"post": true, "tweet": true, "media": true, "television": true, "radio": true,
}

// mediumAdjunct returns the token after an adjunct at token i that names the
// text or medium of a statement ("in a statement", "in a memo to staff" is
// not one: it stops at the noun, "on social media", "at a news briefing"),
// or i: a preposition, at most three more words with no clause word, and
// the noun.
func (st *state) mediumAdjunct(i, se int) int {
	for k := i + 1; k < se && k <= i+4; k++ {
		t := st.d.Tokens[k]
		if t.Kind != article.Word || st.is(k, roleStop|roleComp|roleFinite|rolePrep) {
			return i
		}
		if st.is(k, roleDoc) || mediums[t.Fold] {
			return k + 1
		}
	}
	return i
}

// nounWord reports whether word token k can be a word of a subject noun
// phrase: a determiner, a title, a word for people or a group, or a
// capitalized word.
func (st *state) nounWord(k int) bool {
	t := st.d.Tokens[k]
	return st.is(k, roleDet|roleTitle|roleGroup) || t.Is(article.Capitalized) || st.lx.Titles.StartsAny(t.Fold) || st.peopleWord(k)
}

// participles that open a modifier of the noun before them ("known as",
// "based in") besides the English -ed forms.
var modifierParticiples = map[string]bool{"known": true, "led": true, "run": true, "based": true, "owned": true}

// modifierStretch returns the comma that opens the stretch ending at the
// comma at token comma, when that stretch is a modifier of the noun phrase
// before it: it opens with a preposition ("from the Legal Aid Institute")
// or with a participle and a preposition ("known by its initials LBH",
// "based in Jakarta"), and a noun phrase with a head stands before it.
func (st *state) modifierStretch(comma, start int) (int, bool) {
	open := -1
	for k := comma - 1; k > start && comma-k <= 2*maxSource; k-- {
		t := st.d.Tokens[k]
		if t.Kind == article.Quote || t.Kind == article.Punct && !st.punct(k, "(") && !st.punct(k, ")") && !st.punct(k, "-") {
			if st.comma(k) {
				open = k
			}
			break
		}
	}
	if open <= start || open+2 >= comma {
		return 0, false
	}
	w := open + 1
	if st.d.Tokens[w].Kind != article.Word || st.capitalized(w) {
		return 0, false
	}
	switch {
	case st.is(w, rolePrep|roleLink) && !st.is(w, roleComp|roleSub|roleTime) && !st.isTime(w+1):
	case (modifierParticiples[st.d.Tokens[w].Fold] || st.verbLike(w) && st.lx.Lang == "en") && st.is(w+1, rolePrep|roleLink|roleComp) && !st.is(w, roleSub):
	default:
		return 0, false
	}
	if first := st.scanLeft(open-1, start); first >= open || !st.hasHead(first, open) {
		return 0, false
	}
	return open, true
}

// isCue reports whether a claim cue starts at token k.
func (st *state) isCue(k int) bool {
	_, _, ok := st.cueAt(k, min(k+4, len(st.d.Tokens)))
	return ok
}
