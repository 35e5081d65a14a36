package claims

import "github.com/wartalab/warta/article"

// participle finds a proposition added by a participle after a comma, whose
// source is the subject of the clause before it: "X mengatakan …, seraya
// menegaskan bahwa Y", "Warga menolak rencana itu, sembari mengatakan Y",
// "The IMF cut its forecast, saying Y", "…, the ministry said, adding that
// Y". The source is the subject of a speech verb right before the comma
// ("…, the ministry said,"), else the noun phrase that opens the sentence.
func participle(st *state, si int) []frame {
	s := st.d.Sentences[si]
	sf, se := s.First, s.End
	start := st.contentStart(sf)
	var out []frame
	for k := start + 2; k < se; k++ {
		c, n, ok := st.cueAt(k, se)
		if !ok || !c.has('g') || !st.comma(k-1) || st.capitalized(k) {
			continue
		}
		f := frame{cueFirst: k, cueEnd: k + n, cue: c}
		f.srcFirst, f.srcEnd = st.clauseSubject(start, k-1)
		if f.srcFirst >= f.srcEnd {
			continue
		}
		i := f.cueEnd
		if c.has('o') {
			// "…, telling local media Y": the listener is not content
			if t := st.thatWithin(i, se, 8); t > 0 {
				i = t
			} else {
				i = st.skipListener(i, se)
			}
		}
		if st.is(i, roleComp) && i == f.cueEnd {
			f.cueEnd = i + 1 // "adding that", "seraya menegaskan bahwa"
		}
		f.conFirst = st.skipComp(i)
		if f.conFirst >= se || st.is(f.conFirst, roleProform) || st.is(f.conFirst, rolePrep) {
			continue
		}
		f.conEnd, f.conEndByte = st.contentEnd(f.conFirst, se)
		out = append(out, f)
		k = f.conEnd - 1
	}
	return out
}

// clauseSubject returns the source of the clause that ends at the comma at
// token comma: the subject of a speech verb just before it ("Y, X said,"),
// else the noun phrase that opens the sentence at start ("The IMF cut its
// forecast,"). It returns an empty range when there is none.
func (st *state) clauseSubject(start, comma int) (int, int) {
	v := comma - 1
	if c, n, ok := st.cueAt(v, comma); ok && n == 1 && (c.has('a') || c.has('b')) {
		j, _ := st.skipBetween(v-1, start)
		if j >= start && !st.comma(j) {
			if first := st.scanLeft(j, start); first <= j && st.hasHead(first, j+1) {
				return first, j + 1
			}
		}
		return 0, 0
	}
	// "X's chief executive, Andreas Wijaya, denied that Y, saying Z": the
	// source of the speech verb of the clause
	for k := start + 1; k < comma; k++ {
		if c, _, ok := st.cueAt(k, comma); ok && c.has('b') && !st.capitalized(k) {
			if first, end, _, ok := st.sourceBefore(k, start); ok {
				return first, end
			}
			break
		}
	}
	if first, end, ok := st.subClauseSubject(start, comma); ok {
		return first, end
	}
	first := start
	for first < comma && st.is(first, roleConn) {
		first++
	}
	end := st.subjectEnd(first, comma)
	if end <= first || !st.hasHead(first, end) {
		return 0, 0
	}
	// the subject must name a source: an entity, a pronoun or a word for
	// people ("Warga", "analysts"), not a fronted adjunct ("Pada Senin")
	if len(st.ents.Between(first, end)) == 0 && !st.personWord(first, end) {
		return 0, 0
	}
	return first, end
}

// personWord reports whether [first, end) holds a pronoun, a title or a word
// for people.
func (st *state) personWord(first, end int) bool {
	for k := first; k < end; k++ {
		t := st.d.Tokens[k]
		if t.Kind != article.Word {
			continue
		}
		if st.pronoun(k) != 0 || st.is(k, roleGroup|roleTitle|roleAnon) || st.peopleWord(k) || st.lx.Titles.StartsAny(t.Fold) {
			return true
		}
	}
	return false
}

// subClauseSubject returns the subject of a clause opened by a conjunction
// in the last stretch set off by commas before the comma at token comma:
// "Turkey brokered the deal in 2022, an arrangement that let Ukraine export
// grain before Russia pulled out a year later, saying Y" gives Russia. A
// participle right after its main clause ("The ministry cut its forecast
// after exports fell, saying Y") keeps the subject of the sentence, so a
// comma must open the stretch. The subject is an entity or a pronoun
// followed by a lowercase word.
func (st *state) subClauseSubject(start, comma int) (int, int, bool) {
	open := -1 // the comma that opens the stretch
	for k := comma - 1; k > start && comma-k <= maxStretch; k-- {
		if t := st.d.Tokens[k]; t.Kind == article.Punct || t.Kind == article.Quote {
			if st.comma(k) {
				open = k
			}
			break
		}
	}
	if open < 0 {
		return 0, 0, false
	}
	for k := comma - 1; k > open; k-- {
		if !st.is(k, roleSub) {
			continue
		}
		s := k + 1
		if st.is(s, roleDet) {
			s++
		}
		e := s + 1
		if loc, ok := st.ents.At(s); ok && loc.First == s {
			e = loc.End
		} else if st.pronoun(s) == 0 {
			return 0, 0, false
		}
		if e >= comma || st.d.Tokens[e].Kind != article.Word || st.capitalized(e) || st.is(e, rolePrep|roleLink|roleConn|roleStop) || st.followedByPossessive(e) {
			return 0, 0, false
		}
		return k + 1, e, true
	}
	return 0, 0, false
}

// maxStretch bounds in tokens the stretch before a participle that
// [state.subClauseSubject] reads, so that the cost per frame stays constant.
const maxStretch = 40
