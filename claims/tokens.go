package claims

import (
	"strings"

	"github.com/wartalab/warta/article"
)

// role returns the roles of token i as a single word.
func (st *state) role(i int) role {
	if i < 0 || i >= len(st.d.Tokens) || st.d.Tokens[i].Kind != article.Word {
		return 0
	}
	r := st.t.words[st.d.Tokens[i].Fold]
	if r != 0 && st.acronym(i) {
		return 0 // "the WHO said", "IT firms": a name, not the function word
	}
	return r
}

// acronym reports whether token i is written in capitals only, with at
// least two letters ("WHO", "IT").
func (st *state) acronym(i int) bool {
	t := st.d.Tokens[i]
	w := st.d.Text[t.Start:t.End]
	if len(w) < 2 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if !isUpper(w[k]) {
			return false
		}
	}
	return true
}

// is reports whether token i has role r.
func (st *state) is(i int, r role) bool { return st.role(i)&r != 0 }

// punct reports whether token i is the punctuation s.
func (st *state) punct(i int, s string) bool {
	if i < 0 || i >= len(st.d.Tokens) {
		return false
	}
	t := st.d.Tokens[i]
	return t.Kind == article.Punct && st.d.Text[t.Start:t.End] == s
}

// comma reports whether token i is a comma.
func (st *state) comma(i int) bool { return st.punct(i, ",") }

// cueAt returns the longest cue starting at token i within [i, end).
func (st *state) cueAt(i, end int) (cue, int, bool) {
	if i < 0 || i >= end || st.d.Tokens[i].Kind != article.Word {
		return cue{}, 0, false
	}
	return st.t.cues.Match(end-i, func(k int) string { return st.d.Tokens[i+k].Fold })
}

// phraseRole returns the role of a multi-word entry starting at i, with its
// length in words.
func (st *state) phraseRole(i, end int) (role, int) {
	if i < 0 || i >= end {
		return 0, 0
	}
	if r, n, ok := st.t.phrase.Match(end-i, func(k int) string { return st.d.Tokens[i+k].Fold }); ok {
		return r, n
	}
	if r := st.role(i); r != 0 {
		return r, 1
	}
	return 0, 0
}

// isTime reports whether token i is a date word: a day or month name, a
// number, or a date role word.
func (st *state) isTime(i int) bool {
	if i < 0 || i >= len(st.d.Tokens) {
		return false
	}
	t := st.d.Tokens[i]
	if t.Kind == article.Number {
		return true
	}
	return t.Kind == article.Word && (st.lx.Days.Has(t.Fold) || st.lx.Months.Has(t.Fold) || st.is(i, roleTime))
}

// isPronoun reports whether token i is a third-person pronoun and which role.
func (st *state) pronoun(i int) role {
	r := st.role(i) & (rolePronSg | rolePronPl | rolePronIt)
	if r != 0 {
		return r
	}
	if i >= 0 && i < len(st.d.Tokens) {
		if p, ok := st.lx.Pronouns[st.d.Tokens[i].Fold]; ok && p.Kind == "third" {
			if p.Number == "pl" {
				return rolePronPl
			}
			return rolePronSg
		}
	}
	return 0
}

// gluedStop returns the byte offset of a sentence boundary written without a
// space inside token i ("regionalnya.Penjaga"), or -1.
func (st *state) gluedStop(i int) int {
	t := st.d.Tokens[i]
	if t.Kind != article.Word || !strings.Contains(t.Fold, ".") {
		return -1
	}
	w := st.d.Text[t.Start:t.End]
	for k := 2; k+2 < len(w); k++ {
		if w[k] == '.' && isLower(w[k-1]) && isLower(w[k-2]) && isUpper(w[k+1]) && isLower(w[k+2]) ||
			w[k] == '.' && isUpper(w[k-1]) && isUpper(w[k-2]) && isUpper(w[k+1]) && isLower(w[k+2]) {
			return t.Start + k
		}
	}
	return -1
}

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// capitalized reports whether token i is a capitalized word.
func (st *state) capitalized(i int) bool {
	if i < 0 || i >= len(st.d.Tokens) {
		return false
	}
	t := st.d.Tokens[i]
	return t.Kind == article.Word && t.Is(article.Capitalized)
}

// possessiveAt reports whether an English possessive ’s ends at token i and
// returns the end of its owner: the parser may give one Possessive token or a
// quotation mark followed by "s".
func (st *state) possessiveAt(i int) (int, bool) {
	if i < 1 || i >= len(st.d.Tokens) {
		return 0, false
	}
	t := st.d.Tokens[i]
	if t.Is(article.Possessive) {
		return i, true
	}
	if q := st.d.Tokens[i-1]; t.Fold == "s" && q.Kind == article.Quote && !q.Is(article.SpaceBefore) && !t.Is(article.SpaceBefore) && i >= 2 {
		return i - 1, true
	}
	return 0, false
}

// followedByPossessive reports whether a possessive starts at token i.
func (st *state) followedByPossessive(i int) bool {
	if i >= len(st.d.Tokens) {
		return false
	}
	if st.d.Tokens[i].Is(article.Possessive) {
		return true
	}
	_, ok := st.possessiveAt(i + 1)
	return ok && st.d.Tokens[i].Kind == article.Quote
}

// peopleWord reports whether token i is a noun for people: a group word of
// the tables, a role of the lexicon ("analis", "officials"), or an English
// agent noun in -ists ("conservationists", "scientists"; not the verbs
// "insists", "exists"), -ators or -itors ("liquidators", "creditors"), or
// the English plural of a group word ("the companies").
func (st *state) peopleWord(i int) bool {
	if i < 0 || i >= len(st.d.Tokens) || st.d.Tokens[i].Kind != article.Word {
		return false
	}
	f := st.d.Tokens[i].Fold
	if st.is(i, roleGroup) || st.lx.Roles.Has(f) {
		return true
	}
	if st.lx.Lang != "en" {
		return false
	}
	// the plural of a word for a group: "the companies", "agencies"
	if sg, ok := strings.CutSuffix(f, "ies"); ok && st.t.words[sg+"y"]&roleGroup != 0 {
		return true
	}
	if sg, ok := strings.CutSuffix(f, "s"); ok && st.t.words[sg]&roleGroup != 0 {
		return true
	}
	if len(f) <= 6 {
		return false
	}
	if strings.HasSuffix(f, "ists") && !strings.HasSuffix(f, "sists") && !strings.HasSuffix(f, "xists") {
		return true
	}
	// agent nouns in -ator(s) and -itor(s): "the liquidators", "auditors",
	// "creditors", "regulators"
	f = strings.TrimSuffix(f, "s")
	return strings.HasSuffix(f, "ator") || strings.HasSuffix(f, "itor")
}
