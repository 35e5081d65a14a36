package corpus

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/lexicon"
)

// IndexOptions configure an [Index]. The zero value is ready to use.
type IndexOptions struct {
	// Vectors, when set, let near-duplicate claims and quotes that share
	// few words still be grouped, and add a "vectors" reason to merge
	// suggestions. Without vectors, grouping uses word overlap only.
	Vectors *Vectors
	// MinSimilarity is the cosine of embeddings from which two claims or
	// quotes count as the same statement; 0 means 0.9.
	MinSimilarity float64
	// MinOverlap is the token Dice overlap (see [Dice]) from which two
	// claims or quotes count as the same statement; 0 means 0.6.
	MinOverlap float64
}

// An Index aggregates analysis results across articles: the same person,
// organization or country merged over articles, who is quoted most and
// about what, which entities occur together, and which claims and quotes
// several articles carry.
//
// Add records a few hundred bytes per article plus the text of its quotes
// and claims, so an Index is meant for collections that fit in memory;
// [Run] itself does not need one. An Index is not safe for concurrent use:
// call Add from the goroutine that writes outputs (a [SinkFunc] does).
type Index struct {
	opts  IndexOptions
	keys  map[string]int // entity key -> node
	nodes []node
	arts  []articleObs
	quote []textObs
	claim []textObs
}

type node struct {
	parent   int
	kind     string
	names    map[string]int // surface name -> times used as the name
	aliases  map[string]bool
	mentions int
}

type articleObs struct {
	id    string
	nodes []int
}

type textObs struct {
	article int
	node    int    // speaker or source entity, or -1
	who     string // speaker or source as written by the analyzer
	text    string
}

// NewIndex returns an empty Index.
func NewIndex(opts IndexOptions) *Index {
	if opts.MinSimilarity == 0 {
		opts.MinSimilarity = 0.9
	}
	if opts.MinOverlap == 0 {
		opts.MinOverlap = 0.6
	}
	return &Index{opts: opts, keys: map[string]int{}}
}

// Entity kinds in an [Index].
const (
	KindPerson       = "person"
	KindOrganization = "organization"
	KindCountry      = "country"
)

// Add records the result of one article. A nil result (an error output) is
// counted as an article with nothing in it.
func (x *Index) Add(id string, r *warta.Result) {
	art := len(x.arts)
	x.arts = append(x.arts, articleObs{id: id})
	if r == nil {
		return
	}
	a := &x.arts[art]
	for _, p := range r.People {
		keys := []string{NameKey(p.Name)}
		for _, al := range p.Aliases {
			if k := NameKey(al); strings.Contains(k, " ") {
				keys = append(keys, k) // a lone surname would join strangers
			}
		}
		a.nodes = append(a.nodes, x.observe(KindPerson, p.Name, p.Aliases, keys, len(p.Mentions)))
	}
	for _, o := range r.Organizations {
		keys := []string{NameKey(o.Name)}
		for _, al := range append([]string{o.Acronym}, o.Aliases...) {
			if k := NameKey(al); len(k) > 1 {
				keys = append(keys, k)
			}
		}
		aliases := o.Aliases
		if o.Acronym != "" {
			aliases = append([]string{o.Acronym}, aliases...)
		}
		a.nodes = append(a.nodes, x.observe(KindOrganization, o.Name, aliases, keys, len(o.Mentions)))
	}
	for _, c := range r.Countries {
		a.nodes = append(a.nodes, x.observe(KindCountry, c.Name, nil, []string{c.Code}, len(c.Mentions)))
	}
	for _, q := range r.Quotes {
		who := ""
		if q.Speaker != nil {
			who = *q.Speaker
		}
		x.quote = append(x.quote, textObs{article: art, node: x.lookup(who), who: who, text: q.Text})
	}
	for _, c := range r.Claims {
		x.claim = append(x.claim, textObs{article: art, node: x.lookup(c.Source), who: c.Source, text: c.Content})
	}
}

// observe merges one entity of one article into the index and returns its
// node.
func (x *Index) observe(kind, name string, aliases, keys []string, mentions int) int {
	id := -1
	for _, k := range keys {
		if k == "" {
			continue
		}
		k = kind + ":" + k
		n, ok := x.keys[k]
		if !ok {
			if id < 0 {
				id = x.newNode(kind)
			}
			x.keys[k] = id
			continue
		}
		if id < 0 {
			id = n
		} else {
			x.union(id, n)
		}
	}
	if id < 0 {
		id = x.newNode(kind)
	}
	nd := &x.nodes[x.find(id)]
	nd.mentions += mentions
	if name != "" {
		nd.names[name]++
		nd.aliases[name] = true
	}
	for _, al := range aliases {
		if al != "" && len(nd.aliases) < 64 {
			nd.aliases[al] = true
		}
	}
	return id
}

func (x *Index) newNode(kind string) int {
	x.nodes = append(x.nodes, node{parent: len(x.nodes), kind: kind, names: map[string]int{}, aliases: map[string]bool{}})
	return len(x.nodes) - 1
}

func (x *Index) find(i int) int {
	for x.nodes[i].parent != i {
		x.nodes[i].parent = x.nodes[x.nodes[i].parent].parent
		i = x.nodes[i].parent
	}
	return i
}

func (x *Index) union(a, b int) {
	a, b = x.find(a), x.find(b)
	if a == b {
		return
	}
	if a > b {
		a, b = b, a // the older node stays the root
	}
	na, nb := &x.nodes[a], &x.nodes[b]
	nb.parent = a
	na.mentions += nb.mentions
	for k, v := range nb.names {
		na.names[k] += v
	}
	for k := range nb.aliases {
		if len(na.aliases) < 64 {
			na.aliases[k] = true
		}
	}
	nb.names, nb.aliases = nil, nil
}

// lookup finds the person or organization named who, or -1.
func (x *Index) lookup(who string) int {
	k := NameKey(who)
	if k == "" {
		return -1
	}
	for _, kind := range []string{KindPerson, KindOrganization} {
		if n, ok := x.keys[kind+":"+k]; ok {
			return n
		}
	}
	return -1
}

// NameKey is the key under which an [Index] merges names across articles:
// NFKD without accents, folded, hyphens, dots and apostrophes dropped or
// turned into spaces, so "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN"
// meet. Other aggregators (such as the Beam pipeline) use it to agree with
// the Index.
func NameKey(name string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '.' || r == '\'' || r == '\u2019':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// An IndexEntity is one person, organization or country merged across
// articles.
type IndexEntity struct {
	// ID is stable within one Summary: "p12", "o3", "c:ID".
	ID   string `json:"id"`
	Kind string `json:"kind"`
	// Name is the form most articles use as the name (ties: the longest);
	// for a country it is the country's name as the analyzer gave it.
	Name     string   `json:"name"`
	Code     string   `json:"code,omitempty"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
	Articles int      `json:"articles"`
	Quotes   int      `json:"quotes"`
	Claims   int      `json:"claims"`
}

// A Speaker is someone quoted in the collection.
type Speaker struct {
	// Entity is the IndexEntity ID, or "" when the speaker is not a known
	// person or organization.
	Entity   string `json:"entity,omitempty"`
	Name     string `json:"name"`
	Quotes   int    `json:"quotes"`
	Articles int    `json:"articles"`
	// Topics are the most frequent content words of the speaker's quotes.
	Topics []string `json:"topics"`
	// Examples are up to three of the speaker's quotes.
	Examples []string `json:"examples"`
}

// An Edge says that two entities occur in the same articles.
type Edge struct {
	Source   string `json:"source"`
	Target   string `json:"target"`
	Articles int    `json:"articles"`
}

// A Group is one statement carried by several articles: near-duplicate
// claims or quotes.
type Group struct {
	// Text is the statement as the first article words it.
	Text string `json:"text"`
	// Articles lists the ids of the articles, in input order, once each.
	Articles []string    `json:"articles"`
	Items    []GroupItem `json:"items"`
}

// A GroupItem is one member of a [Group].
type GroupItem struct {
	Article string `json:"article"`
	Who     string `json:"who"`
	Text    string `json:"text"`
}

// A MergeSuggestion names two entities that may be the same: their names
// share words ("subset"), differ by a few letters ("spelling") or have close
// vectors ("vectors").
type MergeSuggestion struct {
	A      string  `json:"a"`
	B      string  `json:"b"`
	NameA  string  `json:"name_a"`
	NameB  string  `json:"name_b"`
	Score  float64 `json:"score"`
	Reason string  `json:"reason"`
}

// A Summary is what an [Index] found, ready for JSON.
type Summary struct {
	Articles int `json:"articles"`
	// Entities are sorted by articles, then mentions, most first.
	Entities []IndexEntity `json:"entities"`
	// Speakers are sorted by quotes, then articles, most first.
	Speakers []Speaker `json:"speakers"`
	// Cooccurrences link entities found in the same article, most shared
	// articles first.
	Cooccurrences []Edge `json:"cooccurrences"`
	// Claims and Quotes are the statements carried by more than one
	// article, most articles first.
	Claims           []Group           `json:"claims"`
	Quotes           []Group           `json:"quotes"`
	MergeSuggestions []MergeSuggestion `json:"merge_suggestions"`
}

// Summary computes the aggregate view. It can be called again after more
// Adds.
func (x *Index) Summary() *Summary {
	s := &Summary{Articles: len(x.arts)}
	ids := map[int]string{} // root -> entity id
	pos := map[int]int{}    // root -> index in s.Entities
	entOf := func(root int) *IndexEntity {
		if i, ok := pos[root]; ok {
			return &s.Entities[i]
		}
		nd := &x.nodes[root]
		e := IndexEntity{Kind: nd.kind, Name: BestName(nd.names)}
		switch nd.kind {
		case KindCountry:
			for k, v := range x.keys {
				if v >= 0 && strings.HasPrefix(k, KindCountry+":") && x.find(v) == root {
					e.Code = strings.TrimPrefix(k, KindCountry+":")
					break
				}
			}
			e.ID = "c:" + e.Code
		case KindPerson:
			e.ID = "p" + itoa(root)
		default:
			e.ID = "o" + itoa(root)
		}
		for a := range nd.aliases {
			e.Aliases = append(e.Aliases, a)
		}
		slices.Sort(e.Aliases)
		e.Mentions = nd.mentions
		pos[root] = len(s.Entities)
		ids[root] = e.ID
		s.Entities = append(s.Entities, e)
		return &s.Entities[len(s.Entities)-1]
	}
	pairs := map[[2]int]int{}
	for _, a := range x.arts {
		roots := make([]int, 0, len(a.nodes))
		for _, n := range a.nodes {
			roots = append(roots, x.find(n))
		}
		slices.Sort(roots)
		roots = slices.Compact(roots)
		for i, r := range roots {
			entOf(r).Articles++
			for _, r2 := range roots[i+1:] {
				pairs[[2]int{r, r2}]++
			}
		}
	}
	for p, n := range pairs {
		s.Cooccurrences = append(s.Cooccurrences, Edge{Source: ids[p[0]], Target: ids[p[1]], Articles: n})
	}
	slices.SortFunc(s.Cooccurrences, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(b.Articles, a.Articles), strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target))
	})
	for _, c := range x.claim {
		if c.node >= 0 {
			entOf(x.find(c.node)).Claims++
		}
	}
	s.Speakers = x.speakers(entOf)
	// Sorting moves entities; take it last, after every entOf call.
	slices.SortFunc(s.Entities, func(a, b IndexEntity) int {
		return cmp.Or(cmp.Compare(b.Articles, a.Articles), cmp.Compare(b.Mentions, a.Mentions), strings.Compare(a.ID, b.ID))
	})
	s.Claims = x.groups(x.claim)
	s.Quotes = x.groups(x.quote)
	s.MergeSuggestions = x.suggest(s.Entities)
	return s
}

// BestName picks an entity's canonical name from the counts of the names
// used for it across articles: the most used, ties to the longest, then the
// first in byte order. Other aggregators use it to agree with the Index.
func BestName(names map[string]int) string {
	best, n := "", -1
	for k, v := range names {
		if v > n || v == n && (len(k) > len(best) || len(k) == len(best) && k < best) {
			best, n = k, v
		}
	}
	return best
}

var stopwords = lexicon.Union(func(s *lexicon.Set) lexicon.Words { return s.Stopwords })

func (x *Index) speakers(entOf func(int) *IndexEntity) []Speaker {
	type acc struct {
		sp    Speaker
		arts  map[int]bool
		words map[string]int
	}
	by := map[string]*acc{}
	var order []string
	for _, q := range x.quote {
		if q.who == "" {
			continue
		}
		key, name, ent := "?"+NameKey(q.who), q.who, ""
		if q.node >= 0 {
			e := entOf(x.find(q.node))
			e.Quotes++
			key, name, ent = e.ID, e.Name, e.ID
		}
		a := by[key]
		if a == nil {
			a = &acc{sp: Speaker{Entity: ent, Name: name}, arts: map[int]bool{}, words: map[string]int{}}
			by[key] = a
			order = append(order, key)
		}
		a.sp.Quotes++
		a.arts[q.article] = true
		if len(a.sp.Examples) < 3 {
			a.sp.Examples = append(a.sp.Examples, q.text)
		}
		for _, w := range words(q.text) {
			if len([]rune(w)) > 2 && !stopwords.Has(w) && !isNumber(w) {
				a.words[w]++
			}
		}
	}
	out := make([]Speaker, 0, len(order))
	for _, k := range order {
		a := by[k]
		a.sp.Articles = len(a.arts)
		a.sp.Topics = topWords(a.words, 5)
		out = append(out, a.sp)
	}
	slices.SortStableFunc(out, func(a, b Speaker) int {
		return cmp.Or(cmp.Compare(b.Quotes, a.Quotes), cmp.Compare(b.Articles, a.Articles))
	})
	return out
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func topWords(m map[string]int, n int) []string {
	ws := make([]string, 0, len(m))
	for w := range m {
		ws = append(ws, w)
	}
	slices.SortFunc(ws, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), strings.Compare(a, b)) })
	if len(ws) > n {
		ws = ws[:n]
	}
	return ws
}

func itoa(i int) string { return strconv.Itoa(i) }
