package wartabeam

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/wartalab/warta/corpus"
)

func init() {
	register.Function1x1[Analysis, facts](factsOf)
	register.Function2x0[facts, func(string)](emitKeyGroups)
	register.Combiner3[keyTable, string, canonTable](&keysFn{})
	register.Function4x0[facts, canonTable, func(string, entityAcc), func(string, speakerAcc)](resolve)
	register.Function2x1[entityAcc, entityAcc, entityAcc](mergeEntity)
	register.Function2x1[speakerAcc, speakerAcc, speakerAcc](mergeSpeaker)
	register.Function4x0[string, entityAcc, func(Entity), func(Speaker)](toEntity)
	register.Function2x1[string, speakerAcc, Speaker](toSpeaker)
	register.Function2x0[facts, func(string, int)](emitCountryPairs)
	register.Function2x1[string, int, CountryPair](toCountryPair)
	register.Emitter1[string]()
	register.Emitter2[string, entityAcc]()
	register.Emitter2[string, speakerAcc]()
	register.Emitter2[string, int]()
	register.Emitter1[Entity]()
	register.Emitter1[Speaker]()

	beam.RegisterCoder(reflect.TypeFor[facts](), encodeFacts, decodeFacts)
	beam.RegisterCoder(reflect.TypeFor[keyTable](), encodeKeyTable, decodeKeyTable)
	beam.RegisterCoder(reflect.TypeFor[canonTable](), encodeCanonTable, decodeCanonTable)
	beam.RegisterCoder(reflect.TypeFor[entityAcc](), encodeEntityAcc, decodeEntityAcc)
	beam.RegisterCoder(reflect.TypeFor[speakerAcc](), encodeSpeakerAcc, decodeSpeakerAcc)
}

// Aggregates are the cross-article counts of [Aggregate], each an
// unordered PCollection ([WriteSorted] writes them in corpus's order).
type Aggregates struct {
	// Entities is a PCollection<[Entity]>: people, organizations and
	// countries merged across articles, with mentions, articles, quotes and
	// claims.
	Entities beam.PCollection
	// Speakers is a PCollection<[Speaker]>: everyone quoted, with quotes and
	// articles.
	Speakers beam.PCollection
	// CountryPairs is a PCollection<[CountryPair]>: countries named in the
	// same article, with the number of such articles.
	CountryPairs beam.PCollection
}

// Aggregate counts across the articles of analyses (a
// PCollection<[Analysis]>, as [Analyze] returns it). Its counts equal those
// of a [corpus.Index] fed the same results: entities are merged with
// corpus's name keys, and two entities that share a key in any article are
// one entity, across all articles, so Name, Mentions, Articles, Quotes and
// Claims are corpus's [corpus.IndexEntity] fields, and a [Speaker] is a
// [corpus.Speaker] without topics and examples.
//
// What depends on input order in corpus does not exist here: entity ids
// ("p12") are replaced by order-free keys ([Entity.Key]), and the name of a
// speaker who is no known entity is the form used most often, not the first
// one. One count can differ: corpus resolves a quote's speaker (and a
// claim's source) against the entities of the articles added so far, while
// Aggregate uses all articles, so a speaker named as an entity only in a
// later article counts for that entity here and not in corpus.
//
// Failures are not articles of an Analysis collection, so they are not
// counted; corpus.Summary.Articles counts them.
func Aggregate(s beam.Scope, analyses beam.PCollection) Aggregates {
	s = s.Scope("wartabeam.Aggregate")
	fs := beam.ParDo(s.Scope("Facts"), factsOf, analyses)
	groups := beam.ParDo(s.Scope("KeyGroups"), emitKeyGroups, fs)
	table := beam.Combine(s.Scope("KeyTable"), &keysFn{}, groups)
	ents, spks := beam.ParDo2(s.Scope("Resolve"), resolve, fs, beam.SideInput{Input: table})

	ents = beam.CombinePerKey(s.Scope("SumEntities"), mergeEntity, ents)
	entities, entitySpeakers := beam.ParDo2(s.Scope("Entities"), toEntity, ents)
	spks = beam.CombinePerKey(s.Scope("SumSpeakers"), mergeSpeaker, spks)
	others := beam.ParDo(s.Scope("Speakers"), toSpeaker, spks)
	speakers := beam.Flatten(s, entitySpeakers, others)

	pairs := beam.ParDo(s.Scope("CountryPairs"), emitCountryPairs, fs)
	pairs = stats.SumPerKey(s, pairs)
	countryPairs := beam.ParDo(s, toCountryPair, pairs)
	return Aggregates{Entities: entities, Speakers: speakers, CountryPairs: countryPairs}
}

// groupSep separates the keys of one observation in an emitKeyGroups
// element; keys never contain it.
const groupSep = "\x00"

// emitKeyGroups emits, for each entity of f, its merge keys joined by
// groupSep, and one empty group per article so that the key table exists
// even for a corpus without entities.
func emitKeyGroups(f facts, emit func(string)) {
	emit("")
	for _, o := range f.Obs {
		emit(strings.Join(o.Keys, groupSep))
	}
}

// keysFn combines key groups into the table of canonical keys. Partial
// tables merge in any order and give the same result.
type keysFn struct{}

// CreateAccumulator returns an empty table.
func (keysFn) CreateAccumulator() keyTable { return keyTable{Parent: map[string]string{}} }

// AddInput joins the keys of one group.
func (keysFn) AddInput(t keyTable, group string) keyTable {
	if group == "" {
		return t
	}
	keys := strings.Split(group, groupSep)
	for _, k := range keys {
		t.union(keys[0], k)
	}
	return t
}

// MergeAccumulators joins every key of b to its group in a.
func (keysFn) MergeAccumulators(a, b keyTable) keyTable {
	if a.Parent == nil {
		a.Parent = map[string]string{}
	}
	for k := range b.Parent {
		a.union(k, b.find(k))
	}
	return a
}

// ExtractOutput flattens the table for read-only lookups.
func (keysFn) ExtractOutput(t keyTable) canonTable { return t.flat() }

// entityAcc is the partial count of one entity.
type entityAcc struct {
	Kind     string         `json:"kind"`
	Names    map[string]int `json:"names,omitempty"`
	Mentions int            `json:"mentions"`
	Articles int            `json:"articles"`
	Quotes   int            `json:"quotes"`
	// QuoteArticles counts the articles that quote the entity.
	QuoteArticles int `json:"quote_articles"`
	Claims        int `json:"claims"`
}

// speakerAcc is the partial count of a speaker who is no known entity.
type speakerAcc struct {
	Names    map[string]int `json:"names,omitempty"`
	Quotes   int            `json:"quotes"`
	Articles int            `json:"articles"`
}

// resolve maps the entities, quote speakers and claim sources of one
// article to their canonical keys and emits one partial count per entity
// and per unknown speaker of the article.
func resolve(f facts, t canonTable, ents func(string, entityAcc), spks func(string, speakerAcc)) {
	byKey := map[string]*entityAcc{}
	var order []string
	ent := func(key, kind string) *entityAcc {
		e := byKey[key]
		if e == nil {
			e = &entityAcc{Kind: kind, Names: map[string]int{}}
			byKey[key] = e
			order = append(order, key)
		}
		return e
	}
	for _, o := range f.Obs {
		key, ok := t.Canon[o.Keys[0]]
		if !ok {
			key = o.Keys[0]
		}
		e := ent(key, o.Kind)
		e.Articles = 1 // once per article, however many observations
		e.Mentions += o.Mentions
		if o.Name != "" {
			e.Names[o.Name]++
		}
	}
	unknown := map[string]*speakerAcc{}
	var unknownOrder []string
	for _, who := range f.Speakers {
		if key, ok := t.lookup(who); ok {
			e := ent(key, kindOf(key))
			e.Quotes++
			e.QuoteArticles = 1
			continue
		}
		key := "?" + corpus.NameKey(who)
		sp := unknown[key]
		if sp == nil {
			sp = &speakerAcc{Names: map[string]int{}, Articles: 1}
			unknown[key] = sp
			unknownOrder = append(unknownOrder, key)
		}
		sp.Quotes++
		sp.Names[who]++
	}
	for _, src := range f.Sources {
		if key, ok := t.lookup(src); ok {
			ent(key, kindOf(key)).Claims++
		}
	}
	for _, k := range order {
		ents(k, *byKey[k])
	}
	for _, k := range unknownOrder {
		spks(k, *unknown[k])
	}
}

// kindOf is the kind of a canonical key ("person:retno marsudi").
func kindOf(key string) string {
	kind, _, _ := strings.Cut(key, ":")
	return kind
}

// mergeEntity adds two partial counts of one entity.
func mergeEntity(a, b entityAcc) entityAcc {
	out := entityAcc{
		Kind:          a.Kind,
		Names:         addNames(a.Names, b.Names),
		Mentions:      a.Mentions + b.Mentions,
		Articles:      a.Articles + b.Articles,
		Quotes:        a.Quotes + b.Quotes,
		QuoteArticles: a.QuoteArticles + b.QuoteArticles,
		Claims:        a.Claims + b.Claims,
	}
	if out.Kind == "" {
		out.Kind = b.Kind
	}
	return out
}

// mergeSpeaker adds two partial counts of one unknown speaker.
func mergeSpeaker(a, b speakerAcc) speakerAcc {
	return speakerAcc{Names: addNames(a.Names, b.Names), Quotes: a.Quotes + b.Quotes, Articles: a.Articles + b.Articles}
}

// addNames returns a new map with the counts of a and b added.
func addNames(a, b map[string]int) map[string]int {
	out := make(map[string]int, len(a)+len(b))
	maps.Copy(out, a)
	for k, v := range b {
		out[k] += v
	}
	return out
}

// toEntity turns the total count of one entity into an Entity, and into a
// Speaker when the entity is quoted.
func toEntity(key string, acc entityAcc, ents func(Entity), spks func(Speaker)) {
	e := Entity{Key: key, Kind: acc.Kind, Name: corpus.BestName(acc.Names), Mentions: acc.Mentions,
		Articles: acc.Articles, Quotes: acc.Quotes, Claims: acc.Claims}
	if acc.Kind == kindCountry {
		e.Code = strings.TrimPrefix(key, kindCountry+":")
	}
	ents(e)
	if acc.Quotes > 0 {
		spks(Speaker{Entity: key, Name: e.Name, Quotes: acc.Quotes, Articles: acc.QuoteArticles})
	}
}

// toSpeaker turns the total count of an unknown speaker into a Speaker.
func toSpeaker(_ string, acc speakerAcc) Speaker {
	return Speaker{Name: corpus.BestName(acc.Names), Quotes: acc.Quotes, Articles: acc.Articles}
}

// emitCountryPairs emits every pair of distinct countries of f, smaller
// code first, once.
func emitCountryPairs(f facts, emit func(string, int)) {
	codes := slices.Clone(f.Countries)
	slices.Sort(codes)
	codes = slices.Compact(codes)
	for i, x := range codes {
		for _, y := range codes[i+1:] {
			emit(x+groupSep+y, 1)
		}
	}
}

// toCountryPair turns a pair key and its count into a CountryPair.
func toCountryPair(key string, n int) CountryPair {
	a, b, _ := strings.Cut(key, groupSep)
	return CountryPair{A: a, B: b, Articles: n}
}

// The Beam coders of the accumulators and tables: JSON, with top-level
// functions that remote workers find by name.

func encodeFacts(f facts) ([]byte, error)           { return encodeJSON(f) }
func encodeKeyTable(t keyTable) ([]byte, error)     { return encodeJSON(t) }
func encodeCanonTable(t canonTable) ([]byte, error) { return encodeJSON(t) }
func encodeEntityAcc(a entityAcc) ([]byte, error)   { return encodeJSON(a) }
func encodeSpeakerAcc(a speakerAcc) ([]byte, error) { return encodeJSON(a) }

func decodeKeyTable(b []byte) (keyTable, error) {
	t, err := decodeJSON[keyTable](b)
	if t.Parent == nil {
		t.Parent = map[string]string{}
	}
	return t, err
}
func decodeFacts(b []byte) (facts, error)           { return decodeJSON[facts](b) }
func decodeCanonTable(b []byte) (canonTable, error) { return decodeJSON[canonTable](b) }
func decodeEntityAcc(b []byte) (entityAcc, error)   { return decodeJSON[entityAcc](b) }
func decodeSpeakerAcc(b []byte) (speakerAcc, error) { return decodeJSON[speakerAcc](b) }

func encodeJSON(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("wartabeam: encode %T: %w", v, err)
	}
	return b, nil
}

func decodeJSON[T any](b []byte) (T, error) {
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return v, fmt.Errorf("wartabeam: decode %T: %w", v, err)
	}
	return v, nil
}
