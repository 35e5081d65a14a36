package claims

import (
	"sort"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/lexicon"
	"github.com/wartalab/warta/quotes"
)

// SourceKind says what kind of source a claim has.
type SourceKind string

// Source kinds.
const (
	// KindPerson is one person, named, or referred to by a pronoun or title.
	KindPerson SourceKind = "person"
	// KindOrganization is one named organization.
	KindOrganization SourceKind = "organization"
	// KindCountry is a country or its government ("Korea Selatan", "China said").
	KindCountry SourceKind = "country"
	// KindGroup is an unnamed group or description ("Analis Korea Selatan",
	// "Western diplomats", "police").
	KindGroup SourceKind = "group"
	// KindAnonymous is a source the text says is not named ("a senior official
	// who asked not to be named", "sumber").
	KindAnonymous SourceKind = "anonymous"
)

// A Claim is a statement the article attributes to a source without
// quotation marks. The embedded Span is the byte span [Start, End) of the
// content in the article text, and Content equals text[Start:End].
type Claim struct {
	// Source is the canonical name of the entity when the source is one
	// person or organization of the entities result (also through a pronoun
	// or a title), otherwise the source phrase as written.
	Source string `json:"source"`
	// SourceMention is the source phrase as written, or nil when the cue
	// carries the source itself ("katanya").
	SourceMention *article.Mention `json:"source_mention"`
	// SourceRef points at the source entity, or is nil.
	SourceRef *entities.Ref `json:"source_ref"`
	// SourceKind is person, organization, country, group or anonymous.
	SourceKind SourceKind `json:"source_kind"`
	// Countries lists the ISO 3166-1 alpha-2 codes named in the source
	// phrase ("Analis Korea Selatan" gives KR), in order, once each.
	Countries []string `json:"countries"`

	// Cue is the attribution word(s) as written ("mengatakan", "according to").
	Cue string `json:"cue"`
	// CueSpan is the byte span of Cue.
	CueSpan article.Span `json:"cue_span"`
	// CueClass is assert, deny, accuse, warn, predict, believe, report, add
	// or promise.
	CueClass string `json:"cue_class"`

	// Content is the claimed proposition as written, without a leading
	// complementizer (bahwa, that) and without final punctuation.
	Content string `json:"content"`
	article.Span

	// Hedged is set when the content (or the cue) marks the claim as
	// uncertain: mungkin, kemungkinan, diperkirakan, may, could, likely.
	Hedged bool `json:"hedged"`
	// Negated is set when the content or the cue is negated: tidak, belum,
	// not, never.
	Negated bool `json:"negated"`
	// Entities lists the entities mentioned inside the content, once each,
	// in order of first mention.
	Entities []entities.Ref `json:"entities"`
	// Pass names the sieve pass that found the frame.
	Pass string `json:"pass"`
}

// An Extractor finds claims. It is immutable after [New] and safe for
// concurrent use by multiple goroutines.
type Extractor struct {
	tables map[string]*tables
}

// New returns an Extractor with its cue tables loaded. It fails only when an
// embedded data file is malformed.
func New() (*Extractor, error) {
	t, err := loadTables()
	if err != nil {
		return nil, err
	}
	return &Extractor{tables: t}, nil
}

// Extract returns the claims of doc in text order. ents is the entities
// result for doc (nil means none); qs are the direct quotes of doc, used so
// that a quotation is not reported again as a claim. Boilerplate paragraphs
// are skipped. Extract never panics on any text and its cost is linear in the
// size of doc.
func (x *Extractor) Extract(doc *article.Doc, ents *entities.Set, qs []quotes.Quote) []Claim {
	if doc == nil || len(doc.Tokens) == 0 {
		return nil
	}
	if ents == nil {
		ents = &entities.Set{}
	}
	if t, ok := x.tables[doc.Lang]; ok {
		return x.extract(doc, lexicon.For(doc.Lang), t, ents, qs)
	}
	// Undetermined language (a short text): keep the reading that finds more.
	var best []Claim
	for _, l := range languages {
		if cs := x.extract(doc, lexicon.For(l), x.tables[l], ents, qs); len(cs) > len(best) {
			best = cs
		}
	}
	return best
}

func (x *Extractor) extract(doc *article.Doc, lx *lexicon.Set, t *tables, ents *entities.Set, qs []quotes.Quote) []Claim {
	st := &state{d: doc, lx: lx, t: t, ents: ents, qs: qs, taken: make([]bool, len(doc.Tokens))}
	for _, p := range sieve {
		for si, s := range doc.Sentences {
			if doc.Paragraphs[s.Para].Boilerplate {
				continue
			}
			for _, f := range p.run(st, si) {
				st.accept(f, p.name)
			}
		}
	}
	// Sources are resolved in text order, so that "the ministry said" and
	// "they said" can lean on earlier claims whichever pass found them.
	sort.SliceStable(st.found, func(i, j int) bool { return st.found[i].f.cueFirst < st.found[j].f.cueFirst })
	for _, a := range st.found {
		c := a.c
		st.resolve(&c, a.f)
		st.flags(&c, a.f)
		st.claims = append(st.claims, c)
	}
	sort.SliceStable(st.claims, func(i, j int) bool { return st.claims[i].Start < st.claims[j].Start })
	return st.claims
}

// A frame is what a pass found: token ranges of the cue, the source and the
// content, all half-open. An empty source (srcFirst == srcEnd) with clitic set
// means the cue carries a pronoun ("katanya").
type frame struct {
	cueFirst, cueEnd int
	srcFirst, srcEnd int
	conFirst, conEnd int
	// conEndByte, when > 0, cuts the content inside token conEnd-1 (a
	// sentence boundary with no space: "AS.Sehari").
	conEndByte int
	cue        cue
	clitic     bool
	negCue     bool
}

// state is the per-call working data of Extract.
type state struct {
	d      *article.Doc
	lx     *lexicon.Set
	t      *tables
	ents   *entities.Set
	qs     []quotes.Quote
	taken  []bool
	found  []accepted
	claims []Claim
}

// accept turns f into a claim unless it reuses words of an earlier claim or
// is a quotation.
func (st *state) accept(f frame, pass string) {
	if f.conEnd <= f.conFirst || f.cueEnd <= f.cueFirst {
		return
	}
	for _, r := range [][2]int{{f.cueFirst, f.cueEnd}, {f.conFirst, f.conEnd}, {f.srcFirst, f.srcEnd}} {
		for i := r[0]; i < r[1]; i++ {
			if st.taken[i] {
				return
			}
		}
	}
	span := st.d.Slice(f.conFirst, f.conEnd)
	if f.conEndByte > span.Start && f.conEndByte < span.End {
		span.End = f.conEndByte
	}
	if st.quoted(f.conFirst, span) || st.words(f.conFirst, f.conEnd) < minContentWords && !st.pronounClause(f.conFirst, f.conEnd) {
		return
	}
	c := Claim{
		Content:  st.d.Text[span.Start:span.End],
		Span:     span,
		CueSpan:  st.d.Slice(f.cueFirst, f.cueEnd),
		CueClass: f.cue.class,
		Pass:     pass,
	}
	c.Cue = st.d.Text[c.CueSpan.Start:c.CueSpan.End]
	for _, r := range [][2]int{{f.cueFirst, f.cueEnd}, {f.conFirst, f.conEnd}} {
		for i := r[0]; i < r[1]; i++ {
			st.taken[i] = true
		}
	}
	st.found = append(st.found, accepted{f, c})
}

// accepted is a frame that passed [state.accept], with its claim before
// source resolution.
type accepted struct {
	f frame
	c Claim
}

// minContentWords is the fewest words a proposition can have: a subject and a
// predicate with one complement ("harga beras naik lagi").
const minContentWords = 3

// pronounClause reports whether [first, end) is a pronoun and one verb,
// the shortest proposition ("He said he refused", "Dia mengaku menolak" has
// three words anyway), not a pronoun and an auxiliary ("they would").
func (st *state) pronounClause(first, end int) bool {
	if st.words(first, end) != 2 || st.pronoun(first) == 0 || st.d.Tokens[first+1].Kind != article.Word {
		return false
	}
	return !st.is(first+1, roleAux|rolePassive|roleHedge|roleNeg|roleProform|roleComp|roleStop) && st.pronoun(first+1) == 0
}

// words counts the word and number tokens of [first, end).
func (st *state) words(first, end int) int {
	n := 0
	for i := first; i < end; i++ {
		if k := st.d.Tokens[i].Kind; k == article.Word || k == article.Number {
			n++
		}
	}
	return n
}

// quoted reports whether content starting at token first with the given span
// is a direct quotation: it opens with a quotation mark, or a quote of the
// quotes result starts at its start and covers most of it.
func (st *state) quoted(first int, span article.Span) bool {
	if t := st.d.Tokens[first]; t.Kind == article.Quote && t.Is(article.QuoteOpen) {
		return true
	}
	// quotes come in text order: start at the first that ends after the span
	// starts, so the cost per claim does not grow with the article
	k := sort.Search(len(st.qs), func(k int) bool { return st.qs[k].End > span.Start })
	for _, q := range st.qs[k:] {
		if q.Start >= span.End {
			break
		}
		if q.End <= span.Start {
			continue
		}
		lo, hi := max(q.Start, span.Start), min(q.End, span.End)
		if q.Start <= span.Start+3 && 2*(hi-lo) >= span.Len() {
			return true
		}
	}
	return false
}
