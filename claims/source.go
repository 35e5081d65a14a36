package claims

import (
	"strings"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// maxBack is how many sentences back a pronoun or title looks for the person
// it refers to.
const maxBack = 8

// resolve fills the source fields of c from frame f.
func (st *state) resolve(c *Claim, f frame) {
	if f.clitic {
		c.SourceKind = KindPerson
		if ref, ok := st.antecedent(f.cueFirst); ok {
			st.setRef(c, ref)
		} else {
			c.Source = c.Cue
		}
		return
	}
	first, end := f.srcFirst, f.srcEnd
	for first < end && st.is(first, roleConn) {
		first++
	}
	if first >= end {
		first = f.srcFirst
	}
	m := st.d.Mention(st.d.Slice(first, end))
	c.SourceMention = &m
	c.Source = m.Text
	c.Countries = st.countries(first, end)
	switch st.pronounPhrase(first, end) {
	case rolePronSg:
		c.SourceKind = KindPerson
		if ref, ok := st.antecedent(first); ok {
			st.setRef(c, ref)
		}
		return
	case rolePronPl, rolePronIt:
		c.SourceKind = KindGroup
		if p, ok := st.lastSource(first, true); ok {
			st.copySource(c, p)
		}
		return
	}
	if ref, ok := st.headOf(first, end, entities.KindPerson); ok {
		c.SourceKind = KindPerson
		st.setRef(c, ref)
		return
	}
	if ref, ok := st.titled(first, end); ok {
		c.SourceKind = KindPerson
		st.setRef(c, ref)
		return
	}
	if ref, ok := st.headOf(first, end, entities.KindOrganization); ok && !st.hasRole(first, end, roleGroup) {
		c.SourceKind = KindOrganization
		st.setRef(c, ref)
		return
	}
	if st.anonymous(first, end) {
		c.SourceKind = KindAnonymous
		return
	}
	if st.definite(first, end) {
		if p, ok := st.sameHead(first, end); ok {
			st.copySource(c, p)
			return
		}
		if ref, ok := st.typedOrg(first, end); ok {
			st.setRef(c, ref)
			return
		}
	}
	if len(c.Countries) > 0 && st.onlyCountry(first, end) {
		c.SourceKind = KindCountry
		return
	}
	c.SourceKind = KindGroup
}

// setRef makes the entity r the source of c.
func (st *state) setRef(c *Claim, r entities.Ref) {
	name := st.ents.Name(r)
	if name == "" {
		return
	}
	rr := r
	c.Source, c.SourceRef = name, &rr
	if r.Kind == entities.KindOrganization {
		c.SourceKind = KindOrganization
	}
}

// copySource gives c the source of an earlier claim p (coreference: "the
// ministry said", "they said").
func (st *state) copySource(c *Claim, p *Claim) {
	c.Source, c.SourceRef, c.SourceKind = p.Source, p.SourceRef, p.SourceKind
	if len(c.Countries) == 0 {
		c.Countries = p.Countries
	}
}

// pronounPhrase returns the pronoun role when [first, end) is one pronoun.
func (st *state) pronounPhrase(first, end int) role {
	if end-first != 1 {
		return 0
	}
	return st.pronoun(first)
}

// headOf returns the first entity of kind k in [first, end) that heads the
// phrase: not followed by a possessive ("Widodo’s chief economic affairs
// minister") and not under a linking preposition ("a spokesman for X").
func (st *state) headOf(first, end int, k entities.Kind) (entities.Ref, bool) {
	for _, loc := range st.ents.Between(first, end) {
		if loc.Kind != k {
			continue
		}
		if st.followedByPossessive(loc.End) {
			continue
		}
		if loc.First > first && st.is(loc.First-1, roleLink) && !st.agent(loc.First-1) {
			continue
		}
		return loc.Ref, true
	}
	return entities.Ref{}, false
}

// agent reports whether token i introduces an agent (by, oleh): "figures
// announced by the minister" names the minister as the source.
func (st *state) agent(i int) bool {
	f := st.d.Tokens[i].Fold
	return f == "by" || f == "oleh"
}

// hasRole reports whether a token of [first, end) outside entity mentions has
// role r.
func (st *state) hasRole(first, end int, r role) bool {
	for k := first; k < end; k++ {
		if _, ok := st.ents.At(k); ok {
			continue
		}
		if st.is(k, r) || r&roleGroup != 0 && st.lx.Roles.Has(st.d.Tokens[k].Fold) {
			return true
		}
	}
	return false
}

// countries returns the country codes named in [first, end).
func (st *state) countries(first, end int) []string {
	var out []string
	for _, loc := range st.ents.Between(first, end) {
		if loc.Kind != entities.KindCountry || loc.Index >= len(st.ents.Countries) {
			continue
		}
		code := st.ents.Countries[loc.Index].Code
		dup := false
		for _, c := range out {
			dup = dup || c == code
		}
		if !dup {
			out = append(out, code)
		}
	}
	return out
}

// onlyCountry reports whether [first, end) is a country name with at most
// determiners around it ("Korea Selatan", "The Philippines").
func (st *state) onlyCountry(first, end int) bool {
	for k := first; k < end; k++ {
		if loc, ok := st.ents.At(k); ok && loc.Kind == entities.KindCountry {
			k = loc.End - 1
			continue
		}
		if t := st.d.Tokens[k]; t.Kind == article.Word && !st.is(k, roleDet) || t.Kind == article.Number {
			return false
		}
	}
	return true
}

// anonymous reports whether [first, end) says the source is not named.
func (st *state) anonymous(first, end int) bool {
	for k := first; k < end; k++ {
		if r, _ := st.phraseRole(k, end); r&roleAnon != 0 {
			return true
		}
	}
	// "a senior official who asked not to be named": the marker follows the phrase
	for k := end; k < len(st.d.Tokens) && k < end+8; k++ {
		if r, _ := st.phraseRole(k, len(st.d.Tokens)); r&roleAnon != 0 && st.d.Tokens[k].Kind == article.Word {
			return true
		}
		if st.d.Tokens[k].Kind == article.Punct && !(k == end && st.comma(k)) {
			break // "One official, speaking on condition of anonymity, said": past the first comma
		}
	}
	return false
}

// definite reports whether [first, end) is a definite description: "the
// ministry", "kementerian tersebut", "Mantan Menko PMK itu", "Australia’s
// prime minister".
func (st *state) definite(first, end int) bool {
	if end-first < 1 {
		return false
	}
	f := st.d.Tokens[first].Fold
	if st.is(first, roleDet) && f != "a" && f != "an" && f != "seorang" && f != "sebuah" && f != "para" {
		return true
	}
	if st.is(end-1, roleDet) && (st.d.Tokens[end-1].Fold == "itu" || st.d.Tokens[end-1].Fold == "tersebut") {
		return true
	}
	for k := first; k < end; k++ {
		if _, ok := st.possessiveAt(k); ok {
			return true
		}
	}
	return false
}

// titled returns the person a title-only source refers to ("the minister",
// "Menlu", "Juru Bicara KPK", "Mantan Menko PMK itu"): a person whose
// titles share the phrase's title word, mentioned nearest before it (or else
// first after it); for a definite title with no such person, the person the
// text is about.
func (st *state) titled(first, end int) (entities.Ref, bool) {
	words := map[string]bool{}
	hasTitle := false
	for k := first; k < end; k++ {
		t := st.d.Tokens[k]
		if t.Kind != article.Word {
			continue
		}
		if loc, ok := st.ents.At(k); ok {
			if loc.Kind == entities.KindPerson {
				return entities.Ref{}, false
			}
			if loc.Kind == entities.KindOrganization {
				continue // "the Department of Foreign Affairs" names no title
			}
		}
		words[t.Fold] = true
		if st.is(k, roleTitle) || st.lx.Titles.StartsAny(t.Fold) {
			hasTitle = true
		}
	}
	if !hasTitle {
		return entities.Ref{}, false
	}
	best, bestDist := -1, 0
	for pi, p := range st.ents.People {
		match := false
		for _, title := range p.Titles {
			tw := strings.Fields(title)
			if len(tw) > 0 && words[tw[len(tw)-1]] {
				match = true
			}
		}
		if !match {
			continue
		}
		d := st.distance(p, first)
		if best < 0 || d < bestDist {
			best, bestDist = pi, d
		}
	}
	if best >= 0 {
		return entities.Ref{Kind: entities.KindPerson, Index: best}, true
	}
	if st.definite(first, end) || st.capitalized(first) && st.lx.Titles.StartsAny(st.d.Tokens[first].Fold) {
		return st.antecedent(first)
	}
	return entities.Ref{}, false
}

// distance ranks how near person p is mentioned to token i: mentions before i
// rank by distance, mentions only after i rank after all of them.
func (st *state) distance(p entities.Person, i int) int {
	off := st.d.Tokens[i].Start
	best := -1
	for _, m := range p.Mentions {
		d := off - m.End
		if d < 0 {
			d = len(st.d.Text) + m.Start - off
		}
		if best < 0 || d < best {
			best = d
		}
	}
	if best < 0 {
		return 2 * len(st.d.Text)
	}
	return best
}

// antecedent returns the person a pronoun at token i refers to: a person
// named earlier in the same sentence, else the speaker of a quote or the
// first person (the subject) of one of the previous sentences.
func (st *state) antecedent(i int) (entities.Ref, bool) {
	si := int(st.d.Tokens[i].Sent)
	s := st.d.Sentences[si]
	if r, ok := st.firstPerson(s.First, i); ok {
		return r, true
	}
	for b := si - 1; b >= 0 && b >= si-maxBack; b-- {
		s := st.d.Sentences[b]
		if st.d.Paragraphs[s.Para].Boilerplate {
			continue
		}
		if r, ok := st.quoteSpeaker(s.Span); ok {
			return r, true
		}
		if r, ok := st.claimSource(s.Span); ok {
			return r, true
		}
		if r, ok := st.firstPerson(s.First, s.End); ok {
			return r, true
		}
	}
	return entities.Ref{}, false
}

// firstPerson returns the first person mention in [first, end) that is not a
// possessive.
func (st *state) firstPerson(first, end int) (entities.Ref, bool) {
	for _, loc := range st.ents.Between(first, end) {
		if loc.Kind != entities.KindPerson {
			continue
		}
		if st.followedByPossessive(loc.End) {
			continue
		}
		return loc.Ref, true
	}
	return entities.Ref{}, false
}

// quoteSpeaker returns the person who speaks a quote inside span.
func (st *state) quoteSpeaker(span article.Span) (entities.Ref, bool) {
	for _, q := range st.qs {
		if q.Speaker == nil || !span.Overlaps(q.Span) {
			continue
		}
		for pi, p := range st.ents.People {
			if p.Name == *q.Speaker {
				return entities.Ref{Kind: entities.KindPerson, Index: pi}, true
			}
		}
	}
	return entities.Ref{}, false
}

// claimSource returns the person source of a claim already found in span.
func (st *state) claimSource(span article.Span) (entities.Ref, bool) {
	for i := len(st.claims) - 1; i >= 0; i-- {
		c := st.claims[i]
		if c.SourceRef != nil && c.SourceRef.Kind == entities.KindPerson && span.Contains(c.CueSpan) {
			return *c.SourceRef, true
		}
	}
	return entities.Ref{}, false
}

// lastSource returns the latest claim before token i whose source is not a
// single person (with groups set) — for "they said", "pihaknya".
func (st *state) lastSource(i int, groups bool) (*Claim, bool) {
	off := st.d.Tokens[i].Start
	var best *Claim
	for k := range st.claims {
		c := &st.claims[k]
		if c.CueSpan.Start >= off || off-c.CueSpan.Start > 1500 {
			continue
		}
		if groups && c.SourceKind == KindPerson {
			continue
		}
		if best == nil || c.CueSpan.Start > best.CueSpan.Start {
			best = c
		}
	}
	return best, best != nil
}

// sameHead returns an earlier claim whose source phrase ends with the same
// noun as the definite description [first, end) ("the ministry" after
// "Indonesia’s sports ministry").
func (st *state) sameHead(first, end int) (*Claim, bool) {
	head := st.d.Tokens[end-1].Fold
	if st.is(end-1, roleDet) && end-2 >= first {
		head = st.d.Tokens[end-2].Fold
	}
	off := st.d.Tokens[first].Start
	var best *Claim
	// only the latest claims can be referred back to by a definite
	// description; the bound keeps the cost per claim constant
	for k := len(st.claims) - 1; k >= 0 && k >= len(st.claims)-32; k-- {
		c := &st.claims[k]
		if c.SourceMention == nil || c.SourceMention.Start >= off {
			continue
		}
		words := strings.Fields(strings.ToLower(c.SourceMention.Text))
		if len(words) > 1 && words[len(words)-1] == head && (best == nil || c.CueSpan.Start > best.CueSpan.Start) {
			best = c
		}
	}
	return best, best != nil
}

// orgTypes maps the head noun of a definite description to the
// organization type it refers back to ("Perusahaan itu", "the company").
var orgTypes = map[string]string{
	"perusahaan": "company", "company": "company", "firm": "company",
	"kementerian": "government", "ministry": "government",
	"partai": "party", "party": "party",
	"kepolisian": "police", "police": "police",
}

// typedOrg resolves a definite description whose head names a kind of
// organization ("Perusahaan itu", "the company") to the organization of
// that type the text is about: the source of the latest claim before it,
// else the latest organization of that type mentioned in the last
// sentences.
func (st *state) typedOrg(first, end int) (entities.Ref, bool) {
	head := st.d.Tokens[end-1].Fold
	if st.is(end-1, roleDet) && end-2 >= first {
		head = st.d.Tokens[end-2].Fold
	}
	if end-first != 2 {
		return entities.Ref{}, false // only "the company", "perusahaan itu"
	}
	typ, ok := orgTypes[head]
	if !ok {
		return entities.Ref{}, false
	}
	isType := func(r *entities.Ref) bool {
		return r != nil && r.Kind == entities.KindOrganization && r.Index < len(st.ents.Organizations) && st.ents.Organizations[r.Index].Type == typ
	}
	off := st.d.Tokens[first].Start
	for k := len(st.claims) - 1; k >= 0; k-- {
		c := &st.claims[k]
		if c.CueSpan.Start < off && off-c.CueSpan.Start < 1500 && isType(c.SourceRef) {
			return *c.SourceRef, true
		}
	}
	lo := st.d.Sentences[max(int(st.d.Tokens[first].Sent)-2, 0)].First
	locs := st.ents.Between(lo, first)
	for k := len(locs) - 1; k >= 0; k-- {
		if r := locs[k].Ref; isType(&r) {
			return r, true
		}
	}
	return entities.Ref{}, false
}
