package corpus_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/corpus"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/quotes"
)

func person(name string, aliases ...string) entities.Person {
	return entities.Person{Name: name, Aliases: append([]string{name}, aliases...), Mentions: make([]article.Mention, 1+len(aliases))}
}

func quote(speaker, text string) quotes.Quote {
	q := quotes.Quote{Mention: article.Mention{Text: text}}
	if speaker != "" {
		q.Speaker = &speaker
	}
	return q
}

func result(people []entities.Person, orgs []entities.Organization, codes []string, qs ...quotes.Quote) *warta.Result {
	r := &warta.Result{People: people, Organizations: orgs, Quotes: qs}
	for _, c := range codes {
		r.Countries = append(r.Countries, entities.Country{Code: c, Name: c, Mentions: make([]entities.CountryMention, 1)})
	}
	return r
}

func entityByName(s *corpus.Summary, name string) *corpus.IndexEntity {
	for i := range s.Entities {
		if s.Entities[i].Name == name {
			return &s.Entities[i]
		}
	}
	return nil
}

func TestIndexMergesAcrossArticles(t *testing.T) {
	x := corpus.NewIndex(corpus.IndexOptions{})
	x.Add("a", result(
		[]entities.Person{person("Kim Jong-un", "Kim"), person("Retno Marsudi", "Retno")},
		[]entities.Organization{{Name: "Perserikatan Bangsa-Bangsa", Acronym: "PBB", Aliases: []string{"PBB"}}},
		[]string{"KP", "ID"},
		quote("Kim Jong-un", "Kami akan memperkuat pertahanan nasional"),
		quote("Retno Marsudi", "Indonesia mendukung perdamaian di Semenanjung Korea"),
	))
	x.Add("b", result(
		[]entities.Person{person("Kim Jong Un", "Kim"), person("Kim Yo-jong", "Kim")},
		[]entities.Organization{{Name: "PBB", Aliases: []string{"PBB"}}},
		[]string{"KP"},
		quote("Kim Jong Un", "Pertahanan nasional adalah prioritas kami"),
		quote("Kim Jong Un", "Kami tidak takut sanksi"),
	))
	x.Add("c", nil) // an error record: counted, nothing in it
	x.Add("d", result([]entities.Person{person("Retno Marsudi")}, nil, []string{"ID"}))

	s := x.Summary()
	assert.Equal(t, 4, s.Articles)
	kim := entityByName(s, "Kim Jong-un")
	if kim == nil {
		kim = entityByName(s, "Kim Jong Un")
	}
	require.NotNil(t, kim, "spelling variants meet under one entity")
	assert.Equal(t, 2, kim.Articles)
	assert.Equal(t, 3, kim.Quotes)
	assert.Contains(t, kim.Aliases, "Kim Jong Un")
	assert.Contains(t, kim.Aliases, "Kim Jong-un")

	yo := entityByName(s, "Kim Yo-jong")
	require.NotNil(t, yo, "a shared one-word alias (Kim) does not merge two people")
	assert.Equal(t, 1, yo.Articles)

	pbb := entityByName(s, "Perserikatan Bangsa-Bangsa")
	require.NotNil(t, pbb, "an acronym links the expansion and the bare acronym")
	assert.Equal(t, 2, pbb.Articles)

	var id *corpus.IndexEntity
	for i := range s.Entities {
		if s.Entities[i].Code == "ID" {
			id = &s.Entities[i]
		}
	}
	require.NotNil(t, id)
	assert.Equal(t, "c:ID", id.ID)
	assert.Equal(t, 2, id.Articles)

	require.NotEmpty(t, s.Speakers)
	assert.Equal(t, kim.ID, s.Speakers[0].Entity, "the most quoted speaker comes first")
	assert.Equal(t, 3, s.Speakers[0].Quotes)
	assert.Contains(t, s.Speakers[0].Topics, "pertahanan", "a content word of two quotes")
	assert.NotContains(t, s.Speakers[0].Topics, "kami", "stop words are not topics")

	found := false
	for _, e := range s.Cooccurrences {
		if (e.Source == kim.ID && e.Target == "c:KP") || (e.Source == "c:KP" && e.Target == kim.ID) {
			found = true
			assert.Equal(t, 2, e.Articles)
		}
	}
	assert.True(t, found, "Kim and North Korea share two articles")

	_, err := json.Marshal(s)
	require.NoError(t, err)
}

func TestIndexSuggestsMerges(t *testing.T) {
	x := corpus.NewIndex(corpus.IndexOptions{})
	x.Add("a", result([]entities.Person{person("Volodymyr Zelensky")}, nil, nil))
	x.Add("b", result([]entities.Person{person("Volodymyr Zelenskyy")}, nil, nil))
	x.Add("c", result([]entities.Person{person("Joko Widodo"), person("Widodo")}, nil, nil))
	x.Add("d", result([]entities.Person{person("Joko Susilo")}, nil, nil))
	s := x.Summary()
	got := map[string]string{}
	for _, m := range s.MergeSuggestions {
		got[m.NameA+"|"+m.NameB] = m.Reason
		got[m.NameB+"|"+m.NameA] = m.Reason
	}
	assert.Equal(t, "spelling", got["Volodymyr Zelensky|Volodymyr Zelenskyy"])
	assert.Equal(t, "subset", got["Joko Widodo|Widodo"])
	assert.Empty(t, got["Joko Widodo|Joko Susilo"], "sharing a first name is not enough")
}

func TestIndexGroupsClaimsAcrossArticles(t *testing.T) {
	a := newAnalyzer(t)
	texts := map[string]string{
		"kompas": "Menteri Keuangan Sri Mulyani mengatakan pertumbuhan ekonomi Indonesia tahun ini akan mencapai lima persen.",
		"detik":  "Sri Mulyani mengatakan pertumbuhan ekonomi Indonesia tahun ini akan mencapai lima persen.",
		"tempo":  "Menurut Sri Mulyani, pertumbuhan ekonomi Indonesia tahun ini akan mencapai lima persen.",
		"other":  "Bank Indonesia mengatakan inflasi bulan lalu turun karena harga beras stabil.",
	}
	for _, v := range []*corpus.Vectors{nil, loadTestVectors(t)} {
		x := corpus.NewIndex(corpus.IndexOptions{Vectors: v})
		for _, id := range []string{"kompas", "detik", "tempo", "other"} {
			r, err := a.Analyze(texts[id])
			require.NoError(t, err)
			x.Add(id, r)
		}
		s := x.Summary()
		require.NotEmpty(t, s.Claims, "vectors %v", v != nil)
		assert.GreaterOrEqual(t, len(s.Claims[0].Articles), 2)
		assert.NotContains(t, s.Claims[0].Articles, "other")
	}
}

func TestGraphExports(t *testing.T) {
	x := corpus.NewIndex(corpus.IndexOptions{})
	x.Add("a", result([]entities.Person{person(`Ali "Tiger" <Bin>`)}, nil, []string{"ID"}))
	s := x.Summary()
	var g bytes.Buffer
	require.NoError(t, corpus.WriteGraphML(&g, s))
	dec := xml.NewDecoder(&g)
	for {
		_, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "GraphML is well-formed XML even with <, > and quotes in names")
	}
	var d bytes.Buffer
	require.NoError(t, corpus.WriteDOT(&d, s))
	assert.True(t, strings.HasPrefix(d.String(), "graph warta {"))
	assert.Contains(t, d.String(), `"p0" -- "c:ID"`)
	assert.Contains(t, d.String(), `label="Ali \"Tiger\" <Bin>"`)
}
