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
