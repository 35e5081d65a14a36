package entities

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/lexicon"
	"github.com/wartalab/warta/ner"
)

// Options configure an [Extractor]. The zero value is ready to use.
type Options struct {
	// DisableTagger turns off the statistical name tagger (package ner);
	// only lexicons and rules are used then.
	DisableTagger bool
}

// An Extractor finds entities in parsed articles. It is immutable after
// [New] and safe for concurrent use by multiple goroutines.
type Extractor struct {
	opts Options
}

// New builds an Extractor. The lexicons are loaded here; the tagger model
// of a language is loaded once per process, on the first article in that
// language (about 70 ms each), so that a program reading only Indonesian
// never pays for the English model.
func New(opts Options) (*Extractor, error) {
	for _, l := range lexicon.Languages {
		lexicon.For(l)
	}
	return &Extractor{opts: opts}, nil
}

// tagger returns the tagger for lang, or nil when it is disabled or missing.
func (x *Extractor) tagger(lang string) *ner.Tagger {
	if x.opts.DisableTagger {
		return nil
	}
	t, err := ner.Load(lang)
	if err != nil {
		return nil
	}
	return t
}

// Extract returns the entities of doc. It never fails: damaged text simply
// yields fewer entities.
func (x *Extractor) Extract(doc *article.Doc) *Set {
	lang := doc.Lang
	if lang == article.Unknown {
		lang = "en"
	}
	b := &builder{d: doc, lx: lexicon.For(lang), countries: map[string]*countryB{}, orgKeys: map[string]*orgB{}}
	b.tagger = x.tagger(lang)
	for si := range doc.Sentences {
		s := doc.Sentences[si]
		if doc.Paragraphs[s.Para].Boilerplate {
			continue
		}
		b.sentence(s.First, s.End)
	}
	b.lists()
	b.orgsByContext()
	b.orgShortForms()
	b.nameParts()
	b.nicknames()
	b.orgNicknames()
	return b.set()
}

type builder struct {
	d         *article.Doc
	lx        *lexicon.Set
	tagger    *ner.Tagger // nil when disabled
	tags      []string    // NER tag per token, filled per sentence on demand
	tagged    []bool      // sentences already tagged
	words     []string    // scratch buffer for the tagger
	people    []*personB
	orgs      []*orgB
	orgKeys   map[string]*orgB
	countries map[string]*countryB
	corder    []*countryB
	taken     []bool          // tokens already part of a person or organization mention
	ctaken    []bool          // tokens already part of a country mention
	lower     map[string]bool // folded words that occur in lower case in the text
	notOrgs   map[string]bool // acronyms the text defines for things that are not organizations
	headlines []int8          // per paragraph: 0 unknown, 1 title-case headline, -1 not
	runEnd    int             // end of the run being parsed
	pending   *runCtx         // titles waiting for a name after "," or "(ACR)"
	pendingAt int             // token where the pending name must start
	foldCount map[string]int  // all-caps words outside boilerplate -> occurrences
	capCounts map[string]int  // capitalised words outside boilerplate -> occurrences
}

type personB struct {
	words    []string // folded name words
	name     string
	known    int // index in lexicon People, or -1
	aliases  []string
	titles   []string
	aff      *Affiliation
	mentions []span
}

type orgB struct {
	name, acronym, typ string
	aliases            []string
	mentions           []span
	first              int
}

type countryB struct {
	code     string
	mentions []CountryMention
	spans    []span
}

type span struct{ first, end int }

// tag returns the tagger's BIO tag for token k ("" without a tagger). A
// sentence is tagged the first time one of its tokens is asked about, so
// sentences the lexicons settle alone cost nothing.
func (b *builder) tag(k int) string {
	if b.tagger == nil || k < 0 || k >= len(b.d.Tokens) {
		return ""
	}
	if b.tags == nil {
		b.tags = make([]string, len(b.d.Tokens))
		b.tagged = make([]bool, len(b.d.Sentences))
	}
	si := b.d.Tokens[k].Sent
	if !b.tagged[si] {
		b.tagged[si] = true
		s := b.d.Sentences[si]
		words := b.words[:0]
		for i := s.First; i < s.End; i++ {
			words = append(words, b.d.TokenText(i))
		}
		b.words = words
		for i, t := range b.tagger.Tag(words) {
			b.tags[s.First+i] = t
		}
	}
	return b.tags[k]
}

func (b *builder) tok(i int) article.Token { return b.d.Tokens[i] }
func (b *builder) text(i int) string       { return b.d.TokenText(i) }

// isNameToken reports whether token i can be part of a proper name run.
func (b *builder) isNameToken(i int) bool {
	t := b.tok(i)
	if t.Kind != article.Word || t.Is(article.Dateline) || t.Is(article.Possessive) {
		return false
	}
	return t.Is(article.Capitalized) || t.Is(article.AllCaps)
}

// connector words may join capitalised words inside a name: "Institute for
// National Security Strategy", "bin", "van der".
var connectors = map[string]bool{
	"of": true, "for": true, "and": true, "the": true, "on": true, "&": true,
	"bin": true, "binti": true, "van": true, "der": true, "den": true, "von": true, "de": true,
	"da": true, "al": true, "el": true, "dan": true, "untuk": true,
	// a lower-case honorific inside a name: "RSUD dr. Soetomo", "RSUD Prof.
	// Dr. W. Z. Johannes"
	"dr.": true, "dr": true, "prof.": true, "ir.": true,
}

// englishOrg reports whether [i, j) has the head or tail of an English
// organization name, as Indonesian news keeps English names as they are
// ("Institute for National Security Strategy").
func (b *builder) englishOrg(i, j int) bool {
	en := lexicon.For("en")
	if en == b.lx {
		return false
	}
	for k := i; k < j; k++ {
		f := b.tok(k).Fold
		if en.OrgHeads.Has(f) && k == i || en.OrgTails.Has(f) && k == j-1 {
			return true
		}
	}
	return false
}

// nameConnectors join the words of a person's name; the other connectors
// only join organization names.
var nameConnectors = map[string]bool{
	"bin": true, "binti": true, "van": true, "der": true, "den": true, "von": true, "de": true,
	"da": true, "al": true, "el": true, "dr.": true, "dr": true, "prof.": true, "ir.": true,
}

// sentence scans the capitalised runs of one sentence.
func (b *builder) sentence(first, end int) {
	if b.taken == nil {
		b.taken = make([]bool, len(b.d.Tokens))
		b.ctaken = make([]bool, len(b.d.Tokens))
		b.lower = map[string]bool{}
		b.notOrgs = map[string]bool{}
		for i := range b.d.Tokens {
			t := &b.d.Tokens[i]
			if t.Kind == article.Word && !t.Is(article.Capitalized) && !t.Is(article.AllCaps) {
				b.lower[t.Fold] = true
			}
		}
	}
	for i := first; i < end; {
		if !b.isNameToken(i) {
			i++
			continue
		}
		j := i + 1
		for j < end {
			if b.isNameToken(j) {
				j++
				continue
			}
			t := b.tok(j)
			if t.Kind == article.Word && connectors[t.Fold] && j+1 < end && b.isNameToken(j+1) && t.Is(article.SpaceBefore) && !b.demonymAfterAnd(j, end) && !b.dateWord(j+1) {
				j++
				continue
			}
			if t.Kind == article.Word && (t.Fold == "of" || t.Fold == "for" || t.Fold == "and") && j+2 < end && b.tok(j+1).Fold == "the" && b.isNameToken(j+2) {
				j += 2 // "University of the Philippines", "Institute for the Study of War"
				continue
			}
			if t.Kind == article.Number && len(b.text(j)) <= 4 && b.tok(j).Is(article.SpaceBefore) {
				// "Detachment 88", "Piala Dunia 2026": kept only if an
				// organization pattern claims it.
				j++
				continue
			}
			break
		}
		// connectors and numbers never end a run
		for j > i+1 && !b.isNameToken(j-1) && b.tok(j-1).Kind != article.Number {
			j--
		}
		lead := i
		for lead < j-1 && b.stop(lead) {
			lead++
		}
		if k := b.listedName(lead, j, end); k > j {
			// "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"
			b.addOrg(lead, k, "", "", b.orgKind(lead, k))
			b.parenthetical(k)
			i = k
			continue
		}
		b.run(i, j, first)
		i = j
	}
}

// listedName extends the run [i, j) over a comma-and list of capitalised
// words when an acronym in parentheses follows whose letters are the
// initials of the words: "Badan Meteorologi, Klimatologi, dan Geofisika
// (BMKG)", "Philippine Atmospheric, Geophysical and Astronomical Services
// Administration (PAGASA)". It returns the new end, or j.
func (b *builder) listedName(i, j, end int) int {
	if j >= end || b.text(j) != "," {
		return j
	}
	k := j
	joined := false
	for k < end && k < j+16 {
		t := b.tok(k)
		switch {
		case b.isNameToken(k):
			k++
			continue
		case t.Kind == article.Punct && b.text(k) == ",":
			k++
			continue
		case t.Kind == article.Word && listJoiners[t.Fold] && t.Fold != "or" && t.Fold != "atau":
			joined = true
			k++
			continue
		}
		break
	}
	if !joined || k+2 >= end || b.text(k) != "(" || b.text(k+2) != ")" || !b.tok(k+1).Is(article.AllCaps) || !b.isNameToken(k-1) {
		return j
	}
	var initials []rune
	for x := i; x < k; x++ {
		if b.isNameToken(x) {
			r, _ := utf8.DecodeRuneInString(b.text(x))
			initials = append(initials, unicode.ToUpper(r))
		}
	}
	if !subsequence([]rune(b.text(k+1)), initials) {
		// a translated name of a known organization: "the Meteorology,
		// Climatology and Geophysics Agency (BMKG)"
		if _, known := b.lx.OrgIndex.Get(strings.ToLower(b.text(k + 1))); !known || !b.endsWithTail(i, k) {
			return j
		}
	}
	return k
}

// initialsMatch reports whether acr spells, in order, initials of the
// capitalised words of [i, j).
func (b *builder) initialsMatch(i, j int, acr string) bool {
	var initials []rune
	for x := i; x < j; x++ {
		if b.isNameToken(x) {
			r, _ := utf8.DecodeRuneInString(b.text(x))
			initials = append(initials, unicode.ToUpper(r))
		}
	}
	a := []rune(acr)
	return len(a) >= 2 && len(initials) >= 2 && subsequence(a, initials) && a[0] == initials[0]
}

// subsequence reports whether every rune of a occurs in b in order.
func subsequence(a, b []rune) bool {
	n := 0
	for _, r := range b {
		if n < len(a) && a[n] == r {
			n++
		}
	}
	return n == len(a) && len(a) >= 2
}

// run parses one capitalised run [i, j) left to right.
func (b *builder) run(i, j, sentFirst int) {
	lx := b.lx
	b.runEnd = j
	ctx := runCtx{}
	apposed := false
	if b.pending != nil && b.pendingAt == i && b.opensWithTitle(i, j) && i > 0 && b.text(i-1) == "," {
		b.pending = nil // "Menurut Menlu, Presiden Prabowo …": the run has its own title
	}
	if b.pending != nil && b.pendingAt == i {
		// "Menlu Estonia, Urmas Reinsalu", "Kepala Badan Pangan Nasional (Bapanas) Arief Prasetyo Adi"
		ctx = *b.pending
		apposed = j-i >= 2
	} else {
		// a lower-case title just before the run: "said foreign minister Retno"
		var start int
		ctx.titles, start = b.titleBefore(i, sentFirst)
		ctx.titleBefore = len(ctx.titles) > 0
		if ctx.titleBefore && start > 0 {
			// "Kremlin spokesman Dmitry Peskov", "KPK spokesperson Ali Fikri"
			ctx.aff = b.affiliationEndingAt(start)
		}
	}
	if b.pending != nil && i >= b.pendingAt {
		b.pending = nil
	}
	ctx.first, ctx.end = i, j
	if !ctx.titleBefore && (b.orgNounBefore(i, sentFirst) || b.employerAfterRole(i, sentFirst)) {
		ctx.classBefore = KindOrganization
	}
	ctx.classAfter = b.appositionClass(j)
	seg := -1
	segCountry := false // the open segment started with a country adjective
	// flush classifies the open segment [seg, k). cont says a lexicon match
	// follows inside the run, which makes a titled segment part of the title.
	flush := func(k int, cont bool) {
		if seg >= 0 && seg < k {
			if cont && k < j && ctx.personal() && !ctx.honorific && !segCountry {
				// more of the run follows: "Direktur Penyidikan KPK Asep
				// Guntur" - the words belong to the title
				ctx.extendTitle(b.d.Text[b.tok(seg).Start:b.tok(k-1).End])
			} else {
				b.segment(seg, k, &ctx)
			}
		}
		seg = -1
		segCountry = false
	}
	if j < len(b.d.Tokens) && b.tok(j).Fold == "police" && !b.tok(j).Is(article.Capitalized) && b.tok(j).Sent == b.tok(i).Sent && b.placeRun(i, j) {
		// "Central Sulawesi police", "Jakarta police": the police of a place
		ob := b.addOrg(i, j+1, "", "", "police")
		if ref, m, ok := b.country(i, j); ok && i+m == j {
			b.addCountry(i, j, ref)
		}
		_ = ob
		return
	}
	if b.placeWords(i, j) && !b.namesWithin(i, j) {
		// "South China Sea", "Laut China Selatan": only the countries count
		for k := i; k < j; k++ {
			if ref, m, ok := b.country(k, j); ok && ref.Kind == lexicon.CountryName {
				b.addCountry(k, k+m, ref)
				k += m - 1
			}
		}
		return
	}
	for k := i; k < j; {
		word := func(n int) string {
			if k+n < j {
				return b.tok(k + n).Fold
			}
			return "\x00"
		}
		n := j - k
		// numbers only belong to organization names
		if b.tok(k).Kind == article.Number {
			flush(k, true)
			k++
			continue
		}
		if idx, m, ok := lx.PeopleIndex.Match(n, word); ok && seg < 0 && b.allCaps(k, k+m) {
			b.addPerson(k, k+m, &ctx, idx)
			k += m
			continue
		}
		if idx, m, ok := lx.OrgIndex.Match(n, word); ok && b.orgCase(k, k+m) && !b.headBefore(seg, k) && !b.knownNameStartsPerson(k, m, j) {
			// (a known name that starts a person's name is the person's:
			// "Chelsea Islan", "Everton Ribeiro")
			o := lx.Orgs[idx]
			if seg >= 0 && segCountry && (localKinds[o.Kind] || !strings.EqualFold(b.foldsJoined(k, k+m), strings.ToLower(o.Name))) {
				// a place before a known body makes a local one: "Jakarta
				// Metropolitan Police", "Philippine Red Cross"
				ob := b.addOrg(seg, k+m, "", "", o.Kind)
				ob.aliases = appendUnique(ob.aliases, b.d.Text[b.tok(k).Start:b.tok(k+m-1).End])
				ctx.affiliate(Affiliation{Kind: KindOrganization, Name: ob.name})
				seg, segCountry = -1, false
				k += m
				continue
			}
			flush(k, true)
			_, _, generic := lx.OrgHeads.Match(m, word)
			if k+m < j {
				if ref, cm, ok := b.country(k+m, j); ok && ref.Kind == lexicon.CountryName && !generic && k+m+cm == j && !stateKinds[o.Kind] {
					// a national branch: "Amnesty International Indonesia",
					// "UNICEF Indonesia"
					ob := b.addOrg(k, j, "", "", o.Kind)
					ob.aliases = appendUnique(ob.aliases, o.Name)
					b.addCountry(k+m, j, ref)
					ctx.affiliate(Affiliation{Kind: KindOrganization, Name: ob.name})
					k = j
					continue
				}
			}
			if generic && k+m < j {
				if ref, cm, ok := b.country(k+m, j); ok && ref.Kind != lexicon.CountryDemonym && (k+m+cm == j || b.personAt(k+m+cm) || len(ctx.titles) > 0) {
					// a ministry of another country: its own organization,
					// possibly before its spokesperson's name ("Kementerian
					// Luar Negeri China Guo Jiakun")
					e := k + m + cm
					ob := b.addOrg(k, e, "", "", o.Kind)
					b.addCountry(k+m, e, ref)
					ctx.affiliate(Affiliation{Kind: KindOrganization, Name: ob.name})
					k = e
					continue
				}
			}
			if e := b.tailsAfter(k+m, j); e > k+m {
				// "Grab Holdings", "Airbus Group": the known name with a tail
				ob := b.addOrg(k, e, "", "", o.Kind)
				if b.tailsOnly(k+m, e) {
					ob.aliases = appendUnique(ob.aliases, o.Name)
				}
				ctx.affiliate(Affiliation{Kind: KindOrganization, Name: ob.name})
				k = e
				continue
			}
			ob := b.addOrg(k, k+m, o.Name, o.Acronym, o.Kind)
			if ref, cm, ok := b.country(k, j); ok && cm == m && ref.Kind == lexicon.CountryCapital {
				// "the Kremlin", "Downing Street": an organization that also
				// stands for its country
				b.addCountry(k, k+m, ref)
			}
			ctx.affiliate(Affiliation{Kind: KindOrganization, Name: ob.name})
			k += m
			continue
		}
		if ref, m, ok := b.country(k, j); ok && !b.headBefore(seg, k) && !(seg >= 0 && !segCountry && k+m < j && b.endsWithTail(seg, j) && !b.personAt(seg)) {
			// (a country word inside a name that ends with an organization's
			// tail stays in it: "Ruam Thai Pattana Party")
			directed := seg >= 0 && b.directionsOnly(seg, k)
			if !directed {
				flush(k, true)
			}
			cb := b.addCountry(k, k+m, ref)
			ctx.affiliate(Affiliation{Kind: KindCountry, Name: lexicon.CountryDisplayName(cb.code, lx.Lang), Code: cb.code})
			// a country adjective before an organization pattern starts the
			// organization: "Taiwan Ministry of Defense"
			if k+m < j && b.orgPatternAt(k+m, j) {
				if !directed {
					seg = k // ("Central Jakarta District Court" keeps its direction)
				}
				segCountry = true
			} else if directed {
				flush(k, true)
			}
			k += m
			continue
		}
		if _, m, ok := lx.Titles.Match(n, word); ok && (seg < 0 || !b.headBefore(seg, k) || b.personAt(k+m)) && !(seg >= 0 && m == 1 && b.tag(k) == "I-PER") &&
			!(k+m < j && b.endsWithTail(k, j) && !b.personAt(k+m)) {
			// (a title word that opens an organization's name is part of it:
			// "Philippine General Hospital", "General Electric Company")
			// (a title word inside a name is part of it: "Lukman Hakim Siregar")
			m = b.titleEnd(k, m, j)
			if k+m < j-1 && b.romanNumeral(k+m) {
				m++ // "Finance Minister II Amir Hamzah Azizan"
			}
			flush(k, true)
			ctx.addTitle(b.d.Text[b.tok(k).Start:b.tok(k+m-1).End])
			k += m
			if u := b.unitName(k, j); u > k {
				// "Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinkes …"
				ctx.extendTitle(b.d.Text[b.tok(k).Start:b.tok(u-1).End])
				k = u
			} else if p := b.portfolio(k, j); p > k {
				// "Minister for Sustainability and the Environment": the
				// portfolio belongs to the title
				ctx.extendTitle(b.d.Text[b.tok(k).Start:b.tok(p-1).End])
				k = p
			} else if k+1 < j && lx.Units.Has(b.tok(k).Fold) {
				if u := b.unitName(k+1, j); u > k+1 {
					// "Jaksa Agung Muda Bidang Tindak Pidana Khusus"
					ctx.extendTitle(b.d.Text[b.tok(k).Start:b.tok(u-1).End])
					k = u
				}
			}
			continue
		}
		if b.isHonorific(k) && (seg < 0 || !b.headBefore(seg, k)) {
			flush(k, true)
			ctx.honorific = true
			k++
			continue
		}
		if seg < 0 && b.stop(k) && !(apposed && k == i) && !b.roleInName(k, j) && !b.eastAsianName(k, j) && !b.nameStop(k, j) {
			// (a name given in apposition may start with a word that is
			// otherwise a function word: "Juru bicara Kemlu, Lalu Muhamad Iqbal")
			k++
			continue
		}
		if seg >= 0 && b.stop(k) && !b.headBefore(seg, k) && !b.nameStop(k, j) {
			if b.roleInName(k, j) && !strings.Contains(b.tok(k-1).Fold, "-") {
				k++ // "Victorian Farmers Federation": the role word is part of the name
				continue
			}
			flush(k, false)
			if b.roleInName(k, j) {
				seg = k // "Jakarta-based Voter Integrity Network"
			}
			k++
			continue
		}
		if connectors[b.tok(k).Fold] && seg >= 0 {
			if f := b.tok(k).Fold; (f == "of" || f == "from") && seg == i && ctx.personal() && !ctx.honorific && !b.headBefore(seg, k) {
				// "Political scientist Wanchai Pongsiri of Thammasat
				// University": the person, then the organization
				flush(k, false)
			} else if !nameConnectors[b.tok(k).Fold] && !b.headBefore(seg, k) && !b.endsWithTail(seg, j) && !strings.HasSuffix(b.tag(k+1), "ORG") && !b.englishOrg(seg, j) {
				// "Ruben Amorim and Arsenal": two names, not one
				flush(k, false)
			}
			k++
			continue
		}
		if seg >= 0 && !segCountry && k+1 < j && !b.headBefore(seg, k) && lx.OrgHeads.StartsAny(b.tok(k).Fold) && b.lang() != "en" {
			// (English puts a name before its head: "Bosphorus Institute for
			// Strategic Studies", "Lowy Institute")
			if _, _, ok := lx.OrgHeads.Match(n, word); ok {
				// "Sidang Majelis Umum": the organization starts at its head
				flush(k, true)
			}
		}
		if seg < 0 {
			seg = k
		}
		k++
	}
	flush(j, true)
	// "Perserikatan Bangsa-Bangsa (PBB)": an acronym in parentheses.
	next := b.parenthetical(j)
	if next == j {
		b.orAlias(j)
	}
	if len(ctx.titles) > 0 && next < len(b.d.Tokens) {
		if next == j && b.text(j) == "," && j+1 < len(b.d.Tokens) && b.tok(j+1).Sent == b.tok(j).Sent {
			next = j + 1
		}
		if next > j && b.isNameToken(next) {
			c := ctx
			b.pending, b.pendingAt = &c, next
		}
	}
}

// unitName returns the end of the name of an office's unit that follows a
// title ending in a unit word at k-1 ("Kepala Bidang | Pencegahan dan
// Pengendalian Penyakit | Dinkes Kota Semarang dr. Hartini"), or k. The unit
// runs up to an organization, a country, a title, an honorific or a person
// the tagger starts; it must stop inside the run, or at its end before a
// comma and a name, so that a name right after the title is never taken.
func (b *builder) unitName(k, j int) int {
	lx := b.lx
	if k == 0 || k >= j || !lx.Units.Has(b.tok(k-1).Fold) {
		return k
	}
	p := k
	for ; p < j; p++ {
		w := func(n int) string { return b.tok(p + n).Fold }
		if _, m, ok := lx.OrgHeads.Match(j-p, w); ok {
			w2 := func(n int) string { return b.tok(p + m + n).Fold }
			if _, _, next := lx.OrgHeads.Match(j-p-m, w2); !next || p+m >= j {
				break
			}
			// "Kepala Bidang Pembinaan SMP Dinas Pendidikan …": a head right
			// before another is a word of the unit's name
		}
		if _, _, ok := lx.OrgIndex.Match(j-p, w); ok {
			break
		}
		if _, _, ok := lx.Titles.Match(j-p, w); ok {
			break
		}
		if _, _, ok := b.country(p, j); ok || b.isHonorific(p) || b.personAt(p) {
			break
		}
	}
	if p == k || connectors[b.tok(p-1).Fold] {
		return k
	}
	if p == j && !(j+1 < len(b.d.Tokens) && (b.text(j) == "," && b.isNameToken(j+1) || b.text(j) == "(" || b.text(j) == ")")) {
		return k
	}
	return p
}

// opensWithTitle reports whether the run [i, j) starts with a title or an
// honorific.
func (b *builder) opensWithTitle(i, j int) bool {
	if b.isHonorific(i) {
		return true
	}
	_, m, ok := b.lx.Titles.Match(j-i, func(n int) string { return b.tok(i + n).Fold })
	return ok && i+m < j
}

// demonymAfterAnd reports whether the connector at token j is "and" (or
// "dan") followed by a lone country adjective: "Wetlands International and
// Dutch partners" joins no name.
func (b *builder) demonymAfterAnd(j, end int) bool {
	if f := b.tok(j).Fold; f != "and" && f != "dan" {
		return false
	}
	ref, m, ok := b.country(j+1, end)
	return ok && ref.Kind == lexicon.CountryDemonym && (j+1+m >= end || !b.isNameToken(j+1+m))
}

// tailsOnly reports whether every word of [i, j) is an organization tail.
func (b *builder) tailsOnly(i, j int) bool {
	for k := i; k < j; k++ {
		if !b.lx.OrgTails.Has(b.tok(k).Fold) {
			return false
		}
	}
	return j > i
}

// tailsAfter returns the end of the organization tails ("Holdings",
// "Group", "Tbk") that start at token i and end the run [i, j) or stop
// before a connector, or i.
func (b *builder) tailsAfter(i, j int) int {
	e := i
	for e < j && b.lx.OrgTails.Has(b.tok(e).Fold) {
		e++
	}
	if e < j && !connectors[b.tok(e).Fold] {
		return i
	}
	if e > i && e < j && (b.tok(e).Fold == "for" || b.tok(e).Fold == "of") {
		// "United Nations Office for the Coordination of Humanitarian
		// Affairs": the tail opens a longer name
		return j
	}
	return e
}

// eastAsianName reports whether [i, j) is written like a romanised Korean
// or Chinese name: two or three words, a short capitalised family name
// first and a hyphenated given name last whose second part is in lower
// case ("Se-young", "Ing-wen", "Jae-myung").
func (b *builder) eastAsianName(i, j int) bool {
	if j-i < 2 || j-i > 3 {
		return false
	}
	family := b.text(i)
	if n := utf8.RuneCountInString(family); n < 2 || n > 5 || !b.tok(i).Is(article.Capitalized) || b.tok(i).Is(article.AllCaps) {
		return false
	}
	given := b.text(j - 1)
	h := strings.IndexByte(given, '-')
	if h <= 1 || h == len(given)-1 || strings.Count(given, "-") != 1 {
		return false
	}
	first, rest := given[:h], given[h+1:]
	if f := b.tok(i).Fold; hyphenSuffixes[strings.ToLower(rest)] || b.lower[f] && !b.lx.Stopwords.Has(f) || b.stop(i) && !b.tok(i).Is(article.Capitalized) {
		return false // "Cold War-style", "Jakarta-based"
	}
	r, _ := utf8.DecodeRuneInString(first)
	r2, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && unicode.IsLower(r2) && isLetters(first) && isLetters(rest)
}

// hyphenSuffixes end English compound adjectives, never given names.
var hyphenSuffixes = map[string]bool{
	"style": true, "based": true, "led": true, "backed": true, "owned": true, "run": true,
	"born": true, "era": true, "made": true, "like": true, "wide": true, "free": true,
	"related": true, "linked": true, "funded": true, "friendly": true, "bound": true,
	"speaking": true, "sponsored": true, "controlled": true, "level": true, "type": true,
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// opensSentence reports whether token i is the first word of its sentence
// or comes right after a dateline ("Liputan6.com, Odense - Langkah …").
func (b *builder) opensSentence(i int) bool {
	t := b.tok(i)
	if t.Is(article.SentStart) {
		return true
	}
	if i > 0 && b.tok(i-1).Kind == article.Quote && b.tok(i-1).Is(article.QuoteOpen) && (i == 1 || b.tok(i-2).Para != t.Para || b.tok(i-2).Is(article.Terminal)) {
		return true // the first word of a quotation: "”Animo penonton …"
	}
	for k := i - 1; k >= 0 && i-k <= 2; k-- {
		if b.tok(k).Is(article.Dateline) {
			return true
		}
		if b.tok(k).Kind != article.Punct {
			return false
		}
	}
	return false
}

// nameStartAfterTitle returns where the person's name starts inside a
// titled segment [i, j) whose first words are not part of it, or i: the
// first token the tagger starts a person at, or the end of a short form of
// an organization of the text ("Direktur Utama Halmahera Nikel Yudhistira
// Pranoto" after "PT Halmahera Nikel Persada Tbk"). At least one word is
// left for the name.
func (b *builder) nameStartAfterTitle(i, j int) int {
	if j-i < 2 {
		return i
	}
	for n := j - i - 1; n >= 1; n-- {
		if o := b.orgStartingWith(b.folds(i, i+n)); o != nil || b.orgNamed(i, i+n) {
			return i + n
		}
	}
	if j-i < 3 {
		return i // two words after a title are the name; the tagger is not asked (it costs)
	}
	if strings.HasSuffix(b.tag(i), "PER") {
		return i
	}
	for k := i + 1; k < j; k++ {
		if b.tag(k) == "B-PER" {
			// only when every word before it is an office, body or place
			// word: the tagger also starts names inside names ("Arief |
			// Prasetyo Adi")
			for x := i; x < k; x++ {
				if !b.officeWord(x) {
					return i
				}
			}
			return k
		}
	}
	return i
}

// officeWord reports whether token k names part of an office, a body or a
// place rather than a person: the tagger calls it an organization or a
// place, or a lexicon lists it as a title, an organization head or a region.
func (b *builder) officeWord(k int) bool {
	if t := b.tag(k); strings.HasSuffix(t, "ORG") || strings.HasSuffix(t, "LOC") {
		return true
	}
	f := b.tok(k).Fold
	return b.lx.Titles.Has(f) || b.lx.OrgHeads.Has(f) || b.lx.Regions.Has(f) || b.lx.PlaceWords.Has(f) || b.lx.Units.Has(f)
}

// orgNamed reports whether [i, j) is the whole name or an alias of an
// organization found so far.
func (b *builder) orgNamed(i, j int) bool {
	return b.orgKeys[strings.ToLower(b.d.Text[b.tok(i).Start:b.tok(j-1).End])] != nil
}

// knownNameStartsPerson reports whether a known organization at token k
// (matched m words, run end j) is rather the start of a person's name: the
// tagger reads the two together as a person ("Everton Ribeiro").
func (b *builder) knownNameStartsPerson(k, m, j int) bool {
	return k+m < j && strings.HasSuffix(b.tag(k), "PER") && b.tag(k+m) == "I-PER"
}

// shortFormAt reports whether the capitalised words [i, j) in parentheses
// are a short form of an organization: an acronym or a short head word
// (Polda, Pemprov, Disdik, PT) first, then acronyms or place names.
func (b *builder) shortFormAt(i, j int) bool {
	for k := i; k < j; k++ {
		if !b.isNameToken(k) {
			return false
		}
	}
	first := b.tok(i)
	return first.Is(article.AllCaps) || b.lx.OrgHeads.Has(first.Fold) || legalForms[first.Fold]
}

// localKinds are the kinds of known bodies that a place before them makes
// local ("Jakarta Metropolitan Police", "Indonesian Red Cross"); companies,
// media, parties, sports teams and international bodies keep their name.
var localKinds = map[string]bool{
	"police": true, "military": true, "government": true, "legislature": true, "judicial": true,
	"health": true, "ngo": true, "education": true, "other": true,
}

// stateKinds are the kinds of state bodies, whose name is not followed by a
// national branch's country ("Amnesty International Indonesia" is a branch,
// "Polri Indonesia" is not).
var stateKinds = map[string]bool{"police": true, "military": true, "government": true, "legislature": true, "judicial": true}

// placeRun reports whether the run [i, j) names a place: a country or
// capital, a region, or a compass word before one ("Central Sulawesi").
func (b *builder) placeRun(i, j int) bool {
	k := i
	for k < j && b.directionsOnly(k, k+1) {
		k++
	}
	if k >= j {
		return false
	}
	if ref, m, ok := b.country(k, j); ok && k+m == j && ref.Kind != lexicon.CountryDemonym {
		return true
	}
	for _, l := range lexicon.Languages {
		// English news names Indonesian provinces too ("Central Sulawesi")
		if _, m, ok := lexicon.For(l).Regions.Match(j-k, func(n int) string { return b.tok(k + n).Fold }); ok && k+m == j {
			return true
		}
	}
	return false
}

// directionsOnly reports whether tokens [i, j) are all compass words that
// can lead a place's name ("Central Jakarta", "South Sulawesi").
func (b *builder) directionsOnly(i, j int) bool {
	for k := i; k < j; k++ {
		switch b.tok(k).Fold {
		case "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "greater", "upper", "lower":
		default:
			return false
		}
	}
	return j > i
}

// honorificWithin reports whether an honorific stands inside [i, j).
func (b *builder) honorificWithin(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if b.isHonorific(k) {
			return true
		}
	}
	return false
}

// portfolio returns the end of a portfolio written after a title with
// "for" or "of" ("Minister for Sustainability and the Environment",
// "Secretary of Health Teodoro Herbosa"), or k. It stops before the first
// word the tagger starts a person at; with none, it takes the rest of the
// run only when a comma or the sentence end follows (an apposition).
func (b *builder) portfolio(k, j int) int {
	if k+1 >= j || b.lang() != "en" {
		return k
	}
	if f := b.tok(k).Fold; f != "for" && f != "of" {
		return k
	}
	for p := k + 1; p < j; p++ {
		if b.personAt(p) {
			if p == k+1 {
				return k
			}
			return p
		}
	}
	if j < len(b.d.Tokens) && (b.text(j) == "," || b.tok(j).Is(article.Terminal)) {
		return j
	}
	// the portfolio is made of common words, the name is not: "Minister
	// for Foreign Affairs Vivian Balakrishnan"
	p := k + 1
	for p < j && (connectors[b.tok(p).Fold] || b.lx.CommonWords.Has(b.tok(p).Fold) || b.lower[b.tok(p).Fold]) {
		p++
	}
	if p > k+1 && p < j && !connectors[b.tok(p-1).Fold] {
		return p
	}
	return k
}

// romanNumeral reports whether token k is a Roman numeral of two to four
// letters (II, III, IV, VIII): after a title it numbers the office.
func (b *builder) romanNumeral(k int) bool {
	w := b.text(k)
	return b.tok(k).Is(article.AllCaps) && len(w) >= 2 && len(w) <= 4 && strings.Trim(w, "IVX") == ""
}

// nameStop reports whether the function word at token k is a name word
// here: capitalised inside a sentence (not a headline), with a name after
// it, and the tagger reading a person ("Gubernur NTB Lalu Muhamad Iqbal").
func (b *builder) nameStop(k, j int) bool {
	t := b.tok(k)
	if k+1 >= j || !t.Is(article.Capitalized) || t.Is(article.AllCaps) || b.opensSentence(k) || b.headline(k) || !b.isNameToken(k+1) {
		return false
	}
	if _, isPronoun := b.lx.Pronouns[t.Fold]; isPronoun || b.lx.SpeechVerbs[t.Fold].Class != "" {
		return false
	}
	return strings.HasSuffix(b.tag(k), "PER") || b.tag(k+1) == "I-PER" || b.tag(k+1) == "B-PER" && b.tag(k) == "O" && b.lx.Stopwords.Has(t.Fold) && b.isNameToken(k-1)
}

// roleInName reports whether the role noun at token k, capitalised inside
// a sentence, opens an organization's name that ends the run at j: "Voter
// Integrity Network", "Child Rights Coalition".
func (b *builder) roleInName(k, j int) bool {
	t := b.tok(k)
	if !b.lx.Roles.Has(t.Fold) || !t.Is(article.Capitalized) || t.Is(article.SentStart) {
		return false
	}
	e := k + 1
	for e < j && b.isNameToken(e) {
		e++ // up to a connector: "Voter Integrity Network and …"
	}
	return e-k >= 2 && b.endsWithTail(k, e)
}

// personAt reports whether the tagger starts a person name at token k.
func (b *builder) personAt(k int) bool {
	return b.tag(k) == "B-PER"
}

// titleEnd shortens a title match [k, k+m) that ends inside an organization
// or country name: "Kepala Badan Pangan Nasional" is the title Kepala and the
// organization Badan Pangan Nasional.
func (b *builder) titleEnd(k, m, j int) int {
	lx := b.lx
	for p := k + 1; p < k+m; p++ {
		w := func(n int) string { return b.tok(p + n).Fold }
		_, _, head := lx.OrgHeads.Match(j-p, w)
		_, _, org := lx.OrgIndex.Match(j-p, w)
		_, _, country := b.country(p, j)
		if !head && !org && !country {
			continue
		}
		if head && !org && !country && k+m < j && strings.HasSuffix(b.tag(k+m), "PER") {
			return m // the name follows the whole title: "Ketua Majelis Hakim Sutikno Wibowo"
		}
		if _, ok := lx.Titles.Get(b.foldsJoined(k, p)); ok {
			return p - k
		}
	}
	return m
}

func (b *builder) foldsJoined(i, j int) string {
	var sb strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			sb.WriteByte(' ')
		}
		sb.WriteString(b.tok(k).Fold)
	}
	return sb.String()
}

// headBefore reports whether the open segment starting at seg is an
// organization pattern, which swallows what follows ("Kementerian
// Pertahanan Korsel", "Dewan Keamanan PBB").
func (b *builder) headBefore(seg, k int) bool {
	if seg < 0 || seg >= k {
		return false
	}
	end := max(b.runEnd, k)
	// a head anywhere in the segment, possibly still being read: "Central Bank"
	for x := seg; x < k; x++ {
		if _, _, ok := b.lx.OrgHeads.Match(end-x, func(n int) string { return b.tok(x + n).Fold }); ok {
			return true
		}
	}
	return false
}

func (b *builder) orgPatternAt(k, j int) bool {
	if _, _, ok := b.lx.OrgHeads.Match(j-k, func(n int) string { return b.tok(k + n).Fold }); ok {
		return true
	}
	if _, m, ok := b.lx.OrgTails.Match(j-k, func(n int) string { return b.tok(k + n).Fold }); ok && k+m == j {
		return true // after a country: "Philippine Coast Guard", "Australian Army"
	}
	if _, _, ok := b.lx.OrgIndex.Match(j-k, func(n int) string { return b.tok(k + n).Fold }); ok {
		return true // a known body after a country: "Philippine Red Cross"
	}
	return b.endsWithTail(k, j)
}

// dateWord reports whether token k is a day or month name ("Corruption
// Court on Wednesday", "Parliament on Nov 4"): no connector joins it to a
// name.
func (b *builder) dateWord(k int) bool {
	f := strings.TrimSuffix(b.tok(k).Fold, ".")
	return b.lx.Days.Has(f) || b.lx.Months.Has(f) || b.lx.Days.Has(b.tok(k).Fold) || b.lx.Months.Has(b.tok(k).Fold)
}

// stop reports whether token k is a word that never starts a name.
func (b *builder) stop(k int) bool {
	lx := b.lx
	f := b.tok(k).Fold
	if lx.Stopwords.Has(f) || lx.Roles.Has(f) || lx.Months.Has(f) || lx.Days.Has(f) {
		return true
	}
	if _, ok := lx.Pronouns[f]; ok {
		return true
	}
	if _, ok := lx.SpeechVerbs[f]; ok {
		return true
	}
	if lx.Hedges.Has(f) || lx.Negations.Has(f) {
		return true
	}
	return false
}

// isHonorific reports whether token k is an honorific such as Pak, Mr. or Dr.
func (b *builder) isHonorific(k int) bool {
	f := b.tok(k).Fold
	return b.lx.Honorifics.Has(f) || b.lx.Honorifics.Has(strings.TrimSuffix(f, "."))
}

func (b *builder) allCaps(i, j int) bool {
	for k := i; k < j; k++ {
		if !b.isNameToken(k) && !(k > i && b.tok(k).Kind == article.Number) {
			return false // (a number inside a name: "Detachment 88", "Group of 20")
		}
	}
	return true
}

// orgCase requires an acronym to be written in capitals ("BI", not "bi") and
// a name to be capitalised.
func (b *builder) orgCase(i, j int) bool {
	if !b.allCaps(i, j) {
		return false
	}
	if j-i == 1 {
		t := b.tok(i)
		w := b.text(i)
		if utf8.RuneCountInString(w) <= 3 && !t.Is(article.AllCaps) {
			return false
		}
	}
	return true
}

// country matches a country phrase at k.
func (b *builder) country(k, j int) (lexicon.CountryRef, int, bool) {
	if ref, ok := b.lx.CountriesCase[b.text(k)]; ok {
		return ref, 1, true
	}
	ref, m, ok := b.lx.Countries.Match(j-k, func(n int) string { return b.tok(k + n).Fold })
	if !ok {
		return ref, 0, false
	}
	if m == 1 && ref.Kind == lexicon.CountryAbbreviation && utf8.RuneCountInString(b.text(k)) <= 3 && !b.tok(k).Is(article.AllCaps) {
		return ref, 0, false
	}
	if ref.Kind == lexicon.CountryCapital {
		// a capital used as a place ("di Jakarta", "in Washington", a
		// dateline) does not stand for its government
		if k > 0 && b.lx.Locatives.Has(b.tok(k-1).Fold) {
			return ref, 0, false
		}
	}
	return ref, m, true
}

// titleBefore returns a lower-case title written just before token i, and
// the token where it starts.
func (b *builder) titleBefore(i, sentFirst int) ([]string, int) {
	for start := max(sentFirst, i-5); start < i; start++ {
		if b.taken[start] || b.ctaken[start] {
			continue // "Conservative Party leader": the title is "leader"
		}
		if _, m, ok := b.lx.Titles.Match(i-start, func(n int) string { return b.tok(start + n).Fold }); ok && start+m == i {
			return []string{b.d.Text[b.tok(start).Start:b.tok(i-1).End]}, start
		}
	}
	if k := i - 1; k >= sentFirst && b.roleWord(k) && b.personRun(i) {
		// a role noun used as a title: "fisherman Andi Baso", "midfielder
		// Nguyen Hai Dang", "petani Sutrisno"
		return []string{b.text(k)}, k
	}
	return nil, 0
}

func (b *builder) lang() string { return b.lx.Lang }

// affiliationEndingAt returns the country or organization whose latest
// mention ends right before token k (allowing a possessive ’s).
func (b *builder) affiliationEndingAt(k int) *Affiliation {
	end := k
	if end > 0 && b.tok(end-1).Is(article.Possessive) {
		end--
	}
	for _, c := range b.corder {
		if n := len(c.spans); n > 0 && c.spans[n-1].end == end {
			return &Affiliation{Kind: KindCountry, Name: lexicon.CountryDisplayName(c.code, b.lx.Lang), Code: c.code}
		}
	}
	for _, o := range b.orgs {
		if n := len(o.mentions); n > 0 && o.mentions[n-1].end == end {
			return &Affiliation{Kind: KindOrganization, Name: o.name}
		}
	}
	return nil
}

type runCtx struct {
	// class is what the words around the run say it names: a role or an
	// organization noun before it, an apposition after it (0: nothing).
	classBefore, classAfter Kind
	first, end              int // the run
	titles                  []string
	titleBefore             bool
	honorific               bool
	aff                     *Affiliation
	lead                    *Affiliation // a country or organization before the first title
}

func (c *runCtx) addTitle(t string) {
	c.titles = append(c.titles, t)
	if c.aff == nil && c.lead != nil {
		c.aff = c.lead
	}
}

// extendTitle appends words that continue the last title.
func (c *runCtx) extendTitle(t string) {
	if len(c.titles) > 0 {
		c.titles[len(c.titles)-1] += " " + t
	}
}

func (c *runCtx) affiliate(a Affiliation) {
	switch {
	case len(c.titles) > 0 && c.aff == nil:
		c.aff = &a
	case len(c.titles) == 0:
		// "U.S. Secretary of State Antony Blinken", "Indonesian President
		// Prabowo": kept until a title follows
		c.lead = &a
	}
}

func (c *runCtx) personal() bool { return len(c.titles) > 0 || c.honorific }

func (c *runCtx) reset() { *c = runCtx{} }

// segment classifies an unknown stretch [i, j) of a run.
func (b *builder) segment(i, j int, ctx *runCtx) {
	if j-i == 1 && b.lx.NotNames.Has(b.tok(i).Fold) {
		return // "tingkat SMP", "saham IPO": a common noun written in capitals
	}
	if j-i == 1 && b.initials(i) {
		b.addPerson(i, j, ctx, -1) // "berinisial RS": initials, even those of a head word (RS, rumah sakit)
		return
	}
	if j-i == 1 && b.tok(i).Is(article.AllCaps) && b.personByWord(strings.TrimSuffix(b.tok(i).Fold, ".")) != nil {
		return // a later mention of initials ("RS diduga …"): nameParts links it
	}
	// an organization pattern: head word or tail word
	if _, _, ok := b.lx.OrgHeads.Match(j-i, func(n int) string { return b.tok(i + n).Fold }); ok || b.headBefore(i, j) {
		// a person named after the organization: "Kepala Badan Pangan Nasional Arief Prasetyo Adi"
		cut := b.personTail(i, j, ctx.personal())
		named := cut < j // a person's name follows the organization
		if b.headline(i) {
			// "DPRD DKI Minta Pengawasan Diperketat": a headline's verb ends
			// the name
			for k := i + 1; k < cut; k++ {
				if b.lower[b.tok(k).Fold] || b.tag(k) == "O" {
					cut = k
					break
				}
			}
		}
		if cut-i >= 2 || cut-i == 1 && b.tok(i).Is(article.AllCaps) {
			var ob *orgB
			if idx, ok := b.knownOrg(i, cut); ok {
				o := b.lx.Orgs[idx]
				ob = b.addOrg(i, cut, o.Name, o.Acronym, o.Kind)
			} else {
				ob = b.addOrg(i, cut, "", "", b.orgKind(i, cut))
			}
			ctx.affiliate(Affiliation{Kind: KindOrganization, Name: ob.name})
			if named && cut < j {
				b.addPerson(cut, j, ctx, -1)
			}
			return
		}
	}
	if j-i == 1 && b.notOrgs[b.tok(i).Fold] {
		return // "(MBG)" after "Makan Bergizi Gratis": a programme, not an organization
	}
	// trailing numbers and connectors only belong to organizations
	numEnd := j
	for numEnd > i && connectors[b.tok(numEnd-1).Fold] {
		numEnd--
	}
	for j > i && (b.tok(j-1).Kind == article.Number || connectors[b.tok(j-1).Fold]) {
		j--
	}
	for i < j && connectors[b.tok(i).Fold] {
		i++
	}
	if j <= i {
		return
	}
	if ctx.personal() && b.headline(i) && j-i >= 2 && b.personByWords(i, j) == nil && !strings.HasSuffix(b.tag(i), "PER") {
		// a title-case headline: "Menkes Minta Daerah Tak Tunggu KLB" has
		// no name after its title
		return
	}
	if ctx.personal() {
		for j-i >= 2 && b.isAcronym(i) && !b.tok(i+1).Is(article.AllCaps) && b.isNameToken(i+1) && b.personByWord(b.tok(i).Fold) == nil && !b.regionAt(i, j) {
			// "Koordinator MAKI Boyamin Saiman": the organization of the
			// title, then the name
			ob := b.addOrg(i, i+1, "", "", "")
			ctx.extendTitle(b.text(i))
			ctx.affiliate(Affiliation{Kind: KindOrganization, Name: ob.name})
			i++
		}
		untagged := j-i == 1 && b.tag(i) == "O" && j < len(b.d.Tokens) && b.text(j) == ","
		if ci, cj := b.trimCommon(i, j); cj <= ci || untagged || b.orgStartingWith(b.folds(i, j)) != nil {
			if o := b.orgStartingWith(b.folds(i, j)); o != nil {
				// "Direktur Utama Sandang Prima, Lukas Hartanto": a short form
				// of a company named earlier
				ctx.affiliate(Affiliation{Kind: KindOrganization, Name: o.name})
			}
			// "Koordinator Aksi, Mutiara Ika Pratiwi": a title word, not a name
			ctx.extendTitle(b.d.Text[b.tok(i).Start:b.tok(j-1).End])
			if next := j; next < len(b.d.Tokens) && b.text(next) == "," && next+1 < len(b.d.Tokens) && b.isNameToken(next+1) {
				c := *ctx
				b.pending, b.pendingAt = &c, next+1
			}
			return
		}
		// a region between the title and the name: "Gubernur Jawa Barat
		// Dedi Mulyadi", "Bupati Garut ..."
		if _, m, ok := b.lx.Regions.Match(j-i, func(n int) string { return b.tok(i + n).Fold }); ok && i+m < j && !ctx.honorific && b.nameStartAfterTitle(i, j) == i {
			ctx.extendTitle(b.d.Text[b.tok(i).Start:b.tok(i+m-1).End])
			i += m
		}
		if k := b.nameStartAfterTitle(i, j); k > i && !ctx.honorific {
			// "Ketua Majelis Hakim Sutikno Wibowo", "Ketua Bawaslu Kabupaten
			// Banyumas Imam Sholikhin": the words before the name belong to
			// the title
			if o := b.orgStartingWith(b.folds(i, k)); o != nil {
				ctx.affiliate(Affiliation{Kind: KindOrganization, Name: o.name})
			}
			ctx.extendTitle(b.d.Text[b.tok(i).Start:b.tok(k-1).End])
			i = k
		}
		b.addPerson(i, j, ctx, -1)
		return
	}
	if j-i == 1 && b.initials(i) {
		b.addPerson(i, j, ctx, -1)
		return
	}
	if b.headline(i) && b.personByWords(i, j) == nil {
		// title-case headlines: only names the body confirms
		if _, _, ok := b.lx.OrgHeads.Match(j-i, func(n int) string { return b.tok(i + n).Fold }); !ok && !b.isAcronym(i) {
			return
		}
	}
	if b.placeWords(i, j) {
		return
	}
	if b.eastAsianName(i, j) {
		// "An Se-young", "Tsai Ing-wen", "Kim Won-ho": a short family name
		// and a hyphenated given name
		b.addPerson(i, j, ctx, -1)
		return
	}
	i, j = b.trimCommon(i, j)
	if j <= i {
		return
	}
	if i > 0 && b.lx.NotNames.Has(b.tok(i-1).Fold) && b.tok(i-1).Sent == b.tok(i).Sent {
		// "RUU PPRT", "UU MD3": the name of a law, not an organization
		return
	}
	if j-i >= 2 && b.endsWithTail(i, j) {
		b.addOrg(i, j, "", "", b.orgKind(i, j))
		return
	}
	switch {
	case i == ctx.first && ctx.classBefore == KindOrganization && !b.ctaken[i]:
		// "the cyber-security firm Kyra Threat Intelligence", "the
		// anti-terror unit Detachment 88"
		b.addOrg(i, max(j, numEnd), "", "", "")
		return
	case j == ctx.end && ctx.classAfter == KindOrganization && b.personByWords(i, j) == nil:
		b.addOrg(i, j, "", "", "")
		return
	case j == ctx.end && ctx.classAfter == KindPerson && j-i <= 4 && b.tok(i).Kind == article.Word && !b.afterLocative(i):
		// "Ramon Villareal, an emergency physician at …"
		if _, known := b.knownOrg(i, j); !known && !(j-i == 1 && b.isAcronym(i)) {
			b.addPerson(i, j, ctx, -1)
			return
		}
	}
	label := b.nerLabel(i, j)
	if j-i == 1 && b.isAcronym(i) && label != ner.LabelPerson {
		if p := b.personByWord(strings.TrimSuffix(b.tok(i).Fold, ".")); p == nil {
			if b.acronymEvidence(i, label, ctx) {
				b.addOrg(i, j, "", "", "")
			}
			return
		}
	}
	if j-i == 1 && b.personByWord(strings.TrimSuffix(b.tok(i).Fold, ".")) != nil {
		return // a later mention of a person ("HS" after "berinisial HS"): nameParts links it
	}
	switch label {
	case ner.LabelPerson:
		b.addPerson(i, j, ctx, -1)
		return
	case ner.LabelOrganization:
		if j-i >= 2 || b.tok(i).Is(article.AllCaps) || b.speechNear(i, j) {
			b.addOrg(i, j, "", "", "")
			return
		}
	}
	if j-i <= 4 && (b.speechNear(i, j) || b.personByWords(i, j) != nil) && label != ner.LabelLocation {
		b.addPerson(i, j, ctx, -1)
	}
}

// headline reports whether token i is in a title-case line: most words
// capitalised and no sentence punctuation, as in headlines and related links.
func (b *builder) headline(i int) bool {
	pi := b.tok(i).Para
	if b.headlines == nil {
		b.headlines = make([]int8, len(b.d.Paragraphs))
	}
	if b.headlines[pi] == 0 {
		// computed once per paragraph, so the cost stays linear
		b.headlines[pi] = -1
		if b.isHeadline(int(pi)) {
			b.headlines[pi] = 1
		}
	}
	return b.headlines[pi] > 0
}

func (b *builder) isHeadline(pi int) bool {
	p := b.d.Paragraphs[pi]
	words, caps := 0, 0
	for k := p.First; k < p.End; k++ {
		t := b.tok(k)
		if t.Kind != article.Word {
			continue
		}
		words++
		if t.Is(article.Capitalized) || t.Is(article.AllCaps) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// initials reports whether token i is a person written with initials, as
// crime news names suspects and victims: "tersangka berinisial HS",
// "korban AR (34)".
func (b *builder) initials(i int) bool {
	t := b.tok(i)
	n := utf8.RuneCountInString(b.text(i))
	if !t.Is(article.AllCaps) || n < 2 || n > 3 || i == 0 {
		return false
	}
	prev := b.tok(i - 1).Fold
	if prev == "inisial" || prev == "berinisial" || prev == "initials" || b.lx.Roles.Has(prev) && b.lx.Lang == "id" {
		return true
	}
	// a list after the first: "berinisial HS, RT, dan AW"
	k := i - 1
	for k > 0 && i-k <= 3 && (b.text(k) == "," || listJoiners[b.tok(k).Fold]) {
		k--
	}
	if k == i-1 || b.tok(k).Sent != t.Sent || !b.tok(k).Is(article.AllCaps) {
		return false
	}
	if n := utf8.RuneCountInString(b.text(k)); n < 2 || n > 3 {
		return false
	}
	return b.initials(k)
}

// placeWords reports whether [i, j) names a place: "Spratly Islands",
// "Pulau Natuna", "Jalan Sudirman".
func (b *builder) placeWords(i, j int) bool {
	first, last := b.tok(i).Fold, b.tok(j-1).Fold
	if _, m, ok := b.lx.Regions.Match(j-i, func(n int) string { return b.tok(i + n).Fold }); ok && m == j-i {
		return true
	}
	if (b.lx.Events.Has(first) || b.lx.PlaceWords.Has(first)) && j-i >= 2 && b.endsWithTail(i, j) && !b.lx.Events.Has(last) && !b.lx.PlaceWords.Has(last) {
		return false // "Election Supervisory Agency", "River Basin Authority"
	}
	return b.lx.PlaceWords.Has(first) || b.lx.PlaceWords.Has(last) || b.lx.Events.Has(first) || b.lx.Events.Has(last)
}

// namesWithin reports whether the run [i, j) holds a title, a known
// organization or a known person, which a place word at its edge must not
// hide: "District Judge Marcus Teo", "Downing Street".
func (b *builder) namesWithin(i, j int) bool {
	lx := b.lx
	for k := i; k < j; k++ {
		w := func(n int) string { return b.tok(k + n).Fold }
		if _, _, ok := lx.Titles.Match(j-k, w); ok {
			return true
		}
		if _, m, ok := lx.OrgIndex.Match(j-k, w); ok && b.orgCase(k, k+m) {
			return true
		}
		if _, _, ok := lx.PeopleIndex.Match(j-k, w); ok {
			return true
		}
	}
	return false
}

// trimCommon drops capitalised common words from the edges of an unknown
// stretch: a sentence-initial "Penyidikan", headline words such as
// "Berangkat", words the text also writes in lower case, and words that are
// never names.
func (b *builder) trimCommon(i, j int) (int, int) {
	common := func(k int) bool {
		t := b.tok(k)
		if b.roleInName(k, j) {
			return false // "Voter Integrity Network"
		}
		if h := strings.LastIndexByte(t.Fold, '-'); h > 0 && hyphenSuffixes[t.Fold[h+1:]] {
			return true // "Manila-based Pacific Crest Securities"
		}
		if b.stop(k) || b.lx.NotNames.Has(t.Fold) && !(b.tag(k) == "I-PER" && k > 0 && b.isNameToken(k-1) && !connectors[b.tok(k-1).Fold]) {
			return true // (a name word inside a name stays: "Fajar Ramadhan", not "El Niño")
		}
		if t.Is(article.AllCaps) {
			return false
		}
		if b.lower[t.Fold] && !strings.HasSuffix(b.tag(k), "PER") && (b.opensSentence(k) || b.headline(k) || j-i == 1) {
			// a word the text also writes in lower case, unless the tagger
			// reads it as part of a name ("tunggal putri Putri Kusuma")
			return true
		}
		// a lone title or organization word: "Dewan", "Presiden"
		if j-i == 1 && (b.lx.OrgHeads.Has(t.Fold) || b.lx.Titles.Has(t.Fold)) {
			return true
		}
		if j-i == 1 && b.opensSentence(k) && b.personByWord(t.Fold) == nil && !b.speechNear(k, k+1) && b.capCount(t.Fold) == 1 && b.appositionClass(k+1) == 0 {
			return true // a lone capitalised word opening a sentence: "Sudden changes …", "Benchmark nickel …"
		}
		return j-i == 1 && t.Is(article.SentStart) && b.tag(k) == "O" && b.personByWord(t.Fold) == nil
	}
	for i < j && common(i) {
		i++
	}
	for j > i && common(j-1) {
		j--
	}
	return i, j
}

// knownOrg finds a lexicon organization named by [i, j) with a legal-form
// or generic head in front: "PT Pertamina" is the known "PT Pertamina
// (Persero)", alias "Pertamina".
func (b *builder) knownOrg(i, j int) (int, bool) {
	_, m, ok := b.lx.OrgHeads.Match(j-i, func(n int) string { return b.tok(i + n).Fold })
	if !ok || m >= j-i {
		return 0, false
	}
	idx, n, ok := b.lx.OrgIndex.Match(j-i-m, func(k int) string { return b.tok(i + m + k).Fold })
	if !ok || n != j-i-m {
		return 0, false
	}
	return idx, true
}

// personTail returns where a person's name starts at the end of an
// organization segment [i, j), or j. titled says a title came before the
// organization, so a person is expected after it.
func (b *builder) personTail(i, j int, titled bool) int {
	if b.tagger == nil {
		return j
	}
	if !titled && b.orgKind(i, j) == "health" && b.honorificWithin(i, j) {
		return j // a hospital named after someone: "RSUD Prof. Dr. W. Z. Johannes"
	}
	for k := i + 1; k < j; k++ {
		if b.tag(k) == "B-PER" {
			if !b.isHonorific(k - 1) {
				return k
			}
			if titled || b.orgKind(i, k-1) != "health" {
				// the honorific opens the person: "Dinkes Kota Semarang dr.
				// Hartini", "Direktur RSUD Al Ihsan dr. Yudi Hermawan"
				return k - 1
			}
			// a name after a hospital's name and "dr." is its namesake:
			// "RSUD dr. Soetomo", "RSUP Nasional Dr. Cipto Mangunkusumo"
		}
	}
	return j
}

func (b *builder) endsWithTail(i, j int) bool {
	for k := i; k < j; k++ {
		if _, m, ok := b.lx.OrgTails.Match(j-k, func(n int) string { return b.tok(k + n).Fold }); ok && k+m == j && k > i {
			return true
		}
	}
	return false
}

func (b *builder) orgKind(i, j int) string {
	if kind, _, ok := b.lx.OrgHeads.Match(j-i, func(n int) string { return b.tok(i + n).Fold }); ok {
		return kind
	}
	for k := i; k < j; k++ {
		if kind, m, ok := b.lx.OrgTails.Match(j-k, func(n int) string { return b.tok(k + n).Fold }); ok && k+m == j {
			return kind
		}
	}
	return ""
}

// nerLabel returns the tagger's majority label over [i, j), or "".
func (b *builder) nerLabel(i, j int) string {
	if b.tagger == nil {
		return ""
	}
	count := map[string]int{}
	for k := i; k < j; k++ {
		if t := b.tag(k); len(t) > 2 {
			count[t[2:]]++
		}
	}
	best, bn := "", 0
	for _, l := range []string{ner.LabelPerson, ner.LabelOrganization, ner.LabelLocation} {
		if count[l] > bn {
			best, bn = l, count[l]
		}
	}
	if 2*bn < j-i {
		return ""
	}
	return best
}

// aboutWords join a document's name to its subject: "Konvensi PBB tentang
// Hukum Laut", "Convention on the Law of the Sea".
var aboutWords = map[string]bool{"tentang": true, "mengenai": true, "on": true, "atas": true}

// lowerDefinition reports whether the acronym at token i, in parentheses,
// spells the initials of the lower-case words before it: "daftar
// inventarisasi masalah (DIM)", "auto reject bawah (ARB)". Such an acronym
// names a term, not an organization.
func (b *builder) lowerDefinition(i int) bool {
	acr := []rune(b.text(i))
	if len(acr) < 2 || len(acr) > 6 {
		return false
	}
	k := i - 2
	for n := len(acr) - 1; n >= 0; n-- {
		if k < 0 || b.tok(k).Kind != article.Word || b.tok(k).Sent != b.tok(i).Sent {
			return false
		}
		t := b.tok(k)
		if t.Is(article.Capitalized) || t.Is(article.AllCaps) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(b.text(k))
		if unicode.ToUpper(r) != acr[n] {
			return false
		}
		k--
	}
	return true
}

// regionAt reports whether a province, city or country starts at token i
// within [i, j): "DKI Jakarta", "Jabar".
func (b *builder) regionAt(i, j int) bool {
	if _, _, ok := b.lx.Regions.Match(j-i, func(n int) string { return b.tok(i + n).Fold }); ok {
		return true
	}
	_, _, ok := b.country(i, j)
	return ok
}

// acronymEvidence reports whether an unknown acronym at token i is used as
// an organization's name: the tagger calls it one, it speaks ("kata MAKI",
// "BPKP menyatakan"), a title or an organization noun stands before it
// ("Ketua MAKI", "perusahaan SKI"), or it recurs in the text. A lone
// unexplained acronym (DIM, SPHP, CBP, RON95) is more often a term, a
// programme or a product than an organization.
func (b *builder) acronymEvidence(i int, label string, ctx *runCtx) bool {
	if strings.IndexFunc(b.text(i), unicode.IsDigit) >= 0 && label != ner.LabelOrganization {
		return false
	}
	if i >= 2 && b.text(i-1) == "(" && b.isNameToken(i-2) {
		// defined after a name: "Kepala Staf Gabungan (JCS)", unless the name
		// is an event, a place or a programme ("Kejuaraan Bulu Tangkis Asia
		// (BAC)")
		s := i - 2
		for s > 0 && b.tok(s-1).Sent == b.tok(i).Sent && (b.isNameToken(s-1) || connectors[b.tok(s-1).Fold] || aboutWords[b.tok(s-1).Fold]) {
			s--
		}
		for s < i-2 && !b.isNameToken(s) {
			s++
		}
		for k := s; k < i-1; k++ {
			if b.lx.Programs.Has(b.tok(k).Fold) {
				// "Konvensi PBB tentang Hukum Laut (UNCLOS)": a document,
				// here and wherever the acronym recurs
				b.notOrgs[b.tok(i).Fold] = true
				return false
			}
		}
		if b.placeWords(s, i-1) {
			b.notOrgs[b.tok(i).Fold] = true // "Zona Ekonomi Eksklusif (ZEE)"
			return false
		}
		return true
	}
	if i >= 2 && b.text(i-1) == "(" && b.lowerDefinition(i) {
		b.notOrgs[b.tok(i).Fold] = true // "daftar inventarisasi masalah (DIM)": a term
		return false
	}
	if label == ner.LabelOrganization || b.speechNear(i, i+1) || len(ctx.titles) > 0 || ctx.classBefore == KindOrganization {
		return true
	}
	if i > 0 && b.tok(i-1).Sent == b.tok(i).Sent {
		switch b.tok(i - 1).Fold {
		case "pt", "pt.", "cv", "perum", "persero", "oleh", "by", "at", "dari", "from", "di", "ke", "pihak":
			return true
		}
	}
	return b.recurs(i)
}

// capCount returns how often the folded word is written capitalised in the
// text outside boilerplate (counted once per document).
func (b *builder) capCount(f string) int {
	if b.capCounts == nil {
		b.capCounts = map[string]int{}
		for k := range b.d.Tokens {
			if t := b.d.Tokens[k]; t.Kind == article.Word && (t.Is(article.Capitalized) || t.Is(article.AllCaps)) && !b.d.Paragraphs[t.Para].Boilerplate {
				b.capCounts[t.Fold]++
			}
		}
	}
	return b.capCounts[f]
}

// recurs reports whether the word at token i occurs again elsewhere in the
// text, outside boilerplate.
func (b *builder) recurs(i int) bool {
	if b.foldCount == nil {
		// counted once per document, so the cost stays linear
		b.foldCount = map[string]int{}
		for k := range b.d.Tokens {
			if t := b.d.Tokens[k]; t.Is(article.AllCaps) && !b.d.Paragraphs[t.Para].Boilerplate {
				b.foldCount[t.Fold]++
			}
		}
	}
	return b.foldCount[b.tok(i).Fold] > 1
}

// isAcronym reports whether token i looks like an organization acronym.
func (b *builder) isAcronym(i int) bool {
	t := b.tok(i)
	if !t.Is(article.AllCaps) || t.Is(article.SentStart) && t.Len() > 7 {
		return false
	}
	w := b.text(i)
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 8 {
		return false
	}
	if strings.Trim(w, "IVXLC") == "" {
		return false // roman numeral
	}
	return !b.stop(i) && !b.lx.NotNames.Has(t.Fold) && !b.notOrgs[t.Fold]
}

// speechNear reports whether a speech verb stands right before or after
// [i, j): "kata Blinken", "Blinken mengatakan", "said Blinken".
func (b *builder) speechNear(i, j int) bool {
	if j < len(b.d.Tokens) && b.tok(j).Sent == b.tok(i).Sent {
		if _, ok := b.lx.SpeechVerbs[b.tok(j).Fold]; ok {
			return true
		}
	}
	if i > 0 && b.tok(i-1).Sent == b.tok(i).Sent {
		if _, ok := b.lx.SpeechVerbs[b.tok(i-1).Fold]; ok {
			return true
		}
	}
	return false
}

func (b *builder) folds(i, j int) []string {
	w := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		if b.tok(k).Kind == article.Word {
			w = append(w, strings.TrimSuffix(b.tok(k).Fold, "."))
		}
	}
	return w
}

// personByWords returns the person whose name contains all words of [i, j).
func (b *builder) personByWords(i, j int) *personB {
	w := b.folds(i, j)
	for k := len(b.people) - 1; k >= 0; k-- {
		if subset(w, b.people[k].words) {
			return b.people[k]
		}
	}
	return nil
}

func (b *builder) personByWord(w string) *personB {
	for k := len(b.people) - 1; k >= 0; k-- {
		for _, x := range b.people[k].words {
			if x == w {
				return b.people[k]
			}
		}
	}
	return nil
}

// sameName reports whether two name forms can name one person: one's words
// are all in the other ("Blinken", "Antony Blinken"), or one abbreviates the
// other's later words to initials ("Herry IP", "Herry Iman Pierngadi").
func sameName(a, b []string) bool {
	if subset(a, b) || subset(b, a) {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) != 2 || len(b) < 3 || a[0] != b[0] {
		return false
	}
	ini := []rune(a[1])
	rest := b[1:]
	if len(ini) != len(rest) {
		return false
	}
	for k, w := range rest {
		r := []rune(w)
		if len(r) == 0 || r[0] != ini[k] {
			return false
		}
	}
	return true
}

func subset(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (b *builder) mark(i, j int) bool { return markIn(b.taken, i, j) }

func markIn(taken []bool, i, j int) bool {
	for k := i; k < j; k++ {
		if taken[k] {
			return false
		}
	}
	for k := i; k < j; k++ {
		taken[k] = true
	}
	return true
}

// addPerson records a person mention [i, j); known is a lexicon index or -1.
func (b *builder) addPerson(i, j int, ctx *runCtx, known int) {
	defer ctx.reset()
	// strip a trailing possessive or stray punctuation, and leading
	// honorifics: "Sir Keir Starmer" is Keir Starmer
	for j > i && (b.tok(j-1).Kind != article.Word || b.tok(j-1).Is(article.Possessive)) {
		j--
	}
	for i < j-1 && (b.isHonorific(i) || b.tok(i).Is(article.AllCaps) && b.lx.Titles.Has(b.tok(i).Fold)) {
		i++ // "AKBP Yudha Pratama": a rank in capitals is a title
	}
	if known < 0 && j-i >= 2 && b.opensSentence(i) && b.lx.CommonWords.Has(b.tok(i).Fold) {
		i++ // "Langkah Jonatan Christie terhenti …": a common noun opens the sentence
	}
	if j <= i || !b.mark(i, j) {
		return
	}
	words := b.folds(i, j)
	surface := b.d.Text[b.tok(i).Start:b.tok(j-1).End]
	var p *personB
	if known < 0 {
		if idx, m, ok := b.lx.PeopleIndex.Match(len(words), func(n int) string { return words[n] }); ok && m == len(words) {
			known = idx
		}
	}
	if known >= 0 {
		for _, q := range b.people {
			if q.known == known {
				p = q
				break
			}
		}
	}
	if p == nil {
		// merge with a fuller or shorter form already seen
		for k := len(b.people) - 1; k >= 0; k-- {
			q := b.people[k]
			if sameName(words, q.words) {
				p = q
				break
			}
		}
	}
	if p == nil {
		p = &personB{known: known}
		b.people = append(b.people, p)
	}
	if p.known < 0 {
		p.known = known
	}
	if len(words) > len(p.words) && (subset(p.words, words) || len(p.words) == 0) {
		p.words = words
		p.name = surface
	}
	if known >= 0 && p.known == known {
		kn := b.lx.People[known].Name
		if len(strings.Fields(kn)) >= len(p.words) && strings.Contains(b.d.Text, kn) {
			p.name = kn
			p.words = b.foldWords(kn)
		}
	}
	p.aliases = appendUnique(p.aliases, surface)
	for _, t := range ctx.titles {
		p.titles = appendUnique(p.titles, strings.ToLower(t))
	}
	if ctx.aff != nil && p.aff == nil {
		a := *ctx.aff
		p.aff = &a
	}
	p.mentions = append(p.mentions, span{i, j})
}

func (b *builder) foldWords(s string) []string {
	var w []string
	for _, f := range strings.Fields(s) {
		w = append(w, strings.TrimSuffix(strings.ToLower(f), "."))
	}
	return w
}

// addOrg records an organization mention [i, j). name and acronym come from
// the lexicon when known.
func (b *builder) addOrg(i, j int, name, acronym, typ string) *orgB {
	surface := b.d.Text[b.tok(i).Start:b.tok(j-1).End]
	if !b.mark(i, j) {
		// already part of another mention: still return the org it names
		if o := b.orgKeys[strings.ToLower(surface)]; o != nil {
			return o
		}
		return &orgB{name: surface}
	}
	keys := []string{strings.ToLower(surface)}
	if name != "" {
		keys = append(keys, strings.ToLower(name))
	}
	if acronym != "" {
		keys = append(keys, strings.ToLower(acronym))
	}
	var o *orgB
	for _, k := range keys {
		if o = b.orgKeys[k]; o != nil {
			break
		}
	}
	if o == nil {
		o = &orgB{first: i}
		b.orgs = append(b.orgs, o)
	}
	if name != "" {
		o.name = name
	} else if o.name == "" || len(surface) > len(o.name) && o.acronym != surface {
		if o.name == "" || o.acronym == "" {
			o.name = surface
		}
	}
	if acronym != "" {
		o.acronym = acronym
	}
	if typ != "" && o.typ == "" {
		o.typ = typ
	}
	o.aliases = appendUnique(o.aliases, surface)
	o.mentions = append(o.mentions, span{i, j})
	b.countriesWithin(i, j, name)
	for _, k := range keys {
		b.orgKeys[k] = o
	}
	return o
}

func (b *builder) addCountry(i, j int, ref lexicon.CountryRef) *countryB {
	c := b.countries[ref.Code]
	if c == nil {
		c = &countryB{code: ref.Code}
		b.countries[ref.Code] = c
		b.corder = append(b.corder, c)
	}
	if markIn(b.ctaken, i, j) {
		c.mentions = append(c.mentions, CountryMention{Mention: b.d.Mention(b.d.Slice(i, j)), Refer: ref.Kind.String()})
		c.spans = append(c.spans, span{i, j})
	}
	return c
}

// countriesWithin records the countries named inside an organization's
// name: "U.S. State Department", "Kementerian Pertahanan Korsel". A country
// that is part of a known organization's own name ("Bank Indonesia",
// "Garuda Indonesia") is not a reference to the country.
func (b *builder) countriesWithin(i, j int, known string) {
	for k := i; k < j; k++ {
		if b.ctaken[k] {
			continue
		}
		if ref, m, ok := b.country(k, j); ok && ref.Kind != lexicon.CountryCapital {
			if known != "" && strings.Contains(strings.ToLower(known), strings.ToLower(b.d.Text[b.tok(k).Start:b.tok(k+m-1).End])) {
				k += m - 1
				continue
			}
			b.addCountry(k, k+m, ref)
			k += m - 1
		}
	}
}

// parenthetical links "X (ACR)" after a run ending before token j and
// returns the token after the closing parenthesis, or j.
func (b *builder) parenthetical(j int) int {
	d := b.d
	if j+2 >= len(d.Tokens) || b.text(j) != "(" || j == 0 {
		return j
	}
	close := -1
	for k := j + 1; k < len(d.Tokens) && k <= j+5 && d.Tokens[k].Sent == d.Tokens[j].Sent; k++ {
		if b.text(k) == ")" {
			close = k
			break
		}
		if !b.isNameToken(k) {
			return j
		}
	}
	if close < 0 || close == j+1 {
		return j
	}
	in := span{j + 1, close}
	after := close + 1
	// what does the run before the parenthesis name?
	for _, o := range b.orgs {
		if m := o.mentions[len(o.mentions)-1]; m.end == j {
			if close-in.first == 1 && b.tok(in.first).Is(article.AllCaps) {
				acr := b.text(in.first)
				if idx, ok := b.lx.OrgIndex.Get(strings.ToLower(acr)); ok && !strings.EqualFold(b.lx.Orgs[idx].Name, o.name) && strings.EqualFold(b.lx.Orgs[idx].Acronym, acr) {
					// "Majelis Umum Perserikatan Bangsa-Bangsa (PBB)": the
					// acronym names the known organization inside the name
					ko := b.lx.Orgs[idx]
					known := b.addOrg(in.first, in.end, ko.Name, ko.Acronym, ko.Kind)
					if (nameOverlaps(ko.Name, o.name) || !b.holdsKnown(o.name, ko)) && known != o {
						// "Bada Pusat Statistik (BPS)": a misspelt or partial
						// expansion of the known organization; "the
						// Corruption Eradication Commission (KPK)": a
						// translation of its name
						known.mentions = append(known.mentions, o.mentions...)
						known.aliases = appendUnique(known.aliases, o.name)
						for _, a := range o.aliases {
							known.aliases = appendUnique(known.aliases, a)
						}
						o.name = ""
						for k, v := range b.orgKeys {
							if v == o {
								b.orgKeys[k] = known
							}
						}
					}
					return after
				}
				if b.mark(in.first, in.end) {
					o.acronym = acr
					o.aliases = appendUnique(o.aliases, acr)
					o.mentions = append(o.mentions, in)
					b.orgKeys[strings.ToLower(acr)] = o
					if o.name == acr {
						o.name = b.d.Text[b.tok(m.first).Start:b.tok(m.end-1).End]
					}
				}
			} else if n := close - in.first; n >= 2 && n <= 3 && b.shortFormAt(in.first, close) && b.mark(in.first, in.end) {
				// "Kepolisian Daerah Nusa Tenggara Barat (Polda NTB)", "PT
				// Lintas Samudra Nusantara Tbk (PT LSN)": a short form of
				// several words
				short := b.d.Text[b.tok(in.first).Start:b.tok(close-1).End]
				o.aliases = appendUnique(o.aliases, short)
				o.mentions = append(o.mentions, in)
				b.orgKeys[strings.ToLower(short)] = o
			}
			return after
		}
	}
	if close-in.first == 1 && b.tok(in.first).Is(article.AllCaps) && b.isNameToken(j-1) && !b.taken[j-1] && !b.ctaken[j-1] {
		// An unclassified name with its acronym. After "program", "RUU",
		// "bill" it is not an organization, here and wherever the acronym
		// recurs ("program Makan Bergizi Gratis (MBG)"); otherwise a name
		// whose initials the acronym spells is one ("Joint Chiefs of Staff
		// (JCS)").
		acr := b.tok(in.first).Fold
		if _, known := b.lx.OrgIndex.Get(acr); !known {
			start := j - 1
			for start > 0 && (b.isNameToken(start-1) || connectors[b.tok(start-1).Fold]) && !b.taken[start-1] && !b.ctaken[start-1] && b.tok(start-1).Sent == b.tok(j).Sent {
				start--
			}
			for start < j && (connectors[b.tok(start).Fold] || b.stop(start)) {
				start++
			}
			switch {
			case start > 0 && b.lx.Programs.Has(b.tok(start-1).Fold) || start < j && b.lx.Programs.Has(b.tok(start).Fold) || start < j && b.placeWords(start, j):
				// (also a place: "Stadion Utama Gelora Bung Karno (SUGBK)")
				b.notOrgs[acr] = true
			case start < j && b.initialsMatch(start, j, b.text(in.first)):
				o := b.addOrg(start, j, "", "", b.orgKind(start, j))
				if b.mark(in.first, in.end) {
					o.acronym = b.text(in.first)
					o.aliases = appendUnique(o.aliases, o.acronym)
					o.mentions = append(o.mentions, in)
					b.orgKeys[acr] = o
				}
			}
			return after
		}
	}
	for _, p := range b.people {
		if m := p.mentions[len(p.mentions)-1]; m.end == j {
			// a nickname or short form: "Herry Iman Pierngadi (Herry IP)"
			if _, _, isCountry := b.country(in.first, in.end); !isCountry && b.mark(in.first, in.end) {
				p.aliases = appendUnique(p.aliases, b.d.Text[b.tok(in.first).Start:b.tok(in.end-1).End])
				p.mentions = append(p.mentions, in)
			}
			return after
		}
	}
	return after
}

// lists makes the names of a coordinated list agree: in "Fortescue,
// BlueScope, Sun Cable, Telstra and Wesfarmers", when most recognised items
// are organizations, the unrecognised items (and one-off untitled "people")
// are organizations too.
func (b *builder) lists() {
	d := b.d
	orgAt := map[int]*orgB{}
	for _, o := range b.orgs {
		for _, m := range o.mentions {
			orgAt[m.first] = o
		}
	}
	personAt := map[int]*personB{}
	for _, p := range b.people {
		for _, m := range p.mentions {
			personAt[m.first] = p
		}
	}
	for _, s := range d.Sentences {
		if d.Paragraphs[s.Para].Boilerplate {
			continue
		}
		// items: capitalised runs separated only by "," "and" "dan" "serta" "&"
		var items []span
		flushList := func() {
			if len(items) >= 3 {
				b.settleList(items, orgAt, personAt)
			}
			items = items[:0]
		}
		for i := s.First; i < s.End; {
			if !b.isNameToken(i) {
				t := d.Tokens[i]
				if !(t.Kind == article.Punct && b.text(i) == "," || t.Kind == article.Word && listJoiners[t.Fold]) {
					flushList()
				}
				i++
				continue
			}
			j := i + 1
			for j < s.End && b.isNameToken(j) {
				j++
			}
			items = append(items, span{i, j})
			i = j
		}
		flushList()
	}
}

var listJoiners = map[string]bool{"and": true, "dan": true, "serta": true, "&": true, "or": true, "atau": true}

func (b *builder) settleList(items []span, orgAt map[int]*orgB, personAt map[int]*personB) {
	orgs, people, other := 0, 0, 0
	for _, it := range items {
		switch {
		case orgAt[it.first] != nil:
			orgs++
		case personAt[it.first] != nil:
			people++
		case b.ctaken[it.first]:
			other++
		}
	}
	if orgs < 2 || orgs <= people+other {
		return
	}
	for _, it := range items {
		if orgAt[it.first] != nil || b.ctaken[it.first] {
			continue
		}
		if p := personAt[it.first]; p != nil {
			if len(p.mentions) != 1 || len(p.titles) > 0 {
				continue
			}
			p.name = "" // dropped by set()
			for k := it.first; k < it.end; k++ {
				b.taken[k] = false
			}
		}
		if b.headline(it.first) {
			continue
		}
		b.addOrg(it.first, it.end, "", "", "")
	}
}

// nameParts finds later mentions of a person by one of their name words
// that no rule claimed: "Retno" after "Menteri Luar Negeri Retno Marsudi".
func (b *builder) nameParts() {
	if len(b.people) == 0 {
		return
	}
	d := b.d
	for i := range d.Tokens {
		if b.taken[i] || !b.isNameToken(i) || d.IsBoilerplate(i) {
			continue
		}
		f := strings.TrimSuffix(d.Tokens[i].Fold, ".")
		if b.lx.Stopwords.Has(f) || b.lx.Roles.Has(f) || b.lx.NotNames.Has(f) || b.lx.Months.Has(f) || b.lx.Days.Has(f) {
			continue // ("bulan Ramadhan" is no mention of Fajar Ramadhan)
		}
		// extend over following capitalised words of the same name
		j := i + 1
		for j < len(d.Tokens) && b.isNameToken(j) && !b.taken[j] && d.Tokens[j].Sent == d.Tokens[i].Sent {
			j++
		}
		p := b.personByWords(i, j)
		if p == nil || len(p.words) < 2 && j-i == 1 && p.words[0] != f {
			continue
		}
		b.mark(i, j)
		surface := d.Text[d.Tokens[i].Start:d.Tokens[j-1].End]
		p.aliases = appendUnique(p.aliases, surface)
		p.mentions = append(p.mentions, span{i, j})
	}
}

// holdsKnown reports whether the name contains the name, an alias or the
// acronym of the known organization ko as whole words: "Majelis Umum
// Perserikatan Bangsa-Bangsa" holds "Perserikatan Bangsa-Bangsa".
func (b *builder) holdsKnown(name string, ko lexicon.Org) bool {
	words := b.foldWords(name)
	for _, n := range append([]string{ko.Name, ko.Acronym}, ko.Aliases...) {
		if n == "" {
			continue
		}
		if w := b.foldWords(n); len(w) > 0 && containsRun(words, w) {
			return true
		}
	}
	return false
}

// containsRun reports whether sub occurs in words as a contiguous run.
func containsRun(words, sub []string) bool {
	for i := 0; i+len(sub) <= len(words); i++ {
		if slices.Equal(words[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// nameOverlaps reports whether two names of nearly the same length end
// with the same two words: "Badan Pusat Statistik" and "Pusat Statistik"
// or a misspelt "Bada Pusat Statistik".
func nameOverlaps(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(fa) >= 3 && len(fb) >= 3 && fa[0] == fb[0] && fa[len(fa)-1] == fb[len(fb)-1] && fa[len(fa)-2] == fb[len(fb)-2] {
		// descriptors inserted in the middle: "Rumah Sakit Umum Pusat
		// Nasional Dr. Cipto Mangunkusumo" is "Rumah Sakit Cipto Mangunkusumo"
		return true
	}
	if len(fa) < 2 || len(fb) < 2 || len(fa)-len(fb) > 1 || len(fb)-len(fa) > 1 {
		return false // "Komisi I Dewan Perwakilan Rakyat" is a part of the DPR, not the DPR
	}
	return fa[len(fa)-1] == fb[len(fb)-1] && fa[len(fa)-2] == fb[len(fb)-2]
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// set assembles the result in order of first mention.
func (b *builder) set() *Set {
	s := &Set{}
	d := b.d
	sort.SliceStable(b.people, func(i, j int) bool { return firstOf(b.people[i].mentions) < firstOf(b.people[j].mentions) })
	for _, p := range b.people {
		if !b.plausiblePerson(p) {
			continue
		}
		pe := Person{Name: p.name, Aliases: p.aliases, Titles: p.titles, Affiliation: p.aff}
		if pe.Titles == nil {
			pe.Titles = []string{}
		}
		ref := Ref{Kind: KindPerson, Index: len(s.People)}
		for _, m := range sortSpans(p.mentions) {
			pe.Mentions = append(pe.Mentions, d.Mention(d.Slice(m.first, m.end)))
			s.Index = append(s.Index, Located{Span: d.Slice(m.first, m.end), Ref: ref, First: m.first, End: m.end})
		}
		s.People = append(s.People, pe)
	}
	sort.SliceStable(b.orgs, func(i, j int) bool { return firstOf(b.orgs[i].mentions) < firstOf(b.orgs[j].mentions) })
	for _, o := range b.orgs {
		if o.name == "" {
			continue
		}
		org := Organization{Name: b.textName(o), Acronym: o.acronym, Aliases: appendUnique(o.aliases, o.name), Type: o.typ}
		if o.acronym != "" && o.name != o.acronym {
			org.Expansion = o.name
		}
		ref := Ref{Kind: KindOrganization, Index: len(s.Organizations)}
		for _, m := range sortSpans(o.mentions) {
			org.Mentions = append(org.Mentions, d.Mention(d.Slice(m.first, m.end)))
			s.Index = append(s.Index, Located{Span: d.Slice(m.first, m.end), Ref: ref, First: m.first, End: m.end})
		}
		s.Organizations = append(s.Organizations, org)
	}
	for _, c := range b.corder {
		if len(c.mentions) == 0 {
			continue
		}
		ref := Ref{Kind: KindCountry, Index: len(s.Countries)}
		s.Countries = append(s.Countries, Country{Code: c.code, Name: lexicon.CountryDisplayName(c.code, b.lx.Lang), Mentions: c.mentions})
		for _, m := range c.spans {
			s.Index = append(s.Index, Located{Span: d.Slice(m.first, m.end), Ref: ref, First: m.first, End: m.end})
		}
	}
	sort.SliceStable(s.Index, func(i, j int) bool {
		if s.Index[i].First != s.Index[j].First {
			return s.Index[i].First < s.Index[j].First
		}
		return s.Index[i].End > s.Index[j].End
	})
	b.genders(s)
	b.appositionTitles(s)
	return s
}

// textName returns the name to report for o: its name, unless the text
// only ever writes its acronym ("PSSI" in an article that never spells out
// Persatuan Sepak Bola Seluruh Indonesia), in which case the acronym, as
// the text names it; the expansion is then reported as Expansion and
// stays an alias.
func (b *builder) textName(o *orgB) string {
	if o.acronym == "" || len(o.mentions) == 0 {
		return o.name
	}
	for _, m := range o.mentions {
		if m.end-m.first != 1 || b.text(m.first) != o.acronym {
			return o.name
		}
	}
	return o.acronym
}

// plausiblePerson drops names made only of lexicon words or without a
// letter-initial word.
func (b *builder) plausiblePerson(p *personB) bool {
	if p.name == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.name)
	return unicode.IsLetter(r)
}

func firstOf(m []span) int {
	f := int(^uint(0) >> 1)
	for _, s := range m {
		f = min(f, s.first)
	}
	return f
}

func sortSpans(m []span) []span {
	sort.Slice(m, func(i, j int) bool { return m[i].first < m[j].first })
	return m
}
