package quotes

import (
	"strings"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// subjKind classifies the words that name who spoke at a cue.
type subjKind uint8

const (
	subjNone    subjKind = iota // no speaker words
	subjEntity                  // a person or organization of the entities result
	subjPronoun                 // dia, ia, beliau, -nya, he, she, it
	subjTitle                   // a title with no name: Menlu, the minister
	subjOther                   // other words: an official, China, warga
)

// A cue is an attribution found next to a quote.
type cue struct {
	ok                   bool
	verbFirst, verbEnd   int // cue tokens
	lemma                string
	subj                 subjKind
	subjFirst, subjEnd   int // speaker words (tokens); for -nya the verb token
	ent                  entities.Located
	gender               string // of a pronoun: m, f or x
	cliticNya            bool   // the pronoun is the -nya of the verb token
	addrFirst, addrEnd   int    // addressee tokens, empty when addrEnd <= addrFirst
	titleFirst, titleEnd int    // title words inside a subjTitle phrase
	adjacent             bool   // nothing but , : that/bahwa between the cue clause and the quote
}

// verbAt returns the attribution verb or verb-first cue phrase starting at
// token k, and its length in tokens.
func (s *state) verbAt(k, limit int) (verb, int, bool) {
	if k < 0 || k >= limit {
		return verb{}, 0, false
	}
	t := s.d.Tokens[k]
	if t.Kind != article.Word {
		return verb{}, 0, false
	}
	// a capitalised verb only at the start of a sentence: "Kata Retno, …"
	if t.Is(article.Capitalized) && !t.Is(article.SentStart) && !s.afterQuoteOrComma(k) {
		return verb{}, 0, false
	}
	// multi-word frames whose source follows: according to, menurut, as quoted by
	for _, lx := range s.tb.lxs {
		c, n, ok := lx.CuePhrases.Match(limit-k, func(i int) string { return s.d.Tokens[k+i].Fold })
		if ok && n > 1 && c.Position == "before" && !strings.HasPrefix(s.d.Tokens[k].Fold, "berdasarkan") {
			return verb{lemma: s.d.Tokens[k].Fold, kind: verbFirst}, n, true
		}
	}
	f := t.Fold
	if k > 0 && nounMarkers[s.d.Tokens[k-1].Fold] {
		return verb{}, 0, false // "the report", "a statement"
	}
	if v, ok := s.tb.verbs[f]; ok {
		return v, 1, true
	}
	// an unlisted root + -nya: "selorohnya"
	if stem, ok := strings.CutSuffix(f, "nya"); ok {
		if v, ok := s.tb.verbs[stem]; ok && v.kind == verbFirst && !strings.HasPrefix(stem, "di") {
			return verb{lemma: v.lemma, kind: clitic}, 1, true
		}
	}
	return verb{}, 0, false
}

func (s *state) afterQuoteOrComma(k int) bool {
	if k == 0 {
		return true
	}
	p := s.d.Tokens[k-1]
	return p.Kind == article.Quote || p.Kind == article.Punct && s.d.text(k-1) == ","
}

// npWord reports whether token k can be part of a speaker phrase: a
// capitalised word, an abbreviation, a possessive, a title, honorific or
// determiner.
func (s *state) npWord(k int) bool {
	t := s.d.Tokens[k]
	if t.Kind == article.Quote {
		return s.d.isApostrophe(k) // Indonesia's
	}
	if t.Kind != article.Word {
		return false
	}
	if t.Fold == "s" && k > 0 && s.d.isApostrophe(k-1) {
		return true
	}
	if t.Is(article.Capitalized) || t.Is(article.AllCaps) || t.Is(article.Abbrev) || t.Is(article.Possessive) {
		return true
	}
	return s.tb.isTitleWord(t.Fold) || s.tb.isHonorific(t.Fold) || determiners[t.Fold]
}

// isConnector reports whether token k may join two parts of a speaker
// phrase: "Secretary of State", "Menteri Koordinator Bidang Perekonomian dan
// …".
func (s *state) isConnector(k int) bool {
	f := s.d.Tokens[k].Fold
	return f == "of" || f == "for" || f == "and" || f == "dan" || f == "-"
}

// pronounAt returns the gender of the third-person singular subject pronoun
// at token k.
func (s *state) pronounAt(k int) (string, bool) {
	if k < 0 || k >= len(s.d.Tokens) || s.d.Tokens[k].Kind != article.Word {
		return "", false
	}
	g, ok := s.tb.pronouns[s.d.Tokens[k].Fold]
	return g, ok
}

// speakerEntity returns the last person mention within tokens [first, end),
// else the first organization mention.
func (s *state) speakerEntity(first, end int) (entities.Located, bool) {
	var org entities.Located
	hasOrg := false
	var per entities.Located
	hasPer := false
	// a mention may start before first (a title absorbed into the name)
	if l, ok := s.ents.At(first); ok && l.First < first {
		switch l.Kind {
		case entities.KindPerson:
			per, hasPer = l, true
		case entities.KindOrganization:
			org, hasOrg = l, true
		}
	}
	for _, l := range s.ents.Between(first, end+8) {
		if l.First >= end {
			break
		}
		switch l.Kind {
		case entities.KindPerson:
			per, hasPer = l, true
		case entities.KindOrganization:
			if !hasOrg {
				org, hasOrg = l, true
			}
		}
	}
	if hasPer {
		return per, true
	}
	return org, hasOrg
}

// subjectAfter reads the speaker phrase that follows a verb-first cue at
// tokens [k, limit): "kata Retno", "said Mr. Blinken", "kata dia", "ungkap
// Direktur Penyidikan KPK Asep Guntur".
func (s *state) subjectAfter(c *cue, k, limit int) {
	c.subjFirst, c.subjEnd = k, k
	if k >= limit {
		return
	}
	if g, ok := s.pronounAt(k); ok {
		c.subj, c.gender, c.subjEnd = subjPronoun, g, k+1
		return
	}
	e := k
	for e < limit && e-k < 16 {
		if s.npWord(e) {
			e++
			continue
		}
		if e > k && e+1 < limit && s.isConnector(e) && s.npWord(e+1) {
			e += 2
			continue
		}
		break
	}
	// a name written in lower case is still a name if the entities result has it
	if e == k {
		if l, ok := s.ents.At(k); ok && l.First == k {
			e = min(l.End, limit)
		}
	}
	c.subjEnd = e
	s.classify(c, k, e)
}

// subjectBefore reads the speaker phrase that ends right before the verb at
// token v, not earlier than token lo: "Retno mengatakan", "he also said",
// "national police spokesman Edward Aritonang told".
func (s *state) subjectBefore(c *cue, lo, v int) {
	e := v
	for e > lo && adverbs[s.d.Tokens[e-1].Fold] {
		e--
	}
	c.subjFirst, c.subjEnd = e, e
	if e <= lo {
		return
	}
	if g, ok := s.pronounAt(e - 1); ok {
		c.subj, c.gender, c.subjFirst = subjPronoun, g, e-1
		return
	}
	if e-2 > lo && s.d.isPunct(e-1, ",") {
		// a name in apposition before the verb: "the fund's managing
		// partner, Tom Whitcombe, told Reuters"
		if l, ok := s.ents.At(e - 2); ok && l.Kind != entities.KindCountry && l.End == e-1 && l.First-1 > lo && s.d.isPunct(l.First-1, ",") {
			e--
		}
	}
	if l, ok := s.ents.At(e - 1); ok && l.Kind != entities.KindCountry {
		b := max(l.First, lo)
		c.subjFirst = b
		// include the titles before the name
		for c.subjFirst > lo && s.npWord(c.subjFirst-1) {
			c.subjFirst--
		}
		c.subj, c.ent = subjEntity, l
		return
	}
	b := e
	for b > lo && e-b < 8 {
		if s.npWord(b - 1) {
			b--
			continue
		}
		if b < e && b-1 > lo && s.isConnector(b-1) && s.npWord(b-2) {
			b -= 2
			continue
		}
		// lower-case heads of anonymous speakers: "an official", "para analis"
		if b == e && s.d.Tokens[b-1].Kind == article.Word && !s.d.Tokens[b-1].Is(article.Capitalized) && !s.isStop(b-1) {
			b--
			continue
		}
		break
	}
	// "PSSI melalui akun Instagram resminya mengimbau": the speaker is the
	// one before the channel
	if v := s.viaBefore(b, lo); v > lo {
		if l, ok := s.ents.At(v - 1); ok && l.Kind != entities.KindCountry && l.End == v {
			c.subjFirst = l.First
			c.subj, c.ent = subjEntity, l
			c.subjEnd = l.End
			return
		}
	}
	c.subjFirst = b
	s.classify(c, b, e)
}

// viaWords name the channel a speaker used: "melalui akun Instagram",
// "through its X account", "via a post".
var viaWords = map[string]bool{"melalui": true, "lewat": true, "via": true, "through": true}

// viaBefore returns the position of a channel word ("melalui", "via")
// standing right before token b, possibly with "akun"/"account" between, or
// -1.
func (s *state) viaBefore(b, lo int) int {
	k := b - 1
	if k > lo && (s.d.Tokens[k].Fold == "akun" || s.d.Tokens[k].Fold == "account" || s.d.Tokens[k].Fold == "its" || s.d.Tokens[k].Fold == "laman") {
		k--
	}
	if k > lo && viaWords[s.d.Tokens[k].Fold] {
		return k
	}
	return -1
}

// isStop reports whether token k is a function word that cannot head a
// speaker phrase (that, which, yang, bahwa, it).
func (s *state) isStop(k int) bool {
	f := s.d.Tokens[k].Fold
	for _, lx := range s.tb.lxs {
		if lx.Stopwords.Has(f) {
			return true
		}
	}
	return false
}

// classify sets the subject kind of the phrase [b, e).
func (s *state) classify(c *cue, b, e int) {
	if e <= b {
		c.subj = subjNone
		return
	}
	if l, ok := s.speakerEntity(b, e); ok {
		c.subj, c.ent = subjEntity, l
		// "kata Juru Bicara KPK": a title before an organization names a
		// person of it; the title-only pass falls back to the organization.
		if l.Kind == entities.KindOrganization {
			if tb, te, ok := s.titleIn(b, l.First); ok {
				c.subj, c.titleFirst, c.titleEnd = subjTitle, tb, te
			}
		}
		return
	}
	if tb, te, ok := s.titleIn(b, e); ok {
		c.subj, c.titleFirst, c.titleEnd = subjTitle, tb, te
		return
	}
	c.subj = subjOther
}

// titleIn finds the last title phrase within tokens [b, e) whose words are
// not part of a name.
func (s *state) titleIn(b, e int) (int, int, bool) {
	tb, te := -1, -1
	for k := b; k < e; k++ {
		n := s.titleLen(k, e)
		if n > 0 {
			tb, te = k, k+n
			k += n - 1
		}
	}
	return tb, te, tb >= 0
}

// titleLen returns the length in tokens of the longest title phrase starting
// at token k and ending before e.
func (s *state) titleLen(k, e int) int {
	best := 0
	f := s.d.Tokens[k].Fold
	if _, ok := s.tb.abbrev[f]; ok {
		best = 1
	}
	for _, lx := range s.tb.lxs {
		_, n, ok := lx.Titles.Match(e-k, func(i int) string { return s.d.Tokens[k+i].Fold })
		if ok && n > best {
			best = n
		}
	}
	return best
}

// addressee reads "kepada wartawan", "told reporters", "told a news
// conference" after the cue.
func (s *state) addressee(c *cue, k, limit int) {
	from := -1
	if k < limit && (s.d.Tokens[k].Fold == "kepada" || s.d.Tokens[k].Fold == "to") {
		from = k + 1
	} else if c.lemma == "tell" && c.verbEnd == k {
		from = k
	}
	if from < 0 {
		return
	}
	e := from
	for e < limit && e-from < 5 {
		t := s.d.Tokens[e]
		if t.Kind != article.Word || addresseeStops[t.Fold] {
			break
		}
		if _, ok := s.tb.verbs[t.Fold]; ok && e > from {
			break
		}
		e++
	}
	if e > from {
		c.addrFirst, c.addrEnd = from, e
	}
}

// cueAfter reads the attribution right after the closing mark of q:
// "…,” kata Retno", "…,” ujarnya", "…," Blinken told reporters", "…," said
// Jumisi, "…,” ia menandaskan".
func (s *state) cueAfter(q *found) cue {
	var c cue
	if q.close < 0 {
		return c
	}
	pend := s.d.Paragraphs[q.para].End
	k := q.close + 1
	for k < pend && (s.d.isPunct(k, ",") || s.d.isPunct(k, "-") || s.d.isPunct(k, "—") || s.d.isPunct(k, "–") || s.d.isPunct(k, "--")) {
		k++
	}
	if k < pend && leadFillers[s.d.Tokens[k].Fold] {
		k++
	}
	limit := s.clauseEnd(k, pend)
	if v, n, ok := s.verbAt(k, limit); ok && v.kind != subjectFirst {
		c = cue{ok: true, verbFirst: k, verbEnd: k + n, lemma: v.lemma, adjacent: true}
		if v.kind == clitic {
			c.subj, c.cliticNya, c.subjFirst, c.subjEnd = subjPronoun, true, k, k+1
			s.addressee(&c, k+1, limit)
			return c
		}
		s.subjectAfter(&c, k+n, limit)
		s.appositionName(&c, limit, pend)
		s.addressee(&c, c.subjEnd, s.clauseEnd(c.subjEnd, pend))
		return c
	}
	// subject first: "Biden said", "ia menandaskan"
	for j := k; j < limit && j-k < 12; j++ {
		v, n, ok := s.verbAt(j, limit)
		if !ok || j == k || v.kind == verbFirst || v.kind == clitic || s.insideTitle(k, j, limit) {
			continue // ("the secretary of state said": state is no verb here)
		}
		c = cue{ok: true, verbFirst: j, verbEnd: j + n, lemma: v.lemma, adjacent: true}
		s.subjectBefore(&c, k, j)
		if c.subj == subjNone {
			return cue{}
		}
		// "…issue.” He added that …": a new sentence of indirect speech
		if q.end > q.first && s.d.Tokens[q.end-1].Is(article.Terminal) && j+n < pend {
			if f := s.d.Tokens[j+n].Fold; f == "that" || f == "bahwa" || s.d.Tokens[j+n].Kind == article.Quote {
				return cue{}
			}
		}
		// "…” but he says", "…’ when he accused": a new clause, not an attribution
		for m := k; m < c.subjFirst; m++ {
			if conjunctions[s.d.Tokens[m].Fold] || s.d.Tokens[m].Kind != article.Word {
				return cue{}
			}
		}
		s.addressee(&c, j+n, limit)
		return c
	}
	return s.appositionSubject(k, limit, pend)
}

// insideTitle reports whether token j lies inside a title phrase that
// starts within [k, j): "secretary of state", "menteri negara".
func (s *state) insideTitle(k, j, limit int) bool {
	for t := max(k, j-4); t < j; t++ {
		if n := s.titleLen(t, limit); t+n > j {
			return true
		}
	}
	return false
}

// appositionSubject reads a subject-first attribution whose name stands in
// apposition to a description: "“…,” the fund's managing partner, Tom
// Whitcombe, told Reuters." The description [k, limit) may hold only words
// and possessive apostrophes; the name is a person between commas, and the
// verb follows it.
func (s *state) appositionSubject(k, limit, pend int) cue {
	if limit-k < 1 || limit-k > 8 || limit+1 >= pend || !s.d.isPunct(limit, ",") {
		return cue{}
	}
	for m := k; m < limit; m++ {
		t := s.d.Tokens[m]
		if t.Kind == article.Word && !conjunctions[t.Fold] && s.tb.pronouns[t.Fold] == "" || s.d.isApostrophe(m) {
			continue
		}
		return cue{}
	}
	l, ok := s.ents.At(limit + 1)
	if !ok || l.First != limit+1 || l.Kind != entities.KindPerson || !s.isSpeaker(l.Ref) || l.End+1 >= pend || !s.d.isPunct(l.End, ",") {
		return cue{}
	}
	v, n, ok := s.verbAt(l.End+1, pend)
	if !ok || v.kind == verbFirst || v.kind == clitic {
		return cue{}
	}
	c := cue{ok: true, verbFirst: l.End + 1, verbEnd: l.End + 1 + n, lemma: v.lemma, adjacent: true,
		subj: subjEntity, ent: l, subjFirst: k, subjEnd: l.End}
	s.addressee(&c, c.verbEnd, s.clauseEnd(c.verbEnd, pend))
	return c
}

// appositionName reads the name set off by a comma after a title-only or
// descriptive speaker phrase that ends at token limit: "kata juru bicara
// KPK, Arif Wicaksono, di Jakarta", "said the ministry's spokesman, John
// Smith." The name must be a person mention followed by a comma, a
// terminal mark or the paragraph end.
func (s *state) appositionName(c *cue, limit, pend int) {
	if c.subj != subjTitle && c.subj != subjOther && c.subj != subjNone || limit+1 >= pend || limit >= len(s.d.Tokens) || !s.d.isPunct(limit, ",") || limit-c.subjFirst > 12 {
		return
	}
	for k := c.subjFirst; k < limit; k++ {
		if s.d.Tokens[k].Kind != article.Word || s.tb.pronouns[s.d.Tokens[k].Fold] != "" {
			return
		}
	}
	l, ok := s.ents.At(limit + 1)
	if !ok || l.First != limit+1 || l.Kind != entities.KindPerson || !s.isSpeaker(l.Ref) {
		return
	}
	if l.End < pend {
		t := s.d.Tokens[l.End]
		if t.Kind != article.Punct || !(t.Is(article.Terminal) || s.d.text(l.End) == ",") {
			return
		}
	}
	c.subj, c.ent, c.subjEnd = subjEntity, l, l.End
}

// clauseEnd returns the end of the clause that starts at token k: the next
// punctuation other than an abbreviation period, or a quotation mark.
func (s *state) clauseEnd(k, pend int) int {
	for j := k; j < pend; j++ {
		t := s.d.Tokens[j]
		if t.Kind == article.Quote && !s.d.isApostrophe(j) || t.Kind == article.Punct && (t.Is(article.Terminal) || s.d.text(j) == "," || s.d.text(j) == ";" || s.d.text(j) == ":" || s.d.text(j) == "(") {
			return j
		}
	}
	return pend
}

// maxBack bounds how far back cueBefore looks, in tokens.
const maxBack = 60

// cueBefore reads the attribution before the opening mark of q, within its
// sentence: "Retno mengatakan, “…”", "She said: “…”", "Wang said the U.S.
// should “…”", "“A,” kata X, “B.”" (for B). It takes the speech verb nearest
// to the quote that has a speaker phrase.
func (s *state) cueBefore(qi int) cue {
	q := &s.qs[qi]
	pf := s.d.Paragraphs[q.para].First
	k := q.open - 1
	prev := qi - 1
	budget := maxBack
	for k >= pf && budget > 0 {
		budget--
		t := s.d.Tokens[k]
		if prev >= 0 && s.qs[prev].para == q.para && s.qs[prev].close == k {
			// jump over an earlier quote of the same sentence
			pq := &s.qs[prev]
			if pq.end > pq.first && s.d.Tokens[pq.end-1].Is(article.Terminal) {
				break
			}
			k = pq.open - 1
			prev--
			continue
		}
		if t.Kind == article.Punct && t.Is(article.Terminal) {
			break
		}
		v, n, ok := s.verbAt(k, q.open)
		if !ok {
			k--
			continue
		}
		c := cue{ok: true, verbFirst: k, verbEnd: k + n, lemma: v.lemma}
		switch v.kind {
		case clitic:
			c.subj, c.cliticNya, c.subjFirst, c.subjEnd = subjPronoun, true, k, k+1
		case verbFirst:
			s.subjectAfter(&c, k+n, s.clauseEnd(k+n, q.open))
			if c.subj == subjOther || c.subj == subjNone {
				k--
				continue
			}
		default:
			s.subjectBefore(&c, s.clauseStart(k, pf), k)
			if c.subj == subjNone && v.kind == either {
				s.subjectAfter(&c, k+n, s.clauseEnd(k+n, q.open))
			}
			if c.subj == subjNone {
				k--
				continue
			}
		}
		tail := max(c.verbEnd, c.subjEnd)
		s.addressee(&c, tail, q.open)
		if c.addrEnd > tail {
			tail = c.addrEnd
		}
		c.adjacent = s.onlyGlue(tail, q.open)
		return c
	}
	return cue{}
}

// clauseStart returns the first token of the clause that ends at token k:
// after the last comma, colon, semicolon, terminal or quotation mark.
func (s *state) clauseStart(k, pf int) int {
	for j := k - 1; j >= pf && k-j < 16; j-- {
		t := s.d.Tokens[j]
		if t.Kind == article.Quote && !s.d.isApostrophe(j) || t.Kind == article.Punct && (t.Is(article.Terminal) || s.d.text(j) == "," || s.d.text(j) == ";" || s.d.text(j) == ":") {
			return j + 1
		}
	}
	return max(pf, k-16)
}

// onlyGlue reports whether tokens [a, b) hold nothing but , : that bahwa.
func (s *state) onlyGlue(a, b int) bool {
	for k := a; k < b; k++ {
		t := s.d.Tokens[k]
		if t.Kind == article.Punct && (s.d.text(k) == "," || s.d.text(k) == ":") {
			continue
		}
		if t.Fold == "that" || t.Fold == "bahwa" || t.Fold == "as" || t.Fold == "sebagai" {
			continue
		}
		return false
	}
	return true
}
