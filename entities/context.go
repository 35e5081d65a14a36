package entities

// Words around a name that tell what it names: roles and organization
// nouns before it, appositions after it, "said it" and company possessives,
// and the links the text makes between names (nicknames, short forms,
// "known as", "or X").

import (
	"slices"
	"strconv"
	"strings"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/ner"
)

// namingWords link a noun to a name that is not the noun's own:
// "perusahaan milik Budi", "staf perusahaan bernama Wulan Sari".
var namingWords = map[string]bool{
	"bernama": true, "berinisial": true, "dinamai": true, "disebut": true, "milik": true,
	"pemilik": true, "yakni": true, "yaitu": true, "adalah": true, "named": true, "called": true,
}

// nicknameCues introduce another name of the person just named: "Jonatan
// Christie, yang akrab disapa Jojo", "Muhammad Sholeh – known to everyone
// as Pak Mat –"; sapaan marks the reverse order: "Jojo, sapaan akrab
// Jonatan Christie".
var nicknameCues = map[string]bool{"disapa": true, "dipanggil": true, "nicknamed": true, "as": true, "sebagai": true, "alias": true, "sapaan": true, "initials": true, "acronym": true, "singkatan": true}

// companyWords follow an organization's possessive: "Belanja Kita's chief
// executive", "the firm's shareholders". A person has none of these.
var companyWords = map[string]bool{
	"ceo": true, "shares": true, "shareholders": true, "board": true, "employees": true,
	"customers": true, "headquarters": true, "subsidiary": true, "subsidiaries": true,
	"stock": true, "revenue": true, "profit": true, "chief": true, "chairman": true,
	"chairwoman": true, "management": true, "members": true, "staff": true, "website": true,
}

// maxShortFormOrgs bounds how many organizations a short form is compared
// with.
const maxShortFormOrgs = 64

// legalForms open company names: PT Telkom, CV Maju, Perum Bulog.
var legalForms = map[string]bool{"pt": true, "cv": true, "pd": true, "perum": true, "perumda": true}

// roleWord reports whether token k is a singular role noun written in lower
// case (fisherman, physician, petani), which can stand before a name like a
// title. A plural ("residents") names a group, not the person after it.
func (b *builder) roleWord(k int) bool {
	t := b.tok(k)
	if t.Kind != article.Word || t.Is(article.Capitalized) || t.Is(article.AllCaps) || b.taken[k] || !b.lx.Roles.Has(t.Fold) || b.lx.RolesOf.Has(t.Fold) {
		return false
	}
	if k > 0 && b.lx.Stopwords.Has(b.tok(k-1).Fold) && b.isQuantifier(k-1) {
		return false // "para petani", "sejumlah warga"
	}
	if stem, ok := strings.CutSuffix(t.Fold, "s"); ok && b.lx.Roles.Has(stem) {
		return false
	}
	if stem, ok := strings.CutSuffix(t.Fold, "es"); ok && b.lx.Roles.Has(stem) {
		return false
	}
	return !strings.HasSuffix(t.Fold, "men") && !strings.HasSuffix(t.Fold, "people")
}

// isQuantifier reports whether token k makes the noun after it plural.
func (b *builder) isQuantifier(k int) bool {
	switch b.tok(k).Fold {
	case "para", "sejumlah", "beberapa", "banyak", "ratusan", "ribuan", "puluhan", "many", "several", "some", "two", "three", "other":
		return true
	}
	return false
}

// orgNounBefore reports whether a lower-case noun for a kind of
// organization stands right before token i, possibly after a hyphenated or
// lower-case modifier: "the cyber-security firm Kyra Threat Intelligence",
// "state lender Rosselkhozbank", "perusahaan rintisan PayNest".
func (b *builder) orgNounBefore(i, sentFirst int) bool {
	for k := i - 1; k >= sentFirst && i-k <= 3; k-- {
		t := b.tok(k)
		if t.Kind != article.Word || t.Is(article.Capitalized) && !t.Is(article.SentStart) || t.Is(article.AllCaps) || b.taken[k] {
			return false
		}
		if b.lx.OrgNouns.Has(t.Fold) {
			return true
		}
		if b.lang() == "en" || namingWords[t.Fold] || b.lx.Stopwords.Has(t.Fold) {
			return false // English puts the noun last: "the firm", not "firm cyber"
		}
	}
	return false
}

// appositionClass reads an apposition after a name ending at token j: "X,
// an emergency physician at …," or "X, 52," makes X a person; "X, a British
// cold-storage firm," or "X, lokapasar daring asal Jakarta," an
// organization; "X (45)" a person. It returns KindPerson,
// KindOrganization, or 0 when the text says nothing.
func (b *builder) appositionClass(j int) Kind {
	n := len(b.d.Tokens)
	if j+2 < n && b.text(j) == "(" && b.tok(j+1).Kind == article.Number && b.text(j+2) == ")" {
		if v, err := strconv.Atoi(b.text(j + 1)); err == nil && v > 0 && v < 120 {
			return KindPerson // "Sutrisno (52)"
		}
	}
	if j+1 >= n || b.text(j) != "," {
		return 0
	}
	para := b.tok(j).Para
	if t := b.tok(j + 1); t.Kind == article.Number && j+2 < n && b.text(j+2) == "," {
		if v, err := strconv.Atoi(b.text(j + 1)); err == nil && v > 0 && v < 120 {
			return KindPerson // "Andi Baso, 52,"
		}
	}
	words := 0
	for k := j + 1; k < n && k-j <= 6; k++ {
		t := b.tok(k)
		if t.Para != para || t.Kind == article.Punct || t.Kind == article.Quote {
			return 0
		}
		if b.article(t.Fold) && words > 0 || b.lx.PlaceWords.Has(t.Fold) {
			return 0 // "Sulawesi, a region the Indonesian president …": the head came and went
		}
		words++
		if t.Is(article.Capitalized) && k > j+1 && !strings.Contains(t.Fold, "-") {
			if _, m, ok := b.country(k, min(n, k+4)); !ok || m == 0 {
				return 0 // a name: "X, the Y …" is a list or a new clause
			}
		}
		if t.Kind != article.Word {
			continue
		}
		if b.lx.OrgNouns.Has(t.Fold) {
			return KindOrganization
		}
		isRole := b.lx.Roles.Has(t.Fold) && b.roleWordAt(k)
		_, m, isTitle := b.lx.Titles.Match(n-k, func(m int) string { return b.tok(k + m).Fold })
		if !isTitle {
			m = 1
		}
		if isRole || isTitle {
			if k+m < n && b.isNameToken(k+m) {
				return 0 // "In Timbulsloko, fisherman Sholeh …": the role is the next name's title
			}
			return KindPerson
		}
		if b.lx.Pronouns[t.Fold].Kind != "" || (b.lx.Stopwords.Has(t.Fold) && !b.article(t.Fold)) {
			return 0 // "X, which owns …", "X, who …"
		}
	}
	return 0
}

// afterLocative reports whether a preposition of place stands right
// before token i: "in Kent, …", "di Senayan, …".
func (b *builder) afterLocative(i int) bool {
	return i > 0 && b.tok(i-1).Kind == article.Word && b.lx.Locatives.Has(b.tok(i-1).Fold)
}

// roleWordAt is roleWord without the case test, for a role heading an
// apposition.
func (b *builder) roleWordAt(k int) bool {
	f := b.tok(k).Fold
	if stem, ok := strings.CutSuffix(f, "s"); ok && b.lx.Roles.Has(stem) {
		return false
	}
	return !strings.HasSuffix(f, "men") && !strings.HasSuffix(f, "people")
}

// personRun reports whether the run starting at token i (ending at
// b.runEnd) may be a person's name after a role noun: not a region, a known
// organization, or a name the tagger calls a place or an organization
// ("warga Cakung Barat", "sumber BolaSport", "karyawan Pertamina").
func (b *builder) personRun(i int) bool {
	j := i
	for j < b.runEnd && !connectors[b.tok(j).Fold] {
		j++ // up to a connector: "Wanchai Pongsiri | of Thammasat University"
	}
	if j <= i {
		return false
	}
	w := func(n int) string { return b.tok(i + n).Fold }
	if _, _, ok := b.lx.Regions.Match(j-i, w); ok {
		return false
	}
	if _, _, ok := b.lx.OrgIndex.Match(j-i, w); ok {
		return false
	}
	if _, _, ok := b.country(i, j); ok {
		return false
	}
	switch b.nerLabel(i, j) {
	case ner.LabelLocation:
		return false
	case ner.LabelOrganization:
		// the tagger runs names into the organization after them ("Wanchai
		// Pongsiri of Thammasat University"): believe it only when the
		// words themselves look like an organization's
		return !(b.orgPatternAt(i, j) || b.endsWithTail(i, j) || b.orgNamed(i, j))
	}
	return true
}

// employerAfterRole reports whether the run at token i follows a role or
// title and "at": "a metals analyst at Macquarie", "a professor at Waseda
// University" name the person's employer, an organization.
func (b *builder) employerAfterRole(i, sentFirst int) bool {
	if i-2 < sentFirst || b.tok(i-1).Fold != "at" {
		return false
	}
	f := b.tok(i - 2).Fold
	return !b.tok(i-2).Is(article.Capitalized) && (b.lx.Roles.Has(f) || b.lx.Titles.Has(f))
}

// orgsByContext turns into organizations the "people" that the words
// around them show to be organizations: "Belanja Kita said it had …" (a
// speech verb with "it" after the name), "Belanja Kita's chief executive"
// (a company word after the possessive). A person with a title, an
// honorific, a known name or a gender stays a person.
func (b *builder) orgsByContext() {
	if b.lang() != "en" {
		return // Indonesian "pihaknya" and "-nya" say nothing about the kind
	}
	kept := b.people[:0]
	for _, p := range b.people {
		if len(p.titles) > 0 || p.known >= 0 || b.honorificBefore(p) || !b.orgContext(p) {
			kept = append(kept, p)
			continue
		}
		b.addOrgMentions(p)
	}
	b.people = kept
}

// orgContext reports whether one of p's mentions is followed by a speech
// verb and "it"/"its", or by a possessive and a company word, and none by a
// gendered pronoun.
func (b *builder) orgContext(p *personB) bool {
	n := len(b.d.Tokens)
	found := false
	for _, m := range p.mentions {
		k := m.end
		if k < n && b.tok(k).Is(article.Possessive) && k+1 < n && companyWords[b.tok(k+1).Fold] {
			found = true
		}
		if k+1 < n && b.tok(k).Sent == b.tok(m.first).Sent {
			if _, ok := b.lx.SpeechVerbs[b.tok(k).Fold]; ok {
				next := k + 1
				if next < n && b.tok(next).Fold == "that" {
					next++
				}
				if next < n {
					switch b.tok(next).Fold {
					case "it", "its":
						found = true
					case "he", "she", "his", "her":
						return false
					}
				}
			}
		}
	}
	return found
}

// addOrgMentions makes an organization of the mentions of p (whose tokens
// are already taken).
func (b *builder) addOrgMentions(p *personB) *orgB {
	o := &orgB{name: p.name, first: firstOf(p.mentions), mentions: p.mentions}
	for _, a := range p.aliases {
		o.aliases = appendUnique(o.aliases, a)
	}
	b.orgs = append(b.orgs, o)
	for _, a := range o.aliases {
		if b.orgKeys[strings.ToLower(a)] == nil {
			b.orgKeys[strings.ToLower(a)] = o
		}
	}
	return o
}

// orgShortForms moves to an organization the "people" whose whole name is
// the start of that organization's name: "Pacific Harbour" after "Pacific
// Harbour Holdings", "Zenvault" after "Zenvault Capital", "Meridian" after
// "Meridian Cold Chain". A person with a title, an honorific or a known name
// stays a person.
func (b *builder) orgShortForms() {
	if len(b.orgs) == 0 {
		return
	}
	kept := b.people[:0]
	for _, p := range b.people {
		o := b.orgStartingWith(p.words)
		if o == nil || len(p.titles) > 0 || p.known >= 0 || b.honorificBefore(p) {
			kept = append(kept, p)
			continue
		}
		for _, m := range p.mentions {
			o.mentions = append(o.mentions, m)
			o.aliases = appendUnique(o.aliases, b.d.Text[b.tok(m.first).Start:b.tok(m.end-1).End])
		}
	}
	b.people = kept
}

// orgStartingWith returns the organization whose name has more words than
// words and starts with them, or nil.
func (b *builder) orgStartingWith(words []string) *orgB {
	if len(words) == 0 {
		return nil
	}
	// the most recent organizations only, so that the cost stays linear in
	// the article's length
	for n := len(b.orgs) - 1; n >= 0 && len(b.orgs)-n <= maxShortFormOrgs; n-- {
		o := b.orgs[n]
		if o.name == "" {
			continue
		}
		ow := b.foldWords(o.name)
		if len(ow) > 2 && legalForms[ow[0]] {
			ow = ow[1:] // "PT Halmahera Nikel Persada Tbk" is also "Halmahera Nikel …"
		}
		if len(ow) > len(words) && slices.Equal(ow[:len(words)], words) {
			return o
		}
	}
	return nil
}

// honorificBefore reports whether an honorific stands right before one of
// p's mentions.
func (b *builder) honorificBefore(p *personB) bool {
	for _, m := range p.mentions {
		if m.first > 0 && b.isHonorific(m.first-1) {
			return true
		}
	}
	return false
}

// nicknames merges a person named by a nickname into the person the text
// links it to.
func (b *builder) nicknames() {
	if len(b.people) < 2 {
		return
	}
	owner := map[int]*personB{}
	for _, p := range b.people {
		for _, m := range p.mentions {
			owner[m.first] = p
		}
	}
	merged := map[*personB]*personB{}
	root := func(p *personB) *personB {
		for merged[p] != nil {
			p = merged[p]
		}
		return p
	}
	for _, p := range b.people {
		for _, m := range p.mentions {
			k, reverse := b.nicknameAfter(m.end)
			if k < 0 {
				continue
			}
			q := owner[k]
			if q == nil || root(q) == root(p) {
				continue
			}
			from, into := root(q), root(p)
			if reverse {
				from, into = into, from // "Jojo, sapaan akrab Jonatan Christie"
			}
			merged[from] = into
		}
	}
	if len(merged) == 0 {
		return
	}
	kept := b.people[:0]
	for _, p := range b.people {
		into := root(p)
		if into == p {
			kept = append(kept, p)
			continue
		}
		into.mentions = append(into.mentions, p.mentions...)
		for _, a := range p.aliases {
			into.aliases = appendUnique(into.aliases, a)
		}
		for _, t := range p.titles {
			into.titles = appendUnique(into.titles, t)
		}
	}
	b.people = kept
}

// nicknameAfter returns the first token of the name that a nickname cue
// after token j introduces, or -1, and whether the cue is sapaan (the name
// after it is the full one).
func (b *builder) nicknameAfter(j int) (int, bool) {
	n := len(b.d.Tokens)
	if j >= n {
		return -1, false
	}
	sent := b.tok(j - 1).Sent
	for k := j; k < n && k-j <= 12 && b.tok(k).Sent == sent; k++ {
		t := b.tok(k)
		if t.Kind == article.Quote || t.Is(article.Terminal) {
			return -1, false
		}
		if !nicknameCues[t.Fold] {
			continue
		}
		if (t.Fold == "as" || t.Fold == "initials" || t.Fold == "acronym") && !b.knownBefore(k) {
			continue
		}
		e := k + 1
		for e < n && e-k <= 3 && (b.tok(e).Kind == article.Word && !b.isNameToken(e) && !b.isHonorific(e)) {
			e++ // "sapaan akrab", "known to everyone as"
		}
		for e < n && b.isHonorific(e) {
			e++
		}
		if e < n && b.isNameToken(e) {
			return e, t.Fold == "sapaan"
		}
		return -1, false
	}
	return -1, false
}

// knownBefore reports whether "known" stands within three words before
// token k: "known as", "known to everyone as".
func (b *builder) knownBefore(k int) bool {
	for x := k - 1; x >= 0 && k-x <= 5; x-- {
		if b.tok(x).Fold == "known" || b.tok(x).Fold == "dikenal" {
			return true
		}
	}
	return false
}

// orgNicknames makes an alias of the name that "known as" or "known by its
// initials" introduces after an organization: "the Jakarta Legal Aid
// Institute, known by its Indonesian initials LBH".
func (b *builder) orgNicknames() {
	owner := map[int]*personB{}
	for _, p := range b.people {
		for _, m := range p.mentions {
			owner[m.first] = p
		}
	}
	orgAt := map[int]*orgB{}
	for _, o := range b.orgs {
		for _, m := range o.mentions {
			orgAt[m.first] = o
		}
	}
	moved := map[*personB]bool{}
	for _, o := range b.orgs {
		if o.name == "" {
			continue
		}
		for _, m := range o.mentions {
			k, _ := b.nicknameAfter(m.end)
			if k < 0 {
				continue
			}
			q := orgAt[k]
			if q == nil && !b.taken[k] {
				// the short name is not a mention yet, but names a body
				// found elsewhere ("Walhi said it would sue")
				if q = b.orgKeys[strings.ToLower(b.text(k))]; q != nil && b.mark(k, k+1) {
					q.mentions = append(q.mentions, span{k, k + 1})
				}
			}
			if q != nil && q != o && q.name != "" && len(strings.Fields(q.name)) == 1 {
				// "the Indonesian Forum for the Environment, known by its
				// local acronym Walhi": the short name is the same body
				o.mentions = append(o.mentions, q.mentions...)
				for _, a := range q.aliases {
					o.aliases = appendUnique(o.aliases, a)
				}
				for key, v := range b.orgKeys {
					if v == q {
						b.orgKeys[key] = o
					}
				}
				q.name = ""
				continue
			}
			if p := owner[k]; p != nil && !moved[p] && len(p.titles) == 0 && len(p.words) == 1 {
				// an acronym the tagger took for a person
				moved[p] = true
				for _, pm := range p.mentions {
					o.mentions = append(o.mentions, pm)
					o.aliases = appendUnique(o.aliases, b.d.Text[b.tok(pm.first).Start:b.tok(pm.end-1).End])
				}
			}
		}
	}
	if len(moved) == 0 {
		return
	}
	kept := b.people[:0]
	for _, p := range b.people {
		if !moved[p] {
			kept = append(kept, p)
		}
	}
	b.people = kept
}

// orAlias reads another name of the organization that ends at token j,
// given as ", or X," / ", atau X,": "Indonesia's Election Supervisory
// Agency, or Bawaslu, warned …".
func (b *builder) orAlias(j int) {
	n := len(b.d.Tokens)
	isOr := func(k int) bool { return k < n && (b.tok(k).Fold == "or" || b.tok(k).Fold == "atau") }
	if j+3 >= n || !(b.text(j) == "," && isOr(j+1) || isOr(j)) {
		return
	}
	var o *orgB
	for _, x := range b.orgs {
		if len(x.mentions) > 0 && x.mentions[len(x.mentions)-1].end == j {
			o = x
		}
	}
	if o == nil {
		return
	}
	start := j + 2
	if isOr(j) {
		// "CPIB atau Corrupt Practices Investigation Bureau": without a comma
		// only an expansion whose initials spell the acronym before it
		start = j + 1
	}
	e := start
	for e < n && e-start <= 8 && (b.isNameToken(e) || connectors[b.tok(e).Fold] && e+1 < n && b.isNameToken(e+1)) && !b.taken[e] && b.tok(e).Sent == b.tok(j).Sent {
		e++
	}
	if e == start || e > n {
		return
	}
	if isOr(j) {
		last := o.mentions[len(o.mentions)-1]
		if last.end-last.first != 1 || !b.tok(last.first).Is(article.AllCaps) || e-start < 2 || !b.initialsMatch(start, e, b.text(last.first)) {
			return
		}
	} else if e >= n || (b.text(e) != "," && !b.tok(e).Is(article.Terminal)) {
		return
	}
	if _, _, isCountry := b.country(start, e); isCountry || !b.mark(start, e) {
		return
	}
	alias := b.d.Text[b.tok(start).Start:b.tok(e-1).End]
	if isOr(j) {
		o.acronym = o.name
		o.name = alias // the expansion names it
	}
	o.aliases = appendUnique(o.aliases, alias)
	o.mentions = append(o.mentions, span{start, e})
	b.orgKeys[strings.ToLower(alias)] = o
	if e-start == 1 && b.tok(start).Is(article.AllCaps) && o.acronym == "" {
		o.acronym = alias
	}
}
