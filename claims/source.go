package claims

import (
	"sort"
	"strings"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// maxBack is how many sentences back a pronoun or title looks for the person
// it refers to.
const maxBack = 8

// maxBackTokens bounds in tokens how far back a bare word for people looks
// for its fuller description.
const maxBackTokens = 400

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
	named := false
	if k := st.namedAt(first, end); k > first {
		first, named = k, true // "seorang saksi bernama Wulan Sari": the name
	}
	// "according to the Philippine Atmospheric, Geophysical and Astronomical
	// Services Administration": a phrase cut at a comma inside the name of
	// an organization takes the whole name
	if e := st.orgRunningPast(first, end); e > end && (f.srcFirst > f.cueFirst || e <= f.cueFirst) && (e <= f.conFirst || f.conEnd <= first) {
		end = e // never over the cue or into the content
	}
	m := st.d.Mention(st.d.Slice(first, end))
	c.SourceMention = &m
	c.Source = m.Text
	c.Countries = st.countries(first, end)
	switch st.pronounPhrase(first, end) {
	case rolePronSg:
		c.SourceKind = KindPerson
		// "Seorang pejabat … mengatakan Y. Menurut dia, Z": the unnamed
		// source of the claim just before, when no person comes between
		if p, ok := st.lastClaim(first); ok && st.recent(p, first) && p.SourceRef == nil && st.singular(p) {
			if _, named := st.firstPerson(st.d.TokenAt(p.CueSpan.Start), first); !named {
				st.copySource(c, p)
				return
			}
		}
		if ref, ok := st.antecedent(first); ok {
			st.setRef(c, ref)
		}
		return
	case rolePronPl, rolePronIt:
		c.SourceKind = KindGroup
		p, ok := st.lastSource(first, true)
		if r := st.pronoun(first); r == rolePronPl && (!ok || !st.recent(p, first)) {
			// "Ratusan orang tua murid mendatangi kantor dinas. Mereka
			// menilai Y": the plural subject of the sentence before
			if gFirst, gEnd, found := st.pluralAntecedent(first); found {
				c.Source = st.d.Text[st.d.Tokens[gFirst].Start:st.d.Tokens[gEnd-1].End]
				c.Countries = st.countries(gFirst, gEnd)
				return
			}
		}
		if ok {
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
	if ref, ok := st.headOf(first, end, entities.KindOrganization); ok && (!st.hasRole(first, end, roleGroup) || st.describedName(first, end)) {
		c.SourceKind = KindOrganization
		st.setRef(c, ref)
		return
	}
	if ref, ok := st.documentOwner(first, end); ok {
		c.SourceKind = KindPerson
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
		if ref, ok := st.orgByHead(first, end); ok {
			st.setRef(c, ref)
			return
		}
		if ref, ok := st.describedOrg(first, end); ok {
			st.setRef(c, ref)
			return
		}
		if st.personDescription(first, end) || st.demonymPerson(first, end) {
			if ref, ok := st.antecedent(first); ok {
				c.SourceKind = KindPerson
				st.setRef(c, ref)
				return
			}
		}
	}
	if len(c.Countries) > 0 && st.onlyCountry(first, end) {
		c.SourceKind = KindCountry
		return
	}
	if named {
		c.SourceKind = KindPerson
		return
	}
	c.SourceKind = KindGroup
	// "jaksa menyebut" after "jaksa penuntut umum (JPU) Kejaksaan Agung":
	// a bare word for people refers back to its fuller description
	word := first
	if end-first == 2 && st.d.Tokens[first].Fold == "the" {
		word++ // "the liquidators said" after "Liquidators from Harbourline Advisory"
	}
	if end-word == 1 && (!st.capitalized(word) || st.atStart(first, st.d.Sentences[st.d.Tokens[first].Sent].First)) && (st.peopleWord(word) || st.titleAt(word, end) > 0) {
		if a, b, ok := st.fullerMention(word); ok {
			c.Source = st.d.Text[st.d.Tokens[a].Start:st.d.Tokens[b-1].End]
			if len(c.Countries) == 0 {
				c.Countries = st.countries(a, b)
			}
		}
	}
}

// orgRunningPast returns the end of an organization mention that starts
// inside [first, end) and ends after it, or 0.
func (st *state) orgRunningPast(first, end int) int {
	idx := st.ents.Index
	k := sort.Search(len(idx), func(k int) bool { return idx[k].First >= first })
	for ; k < len(idx) && idx[k].First < end; k++ {
		if idx[k].Kind == entities.KindOrganization && idx[k].End > end {
			return idx[k].End
		}
	}
	return 0
}

// fullerMention returns the nearest earlier description that starts with
// the word at token i and names the organization the people belong to
// ("jaksa penuntut umum (JPU) Kejaksaan Agung", "investigators from the
// National Transportation Safety Board"), within the last maxBack sentences.
func (st *state) fullerMention(i int) (int, int, bool) {
	fold := st.d.Tokens[i].Fold
	si := int(st.d.Tokens[i].Sent)
	// a bound in tokens too, so that the cost per claim stays constant
	lo := max(st.d.Sentences[max(si-maxBack, 0)].First, i-maxBackTokens)
	for p := i - 1; p >= lo; p-- {
		if t := st.d.Tokens[p]; t.Kind != article.Word || t.Fold != fold || st.d.Paragraphs[st.d.Sentences[t.Sent].Para].Boilerplate {
			continue
		}
		if e := st.orgDescription(p); e > 0 {
			return p, e, true
		}
	}
	return 0, 0, false
}

// orgDescription returns the end of a description that starts with the word
// for people at token p and ends with an organization, through at most three
// lowercase words, linking words and a bracketed acronym; or 0.
func (st *state) orgDescription(p int) int {
	lower, open := 0, false
	for q := p + 1; q < len(st.d.Tokens) && q-p <= maxSource; q++ {
		if loc, ok := st.ents.At(q); ok && loc.First == q {
			if loc.Kind != entities.KindOrganization {
				return 0
			}
			e := loc.End
			if open && st.punct(e, ")") {
				e++
			}
			return e
		}
		t := st.d.Tokens[q]
		switch {
		case st.punct(q, "("):
			open = true
		case st.punct(q, ")"):
			open = false
		case t.Kind != article.Word || st.stopsSource(q) || st.is(q, rolePrep|roleConn):
			return 0
		case st.capitalized(q) || st.is(q, roleLink|roleDet):
		default:
			if lower++; lower > 3 || st.verbLike(q) {
				return 0
			}
		}
	}
	return 0
}

// verbLike reports whether lowercase word token k looks like a finite verb:
// an Indonesian active (meN-, ber-) or an English past form (-ed), so that a
// description does not run into a clause ("polisi menangkap …").
func (st *state) verbLike(k int) bool {
	f := st.d.Tokens[k].Fold
	if st.lx.Lang == "en" {
		return strings.HasSuffix(f, "ed")
	}
	return strings.HasPrefix(f, "me") || strings.HasPrefix(f, "ber")
}

// namedAt returns the first token of the name that ends the phrase [first,
// end) after "named" or "bernama" ("a 38-year-old driver named Budi Santoso",
// "mantan staf bernama Wulan Sari"), or first.
func (st *state) namedAt(first, end int) int {
	for k := first; k+1 < end; k++ {
		if !st.is(k, roleNamed) {
			continue
		}
		for j := k + 1; j < end; j++ {
			if !st.capitalized(j) {
				return first
			}
		}
		return k + 1
	}
	return first
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
		if st.afterParticiple(first, loc.First) {
			continue
		}
		return loc.Ref, true
	}
	return entities.Ref{}, false
}

// afterParticiple reports whether a lowercase participle and a preposition
// other than by stand between a head noun at first and token i: in "a
// report filed with the High Court" the court is where the report went, not
// its source ("figures announced by the minister" names the minister).
func (st *state) afterParticiple(first, i int) bool {
	for k := first + 1; k+1 < i; k++ {
		t := st.d.Tokens[k]
		if t.Kind != article.Word || st.capitalized(k) || !st.verbLike(k) || !strings.HasSuffix(t.Fold, "ed") {
			continue
		}
		if n := st.d.Tokens[k+1]; n.Kind == article.Word && !st.agent(k+1) && !st.capitalized(k+1) && !st.is(k+1, roleDet) {
			return true
		}
	}
	return false
}

// documentOwner returns the person or organization that owns what the phrase
// [first, end) names when that is a thing, not people: "the Health
// Ministry's latest survey", "Reuters' tally" name the ministry and Reuters
// as the source; "Widodo's chief economic minister" or "Indonesia's sports
// ministry" do not.
func (st *state) documentOwner(first, end int) (entities.Ref, bool) {
	for _, loc := range st.ents.Between(first, end) {
		if loc.Kind != entities.KindPerson && loc.Kind != entities.KindOrganization {
			continue
		}
		if !st.followedByPossessive(loc.End) {
			continue
		}
		for k := loc.End; k < end; k++ {
			if st.titleAt(k, end) > 0 || st.peopleWord(k) || st.pronoun(k) != 0 {
				return entities.Ref{}, false
			}
			if _, ok := st.ents.At(k); ok {
				return entities.Ref{}, false
			}
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
		if st.is(k, r) || r&roleGroup != 0 && st.peopleWord(k) {
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
	if end-first == 1 && bareDefinite[f] {
		return true // "Perseroan juga menyebutkan": the company the text is about
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
		if st.titleAt(k, end) > 0 {
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
			if w := titleHead(title); w != "" && words[w] && (!formerIn(words) || formerIn(wordSet(title))) {
				match = true // "the former prime minister" is not the prime minister
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
	// a bare title refers back to the person the text is about; a title of
	// a named body ("Kepala Staf Gabungan (JCS) Korea Selatan") does not
	if (st.definite(first, end) || st.capitalized(first) && st.titleAt(first, end) > 0) && !st.namesBody(first, end) {
		return st.antecedent(first)
	}
	return entities.Ref{}, false
}

// titleHead returns the head word of a title: its last word, before a
// roman numeral or a number that tells two offices apart ("finance minister
// ii" gives minister).
func titleHead(title string) string {
	tw := strings.Fields(title)
	for len(tw) > 1 && ordinal(tw[len(tw)-1]) {
		tw = tw[:len(tw)-1]
	}
	if len(tw) == 0 {
		return ""
	}
	return tw[len(tw)-1]
}

// ordinal reports whether w is a roman numeral up to 39 or a number.
func ordinal(w string) bool {
	if w == "" {
		return false
	}
	digits, roman := true, true
	for _, r := range w {
		digits = digits && '0' <= r && r <= '9'
		roman = roman && (r == 'i' || r == 'v' || r == 'x')
	}
	return digits || roman && len(w) <= 6
}

// orgByHead resolves "the fund" or "the fund's projections" to the
// organization mentioned before whose name ends with that noun
// ("International Monetary Fund"), the nearest within maxBackTokens.
func (st *state) orgByHead(first, end int) (entities.Ref, bool) {
	if !st.is(first, roleDet) || first+1 >= end {
		return entities.Ref{}, false
	}
	h := first + 1
	if h+1 != end && !st.followedByPossessive(h+1) {
		return entities.Ref{}, false
	}
	head := st.d.Tokens[h].Fold
	locs := st.ents.Between(max(first-maxBackTokens, 0), first)
	for k := len(locs) - 1; k >= 0; k-- {
		loc := locs[k]
		if loc.Kind != entities.KindOrganization || loc.End-loc.First < 2 {
			continue
		}
		if st.d.Tokens[loc.End-1].Fold == head {
			return loc.Ref, true
		}
	}
	return entities.Ref{}, false
}

// describedOrg resolves a definite description of an organization to the
// organization it names ("the police" after "the Singapore Police Force",
// "the department" after "the Department of Health", "the country’s
// disaster agency" just before "the National Disaster Management Agency"):
// see [entities.Set.DescribedOrganization]. The nouns are the words after
// the determiner or the possessor; the organization is looked for in the
// last maxBack sentences and, failing that, in the next sentence. A
// description whose modifiers no name holds ("the weather bureau") refers
// to the organization that made the claim just before, when its name fits
// the head noun.
func (st *state) describedOrg(first, end int) (entities.Ref, bool) {
	if len(st.ents.Between(first, end)) > 0 {
		return entities.Ref{}, false
	}
	a, b := first, end
	for k := first; k < end; k++ {
		if e, ok := st.possessiveAt(k); ok && e > first {
			a = k + 1 // "the country’s disaster agency": past the possessor
		}
	}
	for a < b && st.is(a, roleDet) {
		a++
	}
	for b > a && st.is(b-1, roleDet) {
		b-- // "kementerian tersebut"
	}
	if b <= a || b-a > 4 {
		return entities.Ref{}, false
	}
	nouns := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		t := st.d.Tokens[k]
		if t.Kind != article.Word || st.pronoun(k) != 0 || st.titleAt(k, b) > 0 {
			return entities.Ref{}, false
		}
		nouns = append(nouns, t.Fold)
	}
	head := nouns[len(nouns)-1]
	if !entities.BodyNoun(head) {
		return entities.Ref{}, false
	}
	si := int(st.d.Tokens[first].Sent)
	from := max(st.d.Sentences[max(si-maxBack, 0)].First, first-maxBackTokens)
	to := st.d.Sentences[min(si+1, len(st.d.Sentences)-1)].End
	if ref, ok := st.ents.DescribedOrganization(nouns, from, first, to, nil); ok {
		return ref, true
	}
	if len(nouns) == 1 {
		return entities.Ref{}, false
	}
	if p, ok := st.lastClaim(first); ok && st.recent(p, first) && p.SourceRef != nil && p.SourceRef.Kind == entities.KindOrganization &&
		p.SourceRef.Index < len(st.ents.Organizations) && entities.DescribesOrganization(st.ents.Organizations[p.SourceRef.Index], []string{head}) {
		return *p.SourceRef, true
	}
	return entities.Ref{}, false
}

// demonymPerson reports whether [first, end) is "the" and a singular
// demonym alone, a description of one person ("The South Korean, who took
// charge in May, said"); "the Chinese" or "the British" stand for a people
// or a government.
func (st *state) demonymPerson(first, end int) bool {
	if st.lx.Lang != "en" || end-first < 2 || st.d.Tokens[first].Fold != "the" {
		return false
	}
	loc, ok := st.ents.At(first + 1)
	if !ok || loc.Kind != entities.KindCountry || loc.First != first+1 || loc.End != end || loc.Index >= len(st.ents.Countries) {
		return false
	}
	// mentions are in text order: a binary search keeps the cost per claim
	// constant
	ms := st.ents.Countries[loc.Index].Mentions
	start := st.d.Tokens[loc.First].Start
	m := sort.Search(len(ms), func(m int) bool { return ms[m].Start >= start })
	demonym := m < len(ms) && ms[m].Start == start && ms[m].Refer == entities.ReferDemonym
	f := st.d.Tokens[end-1].Fold
	for _, suf := range []string{"ese", "sh", "ch", "ss", "s"} {
		if strings.HasSuffix(f, suf) {
			return false
		}
	}
	return demonym
}

// personDescription reports whether [first, end) is an Indonesian definite
// description of one person ("Legenda timnas Belanda itu", "Pria asal
// Medan tersebut"): it ends with itu or tersebut, names no person or
// organization, holds a word for a person, and its head is no word for a
// group, a body or a thing that speaks (laporan, pernyataan).
func (st *state) personDescription(first, end int) bool {
	if st.lx.Lang != "id" || end-first < 2 {
		return false
	}
	if f := st.d.Tokens[end-1].Fold; f != "itu" && f != "tersebut" {
		return false
	}
	for _, loc := range st.ents.Between(first, end) {
		if loc.Kind != entities.KindCountry {
			return false
		}
	}
	head := first
	if st.is(head, roleDet) {
		head++
	}
	if st.d.Tokens[head].Kind != article.Word || st.is(head, roleGroup|roleAnon|roleDet|roleThing) || st.pronoun(head) != 0 {
		return false
	}
	if _, ok := orgTypes[st.d.Tokens[head].Fold]; ok {
		return false
	}
	if _, _, ok := st.cueAt(head, head+1); ok {
		return false
	}
	// it must say it is a person: "Legenda …", "Pelatih asal Belanda itu",
	// "Mantan pemain Persija itu"; not "Aturan tersebut"
	for k := head; k < end-1; k++ {
		if st.is(k, rolePerson) || st.peopleWord(k) || st.titleAt(k, end) > 0 {
			return true
		}
	}
	return false
}

// namesBody reports whether [first, end) holds a bracketed acronym:
// "Kepala Staf Gabungan (JCS) Korea Selatan" names a body of its own, not
// the person mentioned before.
func (st *state) namesBody(first, end int) bool {
	for k := first; k < end; k++ {
		if st.punct(k, "(") {
			return true
		}
	}
	return false
}

// titleAt returns the length in words of a title that starts at token k and
// ends by end ("minister", "juru bicara", "health minister"), or 0. A word
// that merely starts some title ("health" of "health minister", "national"
// of "national police chief") is no title: "Health officials" and "the
// Health Ministry's survey" name no office holder.
func (st *state) titleAt(k, end int) int {
	if k < 0 || k >= end || st.d.Tokens[k].Kind != article.Word {
		return 0
	}
	if st.is(k, roleTitle) {
		return 1
	}
	if _, n, ok := st.lx.Titles.Match(end-k, func(i int) string { return st.d.Tokens[k+i].Fold }); ok {
		return n
	}
	return 0
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
		if st.followedByPossessive(loc.End) || st.credited(loc.First) {
			continue
		}
		return loc.Ref, true
	}
	return entities.Ref{}, false
}

// credited reports whether a photo or text credit stands just before token
// i ("(Photo: CNA/Ilham Saputra)", "Foto: Antara/Budi"): the person named
// there took the picture and is no antecedent.
func (st *state) credited(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if st.is(k, roleCredit) {
			return true
		}
		if t := st.d.Tokens[k]; t.Kind == article.Punct && !st.punct(k, ":") && !st.punct(k, "/") {
			return false
		}
	}
	return false
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

// lastClaim returns the latest claim whose cue comes before token i.
func (st *state) lastClaim(i int) (*Claim, bool) {
	off := st.d.Tokens[i].Start
	for k := len(st.claims) - 1; k >= 0; k-- {
		if c := &st.claims[k]; c.CueSpan.Start < off {
			return c, true
		}
	}
	return nil, false
}

// singular reports whether claim c has one unnamed source: anonymous, or a
// phrase for one ("Seorang pejabat", "A senior official").
func (st *state) singular(c *Claim) bool {
	if c.SourceMention == nil {
		return false
	}
	if c.SourceKind == KindAnonymous {
		return true
	}
	k := st.d.TokenAt(c.SourceMention.Start)
	return c.SourceKind == KindGroup && st.is(k, roleSingle)
}

// recent reports whether claim c was made in the sentence of token i or the
// one before it.
func (st *state) recent(c *Claim, i int) bool {
	si := int(st.d.Tokens[i].Sent)
	lo := st.d.Sentences[max(si-1, 0)].Span.Start
	return c.CueSpan.Start >= lo
}

// pluralAntecedent returns the plural group phrase a sentence-initial "they"
// or "mereka" at token i refers to: the subject of the previous sentence
// when it names people and is plural ("Ratusan orang tua murid", "Hundreds
// of farmers", "Residents").
func (st *state) pluralAntecedent(i int) (int, int, bool) {
	si := int(st.d.Tokens[i].Sent)
	if si == 0 || !st.atStart(i, st.contentStart(st.d.Sentences[si].First)) {
		return 0, 0, false
	}
	b := si - 1
	for b >= 0 && st.d.Paragraphs[st.d.Sentences[b].Para].Boilerplate {
		b--
	}
	if b < 0 || si-b > 2 {
		return 0, 0, false
	}
	s := st.d.Sentences[b]
	first := st.contentStart(s.First)
	for first < s.End && (st.is(first, roleConn) || st.comma(first)) {
		first++
	}
	// the subject runs to its last word for people, through at most one
	// other word between two of them ("orang tua murid"), and stops at a
	// verb ("Polisi menangkap tiga tersangka": Polisi)
	end := -1
	for k := first; k < s.End && k < first+6; k++ {
		if st.d.Tokens[k].Kind != article.Word || st.is(k, roleStop|roleComp|rolePrep) || st.verbLike(k) {
			break
		}
		if _, _, ok := st.cueAt(k, k+1); ok && !st.capitalized(k) {
			break
		}
		if loc, ok := st.ents.At(k); ok && loc.Kind == entities.KindPerson {
			return 0, 0, false
		}
		if st.peopleWord(k) {
			end = k + 1
		} else if end > 0 && k > end {
			break
		}
	}
	if end < 0 || st.is(first, roleSingle) {
		return 0, 0, false
	}
	if st.lx.Lang == "en" {
		h := st.d.Tokens[end-1].Fold
		if !strings.HasSuffix(h, "s") && !st.is(end-1, rolePlural) {
			return 0, 0, false
		}
	}
	return first, end, true
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
	"perseroan": "company", "emiten": "company",
	"kementerian": "government", "ministry": "government",
	"partai": "party", "party": "party",
	"kepolisian": "police", "police": "police",
	// words for any kind of organization: "lembaga itu", "the organisation"
	"lembaga": "", "institusi": "", "instansi": "", "organisasi": "",
	"organisation": "", "organization": "", "institution": "",
}

// bareDefinite lists the Indonesian nouns that business news uses without
// itu or tersebut for the company it is about: "Perseroan juga menyebutkan
// Y", "Emiten berkode MBPK itu" (the listed company, the issuer).
var bareDefinite = map[string]bool{"perseroan": true, "emiten": true}

// typedOrg resolves a definite description whose head names a kind of
// organization ("Perusahaan itu", "the company") to the organization of
// that type the text is about: of the source of the latest claim before it
// and the organizations of that type named earlier in the sentence, the one
// mentioned most often; else the latest organization of that type mentioned
// in the last sentences.
func (st *state) typedOrg(first, end int) (entities.Ref, bool) {
	head := st.d.Tokens[end-1].Fold
	if st.is(end-1, roleDet) && end-2 >= first {
		head = st.d.Tokens[end-2].Fold
	}
	if end-first != 2 && !(end-first == 1 && bareDefinite[head]) {
		return entities.Ref{}, false // only "the company", "perusahaan itu", "Perseroan"
	}
	typ, ok := orgTypes[head]
	if !ok {
		return entities.Ref{}, false
	}
	isType := func(r *entities.Ref) bool {
		return r != nil && r.Kind == entities.KindOrganization && r.Index < len(st.ents.Organizations) && (typ == "" || st.ents.Organizations[r.Index].Type == typ)
	}
	off := st.d.Tokens[first].Start
	var cands []entities.Ref
	for k := len(st.claims) - 1; k >= 0 && len(st.claims)-k <= 32; k-- {
		c := &st.claims[k]
		if c.CueSpan.Start < off && off-c.CueSpan.Start < 1500 && isType(c.SourceRef) {
			cands = append(cands, *c.SourceRef)
			break
		}
	}
	// "One of the people said PHH could raise its offer if Alder Rock
	// managed to rally shareholders, though the company has said …": an
	// organization of the type named earlier in the sentence competes with
	// the latest source; the one the text names most often wins
	si := int(st.d.Tokens[first].Sent)
	for _, loc := range st.ents.Between(max(st.d.Sentences[si].First, first-maxBackTokens), first) {
		if r := loc.Ref; isType(&r) {
			cands = append(cands, r)
		}
	}
	if len(cands) > 0 {
		best := cands[0]
		for _, r := range cands[1:] {
			if len(st.ents.Organizations[r.Index].Mentions) > len(st.ents.Organizations[best.Index].Mentions) {
				best = r
			}
		}
		return best, true
	}
	lo := st.d.Sentences[max(si-2, 0)].First
	locs := st.ents.Between(lo, first)
	for k := len(locs) - 1; k >= 0; k-- {
		if r := locs[k].Ref; isType(&r) {
			return r, true
		}
	}
	return entities.Ref{}, false
}

// describedName reports whether [first, end) is an organization's name after
// a lowercase description of it ("the trade body Nasscom", "state weather
// bureau PAGASA"): the name ends the phrase (or a bracketed acronym follows
// it) and the words before it are a determiner and lowercase words, with no
// preposition (a spokesman for X, officials of X) and no word for people.
func (st *state) describedName(first, end int) bool {
	locs := st.ents.Between(first, end)
	if len(locs) != 1 || locs[0].Kind != entities.KindOrganization || locs[0].First == first {
		return false
	}
	loc := locs[0]
	if loc.End != end && !(st.punct(loc.End, "(") && st.punct(end-1, ")") && end-loc.End <= 3) {
		return false
	}
	for k := first; k < loc.First; k++ {
		t := st.d.Tokens[k]
		if t.Kind != article.Word || st.capitalized(k) && !st.is(k, roleDet) {
			return false
		}
		if st.is(k, rolePrep|roleLink|roleTitle) || st.pronoun(k) != 0 {
			return false
		}
		if st.peopleWord(k) && !st.is(k, roleGroup) || st.is(k, roleGroup) && st.plural(k) {
			return false
		}
	}
	return true
}

// plural reports whether the word at token k is an English plural in -s
// ("officials", "analysts"), not a singular noun ("body", "bureau").
func (st *state) plural(k int) bool {
	f := st.d.Tokens[k].Fold
	return st.is(k, rolePlural) || strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss")
}

// formers are the words that make a title a past office.
var formers = []string{"former", "ex", "mantan", "eks"}

// formerIn reports whether words hold a word for a past office.
func formerIn(words map[string]bool) bool {
	for _, w := range formers {
		if words[w] {
			return true
		}
	}
	return false
}

// wordSet returns the lowercase words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		m[w] = true
	}
	return m
}
