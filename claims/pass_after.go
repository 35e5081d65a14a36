package claims

import (
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// cueAfter finds frames whose content comes first and the attribution last:
// "Y, kata Perry.", "Y, ujarnya.", "Y, Perry mengatakan.", "Y, Goldfajn
// said.", "Y, said the minister.", "Y, Hartarto told reporters.", and the
// interposed "Keempat, kata Perry, Y." A content that is a quotation
// ("“…,” kata X") is left to package quotes.
func cueAfter(st *state, si int) []frame {
	s := st.d.Sentences[si]
	sf, se := s.First, s.End
	start := st.contentStart(sf)
	var out []frame
	for k := start + 1; k < se; k++ {
		c, n, ok := st.cueAt(k, se)
		if !ok || !c.has('a') {
			continue
		}
		f := frame{cueFirst: k, cueEnd: k + n, cue: c}
		var comma int // the comma that ends the content
		switch {
		case st.comma(k-1) || st.closeQuoteComma(k-1):
			// Y, kata X.   Y, ujarnya.   Y, said X.
			if c.has('o') {
				continue // "X, the commission's vice-president, told lawmakers …": a listener follows, not the source
			}
			comma = k - 1
			f.srcFirst = k + n
			if c.has('r') {
				f.srcEnd, f.clitic = f.srcFirst, true
			} else {
				f.srcEnd = st.scanRight(f.srcFirst, se)
				if !st.hasHead(f.srcFirst, f.srcEnd) || !st.nounPhrase(f.srcFirst, f.srcEnd) && !st.describedPerson(f.srcFirst, f.srcEnd) {
					continue
				}
			}
		default:
			// Y, X said.
			if c.has('r') {
				continue
			}
			f.srcEnd = k
			f.srcFirst = st.scanLeft(k-1, start)
			if f.srcFirst >= k || !st.hasHead(f.srcFirst, f.srcEnd) {
				continue
			}
			comma = f.srcFirst - 1
			if !st.comma(comma) && !st.closeQuoteComma(comma) {
				continue
			}
			// Jumisi, deputy chairman of ..., told: the name before the apposition.
			if p := st.personBefore(comma, start); p >= 0 {
				f.srcFirst, comma = p, p-1
				if !st.comma(comma) {
					continue
				}
			}
		}
		after := f.cueEnd
		if f.srcFirst >= f.cueEnd {
			after = f.srcEnd
		}
		if c.has('o') {
			after = st.skipListener(after, se)
		}
		// content first: Y, kata X.
		if st.endsAfterSource(after, se) && !st.comma(after) || st.comma(after) && st.endsAfterSource(st.skipAdjunct(after+1, se), se) {
			if st.quoteBefore(start, comma) {
				continue
			}
			f.conFirst = start
			f.conEnd, f.conEndByte = st.contentEnd(start, comma)
			out = append(out, f)
			k = f.srcEnd
			continue
		}
		// Y, X said, the latest in a series: with the source before its cue,
		// the words after the second comma are an apposition or a participle
		// phrase ("the latest …", "adding …"), and Y is the content.
		if st.comma(after) && f.srcFirst < f.cueFirst && !st.is(st.skipComp(after+1), roleComp) {
			if st.quoteBefore(start, comma) {
				continue
			}
			f.conFirst = start
			f.conEnd, f.conEndByte = st.contentEnd(start, comma)
			out = append(out, f)
			k = f.cueEnd
			continue
		}
		// interposed: A, kata X, B.
		if st.comma(after) && f.srcFirst > f.cueFirst {
			a := st.words(start, comma)
			bFirst := st.skipComp(after + 1)
			bEnd, bByte := st.contentEnd(bFirst, se)
			if st.quoteBefore(start, comma) || st.hasOpen(bFirst, min(bFirst+1, se)) {
				continue
			}
			if st.words(bFirst, bEnd) > a {
				f.conFirst, f.conEnd, f.conEndByte = bFirst, bEnd, bByte
			} else {
				f.conFirst = start
				f.conEnd, f.conEndByte = st.contentEnd(start, comma)
			}
			out = append(out, f)
			k = f.srcEnd
		}
	}
	return out
}

// closeQuoteComma reports whether token i is a closing quotation mark right
// after a comma (“…,” kata X): the content is a quote.
func (st *state) closeQuoteComma(i int) bool {
	if i < 0 || i >= len(st.d.Tokens) {
		return false
	}
	t := st.d.Tokens[i]
	return t.Kind == article.Quote && t.Is(article.QuoteClose) && st.comma(i-1)
}

// quoteBefore reports whether the content [start, comma) is a quotation: it
// opens with a quotation mark, or a closing mark stands at its end with no
// opening mark inside (the quote began in an earlier sentence).
func (st *state) quoteBefore(start, comma int) bool {
	if comma <= start || comma >= len(st.d.Tokens) {
		return true
	}
	if t := st.d.Tokens[start]; t.Kind == article.Quote {
		return true
	}
	for k := comma; k >= comma-1 && k > start; k-- {
		if t := st.d.Tokens[k]; t.Kind == article.Quote && t.Is(article.QuoteClose) && !st.hasOpen(start, k) {
			return true
		}
	}
	if k := comma - 1; k > start && st.d.Tokens[k].Kind == article.Quote && !st.hasOpen(start, k) {
		return true
	}
	return false
}

// personBefore returns the first token of a person mention that stands alone
// between two commas right before token comma ("…, Jumisi, deputy chairman
// …"), or -1.
func (st *state) personBefore(comma, start int) int {
	if comma-1 < start {
		return -1
	}
	loc, ok := st.ents.At(comma - 1)
	if !ok || loc.End != comma || loc.First <= start || !st.comma(loc.First-1) {
		return -1
	}
	if loc.Kind != entities.KindPerson {
		return -1
	}
	return loc.First
}

// describedPerson reports whether [first, end) is a person's name after at
// most three words that describe them ("headteacher Endang Sulastri", "local
// resident Budi", "warga setempat Budi"): the source of an inverted "…, said
// X".
func (st *state) describedPerson(first, end int) bool {
	loc, ok := st.ents.At(end - 1)
	if !ok || loc.Kind != entities.KindPerson || loc.End != end || loc.First < first || loc.First-first > 3 {
		return false
	}
	for k := first; k < loc.First; k++ {
		if st.d.Tokens[k].Kind != article.Word || st.pronoun(k) != 0 || st.is(k, roleComp|roleStop|roleConn) {
			return false
		}
	}
	return true
}

// skipListener skips the listener after "told": reporters, a news
// conference, business leaders in Jakarta.
func (st *state) skipListener(i, se int) int {
	listener := func(i int) bool {
		return st.is(i, roleObj) || st.capitalized(i) && st.pronoun(i) == 0 && !st.is(i, roleComp|roleDet)
	}
	for i < se {
		switch {
		case listener(i):
			i++
		case st.is(i, roleDet) && listener(i+1):
			i++ // "told the court", not "telling local media the sanctions …"
		default:
			return i
		}
	}
	return i
}

// skipAdjunct skips a date adjunct at token i: "Senin (12/3)", "on Friday".
func (st *state) skipAdjunct(i, se int) int {
	for i < se && (st.isTime(i) || st.is(i, rolePrep) || st.punct(i, "(") || st.punct(i, ")") || st.punct(i, "/")) {
		i++
	}
	return i
}
