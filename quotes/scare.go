package quotes

import "github.com/wartalab/warta/article"

// maxTermWords is the longest quoted stretch, in words, that can be a scare
// quote or a quoted fragment rather than speech (dev/README: short fragments
// of up to about six words embedded in indirect speech).
const maxTermWords = 6

// Words right before a quoted name that make it a title or nickname:
// dijuluki “Si Kancil”, the so-called “omnibus” law, dubbed “Shorty”.
var termMarkers = map[string]bool{
	"dijuluki": true, "julukan": true, "berjulukan": true, "berjudul": true, "bertajuk": true, "bertema": true,
	"istilah": true, "slogan": true, "tagar": true, "sebutan": true, "program": true, "operasi": true,
	"dubbed": true, "nicknamed": true, "nickname": true, "so-called": true, "titled": true, "entitled": true,
	"term": true, "slogan.": true, "hashtag": true, "codenamed": true, "motto": true,
}

// isScare reports whether q is a quoted term rather than speech. Speech is a
// quote with an attribution right next to it ("…,” kata X" / "X said: “…”"),
// a quote that opens its sentence, a stretch of seven words or more, or one
// with a sentence end inside it; a short quoted stretch inside a sentence,
// or one after a nickname or title word, is a term.
func (s *state) isScare(q *found) bool {
	if q.open > 0 && termMarkers[s.d.Tokens[q.open-1].Fold] {
		return true
	}
	if q.after.ok && q.after.subj != subjNone || q.before.ok && q.before.adjacent && q.before.subj != subjNone {
		return false
	}
	words, caps, inner := 0, 0, false
	for k := q.first; k < q.end; k++ {
		t := s.d.Tokens[k]
		switch t.Kind {
		case article.Word, article.Number:
			words++
			if t.Is(article.Capitalized) || t.Kind == article.Number {
				caps++
			}
		case article.Punct:
			if t.Is(article.Terminal) && k < q.end-1 {
				inner = true
			}
		}
	}
	if inner && words >= 2 {
		return false
	}
	if s.opensSentence(q) && (words >= 3 || q.end > q.first && s.d.Tokens[q.end-1].Is(article.Terminal)) {
		return false
	}
	if words > maxTermWords {
		// a long title in title case is still a title
		return caps*5 >= words*4
	}
	return true
}

// opensSentence reports whether q starts a sentence: first in its paragraph
// (after a dateline), or after a sentence end or a colon.
func (s *state) opensSentence(q *found) bool {
	p := s.d.Paragraphs[q.para]
	k := q.open - 1
	for k >= p.First && s.d.Tokens[k].Is(article.Dateline) {
		return true
	}
	if k < p.First {
		return true
	}
	t := s.d.Tokens[k]
	return t.Kind == article.Punct && (t.Is(article.Terminal) || s.d.text(k) == ":")
}
