package wartabeam

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/beam/wartabeam/wartabeamtest"
	"github.com/wartalab/warta/claims"
	"github.com/wartalab/warta/corpus"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/quotes"
)

func init() {
	register.Function1x2[Entity, string, error](entityWithoutKey)
	register.Function1x2[Speaker, string, error](speakerWithoutKey)
	register.Function1x2[Entity, string, error](entityOrderFree)
}

// entityWithoutKey and speakerWithoutKey drop what corpus names by input
// order ("p12") and wartabeam by key, so that the two can be compared.
func entityWithoutKey(e Entity) (string, error) {
	e.Key = ""
	return line(e)
}

func speakerWithoutKey(sp Speaker) (string, error) {
	if sp.Entity != "" {
		sp.Entity = "entity"
	}
	return line(sp)
}

// fromSummary projects corpus's aggregates onto wartabeam's types, as
// JSON lines.
func fromSummary(t *testing.T, s *corpus.Summary) (ents, spks, pairs []any) {
	t.Helper()
	for _, e := range s.Entities {
		l, err := line(Entity{Kind: e.Kind, Name: e.Name, Code: e.Code, Mentions: e.Mentions, Articles: e.Articles, Quotes: e.Quotes, Claims: e.Claims})
		require.NoError(t, err)
		ents = append(ents, l)
	}
	for _, sp := range s.Speakers {
		l, err := speakerWithoutKey(Speaker{Entity: sp.Entity, Name: sp.Name, Quotes: sp.Quotes, Articles: sp.Articles})
		require.NoError(t, err)
		spks = append(spks, l)
	}
	for _, e := range s.Cooccurrences {
		if !strings.HasPrefix(e.Source, "c:") || !strings.HasPrefix(e.Target, "c:") {
			continue
		}
		codes := []string{strings.TrimPrefix(e.Source, "c:"), strings.TrimPrefix(e.Target, "c:")}
		slices.Sort(codes)
		l, err := line(CountryPair{A: codes[0], B: codes[1], Articles: e.Articles})
		require.NoError(t, err)
		pairs = append(pairs, l)
	}
	return ents, spks, pairs
}

// singleMachine runs corpus.Run and corpus.Index on lines, in input order.
func singleMachine(t *testing.T, lines []string) *corpus.Summary {
	t.Helper()
	a, err := warta.New(warta.Options{})
	require.NoError(t, err)
	x := corpus.NewIndex(corpus.IndexOptions{})
	sink := corpus.SinkFunc(func(o corpus.Output) error {
		if o.Err == nil {
			x.Add(o.ID, o.Result)
		}
		return nil
	})
	_, err = corpus.Run(context.Background(), a, corpus.NewJSONLReader(strings.NewReader(strings.Join(lines, "\n"))), sink, corpus.RunOptions{})
	require.NoError(t, err)
	return x.Summary()
}

func jsonLines(t *testing.T, recs []corpus.Record) []string {
	t.Helper()
	out := make([]string, len(recs))
	for i, r := range recs {
		b, err := json.Marshal(r)
		require.NoError(t, err)
		out[i] = string(b)
	}
	return out
}

// TestAggregateEqualsCorpus is the contract of Aggregate: its entities,
// speakers and country pairs equal what corpus.Index finds on the same
// input.
func TestAggregateEqualsCorpus(t *testing.T) {
	sample, err := corpus.SampleRecords()
	require.NoError(t, err)
	bad := []string{`{"id": "bad-1", "text": ""}`, `not json`, `{"id": "bad-3"}`}
	for _, tc := range []struct {
		name  string
		lines []string
		// orderFree drops Entity.Quotes and Entity.Claims, the counts that
		// depend on input order in corpus (see Aggregate).
		orderFree bool
		why       string
	}{
		{"sample+bad", append(jsonLines(t, sample), bad...), false,
			"the bundled sample corpus: every count equal"},
		{"sample+generated", append(jsonLines(t, sample), jsonLines(t, wartabeamtest.Records(120))...), true,
			"a claim source named as a person only in a later article is resolved to the organization by corpus"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := singleMachine(t, tc.lines)
			wantEnts, wantSpks, wantPairs := fromSummary(t, want)
			require.NotEmpty(t, wantEnts)
			require.NotEmpty(t, wantSpks)
			require.NotEmpty(t, wantPairs)
			project := entityWithoutKey
			if tc.orderFree {
				project = entityOrderFree
				for i, l := range wantEnts {
					var e Entity
					require.NoError(t, json.Unmarshal([]byte(l.(string)), &e))
					wantEnts[i], err = entityOrderFree(e)
					require.NoError(t, err)
				}
			}

			p, s := beam.NewPipelineWithRoot()
			ok, failed := Analyze(s, Options{}, beam.Create(s, toAny(tc.lines)...))
			passert.Count(s, failed, "failures", len(tc.lines)-want.Articles)
			agg := Aggregate(s, ok)
			passert.Equals(s, beam.ParDo(s, project, agg.Entities), wantEnts...)
			passert.Equals(s, beam.ParDo(s, speakerWithoutKey, agg.Speakers), wantSpks...)
			passert.Equals(s, Format(s, agg.CountryPairs), wantPairs...)
			require.NoError(t, ptest.Run(p), tc.why)
		})
	}
}

// TestAggregateResolvesAcrossAllArticles documents the one difference from
// corpus.Index: a speaker or claim source is looked up among the entities
// of all articles, not only of those added before.
func TestAggregateResolvesAcrossAllArticles(t *testing.T) {
	claim := claims.Claim{Source: "Komisi Pemberantasan Korupsi"}
	first := &warta.Result{
		Organizations: []entities.Organization{{Name: "Komisi Pemberantasan Korupsi", Mentions: make([]article.Mention, 1)}},
		Claims:        []claims.Claim{claim},
	}
	later := &warta.Result{People: []entities.Person{person("Komisi Pemberantasan Korupsi", 1)}}

	x := corpus.NewIndex(corpus.IndexOptions{})
	x.Add("a1", first)
	x.Add("a2", later)
	claimsOf := map[string]int{}
	for _, e := range x.Summary().Entities {
		claimsOf[e.Kind] += e.Claims
	}
	assert.Equal(t, map[string]int{"organization": 1, "person": 0}, claimsOf,
		"corpus: the person did not exist yet when a1 was added")

	p, s := beam.NewPipelineWithRoot()
	agg := Aggregate(s, beam.Create(s, Analysis{ID: "a1", Result: first}, Analysis{ID: "a2", Result: later}))
	passert.Equals(s, agg.Entities,
		Entity{Key: "organization:komisi pemberantasan korupsi", Kind: "organization", Name: "Komisi Pemberantasan Korupsi", Mentions: 1, Articles: 1},
		Entity{Key: "person:komisi pemberantasan korupsi", Kind: "person", Name: "Komisi Pemberantasan Korupsi", Mentions: 1, Articles: 1, Claims: 1},
	)
	require.NoError(t, ptest.Run(p), "wartabeam: people are looked up before organizations, in all articles")
}

func entityOrderFree(e Entity) (string, error) {
	e.Key, e.Quotes, e.Claims = "", 0, 0
	return line(e)
}

// person builds a person with n mentions of its name.
func person(name string, n int, aliases ...string) entities.Person {
	return entities.Person{Name: name, Aliases: aliases, Mentions: make([]article.Mention, n)}
}

func country(code, name string) entities.Country {
	return entities.Country{Code: code, Name: name, Mentions: make([]entities.CountryMention, 1)}
}

func quote(speaker string) quotes.Quote { return quotes.Quote{Speaker: &speaker} }

// TestAggregate checks the merging rules on hand-made results.
func TestAggregate(t *testing.T) {
	arts := []any{
		Analysis{ID: "a1", Result: &warta.Result{
			People:    []entities.Person{person("Retno Marsudi", 2)},
			Countries: []entities.Country{country("ID", "Indonesia"), country("JP", "Jepang")},
			Quotes:    []quotes.Quote{quote("Retno Marsudi"), quote("Retno"), quote("juru bicara")},
		}},
		Analysis{ID: "a2", Result: &warta.Result{
			People:    []entities.Person{person("Retno L. P. Marsudi", 1, "Retno Marsudi"), person("Marsudi", 1)},
			Countries: []entities.Country{country("JP", "Japan"), country("ID", "Indonesia"), country("US", "AS")},
			Quotes:    []quotes.Quote{quote("Retno Marsudi"), quote("Juru Bicara")},
		}},
		Analysis{ID: "a3", Result: &warta.Result{
			Countries: []entities.Country{country("JP", "Japan")},
		}},
		Analysis{ID: "a4"}, // no result: not counted
	}
	for _, tc := range []struct {
		name string
		col  func(Aggregates) beam.PCollection
		want []any
		why  string
	}{
		{"entities", func(a Aggregates) beam.PCollection { return a.Entities }, []any{
			Entity{Key: "country:ID", Kind: "country", Name: "Indonesia", Code: "ID", Mentions: 2, Articles: 2},
			Entity{Key: "country:JP", Kind: "country", Name: "Japan", Code: "JP", Mentions: 3, Articles: 3},
			Entity{Key: "country:US", Kind: "country", Name: "AS", Code: "US", Mentions: 1, Articles: 1},
			Entity{Key: "person:retno l p marsudi", Kind: "person", Name: "Retno L. P. Marsudi", Mentions: 3, Articles: 2, Quotes: 2},
			Entity{Key: "person:marsudi", Kind: "person", Name: "Marsudi", Mentions: 1, Articles: 1},
		}, "an alias of two words joins two names across articles, a lone surname does not; name ties go to the longer form"},
		{"speakers", func(a Aggregates) beam.PCollection { return a.Speakers }, []any{
			Speaker{Entity: "person:retno l p marsudi", Name: "Retno L. P. Marsudi", Quotes: 2, Articles: 2},
			Speaker{Name: "Retno", Quotes: 1, Articles: 1},
			Speaker{Name: "Juru Bicara", Quotes: 2, Articles: 2},
		}, "known speakers by entity; others by folded name, first form in byte order on a tie"},
		{"country-pairs", func(a Aggregates) beam.PCollection { return a.CountryPairs }, []any{
			CountryPair{A: "ID", B: "JP", Articles: 2},
			CountryPair{A: "ID", B: "US", Articles: 1},
			CountryPair{A: "JP", B: "US", Articles: 1},
		}, "each pair once per article, smaller code first"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, s := beam.NewPipelineWithRoot()
			col := tc.col(Aggregate(s, beam.Create(s, arts...)))
			passert.Equals(s, col, tc.want...)
			require.NoError(t, ptest.Run(p), tc.why)
		})
	}
}

func TestKeyTableMergeOrder(t *testing.T) {
	groups := [][]string{{"person:a b", "person:c d"}, {"person:e f"}, {"person:c d", "person:e f"}, {"person:x y"}}
	want := map[string]string{"person:a b": "person:a b", "person:c d": "person:a b", "person:e f": "person:a b", "person:x y": "person:x y"}
	for _, tc := range []struct {
		name  string
		split int
	}{{"one-accumulator", 4}, {"split-1", 1}, {"split-2", 2}, {"split-3", 3}} {
		t.Run(tc.name, func(t *testing.T) {
			var fn keysFn
			a, b := fn.CreateAccumulator(), fn.CreateAccumulator()
			for i, g := range groups {
				if i < tc.split {
					a = fn.AddInput(a, strings.Join(g, groupSep))
				} else {
					b = fn.AddInput(b, strings.Join(g, groupSep))
				}
			}
			assert.Equal(t, want, fn.ExtractOutput(fn.MergeAccumulators(b, a)).Canon, "partial tables merge to the same groups in any order")
		})
	}
}

func TestWriteSorted(t *testing.T) {
	dir := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	ents := beam.Create(s,
		Entity{Key: "person:b", Kind: "person", Name: "B", Mentions: 1, Articles: 1},
		Entity{Key: "country:ID", Kind: "country", Name: "Indonesia", Code: "ID", Mentions: 9, Articles: 3},
		Entity{Key: "person:a", Kind: "person", Name: "A", Mentions: 1, Articles: 1},
		Entity{Key: "person:c", Kind: "person", Name: "C", Mentions: 5, Articles: 1},
	)
	WriteSorted(s, filepath.Join(dir, "entities.jsonl"), ents)
	require.NoError(t, ptest.Run(p))
	b, err := os.ReadFile(filepath.Join(dir, "entities.jsonl"))
	require.NoError(t, err)
	var keys []string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var e Entity
		require.NoError(t, json.Unmarshal([]byte(l), &e))
		keys = append(keys, e.Key)
	}
	assert.Equal(t, []string{"country:ID", "person:c", "person:a", "person:b"}, keys, "articles, then mentions, most first, then key")
}
