package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/wartalab/warta/entities"
)

// TestDescribedOrganization covers how a definite description finds the
// organization it refers to. Mentions are given as token ranges; the
// description starts at token 50.
func TestDescribedOrganization(t *testing.T) {
	orgs := []entities.Organization{
		{Name: "Harbour City Police Force", Aliases: []string{"Harbour City Police Force"}},
		{Name: "Department of Fisheries", Aliases: []string{"Department of Fisheries", "DOF"}},
		{Name: "Kementerian Perindustrian", Aliases: []string{"Kementerian Perindustrian", "Kemenperin"}},
		{Name: "National Flood Management Agency", Aliases: []string{"National Flood Management Agency", "NFMA"}},
		{Name: "Ministry of Trade", Aliases: []string{"Ministry of Trade"}},
		{Name: "Kepolisian Daerah Sumatera Barat", Aliases: []string{"Polda Sumbar"}},
		{Name: "Lautan Biru Holdings", Aliases: []string{"Lautan Biru Holdings", "LBH"}},
		{Name: "Andean Union", Aliases: []string{"Andean Union"}},
	}
	org := func(i, first int) entities.Located {
		return entities.Located{Ref: entities.Ref{Kind: entities.KindOrganization, Index: i}, First: first, End: first + 2}
	}
	person := entities.Located{Ref: entities.Ref{Kind: entities.KindPerson, Index: 0}, First: 44, End: 46}
	cases := []struct {
		name     string
		index    []entities.Located
		nouns    []string
		from, to int
		keep     func(entities.Ref) bool
		want     int // organization index, -1 for none
		why      string
	}{
		{name: "word-of-name", index: []entities.Located{org(0, 10)}, nouns: []string{"police"}, to: 50, want: 0,
			why: "the police refers to the police force named before"},
		{name: "word-of-name-not-last", index: []entities.Located{org(4, 5), org(1, 10), person}, nouns: []string{"department"}, to: 50, want: 1,
			why: "department is the first word of Department of Fisheries; the latest fitting organization wins"},
		{name: "synonym", index: []entities.Located{org(1, 10), org(4, 20)}, nouns: []string{"department"}, to: 50, want: 4,
			why: "a department and a ministry are the same kind of body; the latest wins"},
		{name: "indonesian-noun", index: []entities.Located{org(2, 10)}, nouns: []string{"kementerian"}, to: 50, want: 2,
			why: "kementerian tersebut refers to the Kementerian named before"},
		{name: "indonesian-prefix-alias", index: []entities.Located{{Ref: entities.Ref{Kind: entities.KindOrganization, Index: 5}, First: 10, End: 12}}, nouns: []string{"polisi"}, to: 50, want: 5,
			why: "polisi fits an alias that starts with Polda"},
		{name: "modifier-must-fit-too", index: []entities.Located{org(3, 10)}, nouns: []string{"flood", "agency"}, to: 50, want: 3,
			why: "every noun of the country's flood agency is a word of the name"},
		{name: "modifier-does-not-fit", index: []entities.Located{org(3, 10)}, nouns: []string{"weather", "agency"}, to: 50, want: -1,
			why: "weather is no word of the name"},
		{name: "cataphora", index: []entities.Located{org(3, 55)}, nouns: []string{"agency"}, to: 80, want: 3,
			why: "with a window after the description, the agency named just after it fits"},
		{name: "look-back-only", index: []entities.Located{org(3, 55)}, nouns: []string{"agency"}, to: 50, want: -1,
			why: "to equal to the description's start looks back only"},
		{name: "window-start", index: []entities.Located{org(0, 10)}, nouns: []string{"police"}, from: 20, to: 50, want: -1,
			why: "an organization before the window does not count"},
		{name: "company-synonym", index: []entities.Located{org(6, 30)}, nouns: []string{"company"}, to: 50, want: 6,
			why: "the company refers to a name ending in Holdings"},
		{name: "any-body", index: []entities.Located{org(6, 10), org(1, 30)}, nouns: []string{"organisation"}, to: 50, want: 1,
			why: "a word for any organization fits the latest organization"},
		{name: "bloc", index: []entities.Located{org(1, 10), {Ref: entities.Ref{Kind: entities.KindOrganization, Index: 7}, First: 20, End: 22}}, nouns: []string{"bloc"}, to: 50, want: 7,
			why: "the bloc refers to a union of countries"},
		{name: "keep", index: []entities.Located{org(1, 10), org(4, 20)}, nouns: []string{"ministry"}, to: 50,
			keep: func(r entities.Ref) bool { return r.Index != 4 }, want: 1,
			why: "keep rejects the latest candidate"},
		{name: "no-nouns", index: []entities.Located{org(0, 10)}, to: 50, want: -1,
			why: "an empty description names nothing"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := &entities.Set{Organizations: orgs, Index: tc.index}
			r, ok := s.DescribedOrganization(tc.nouns, tc.from, 50, tc.to, tc.keep)
			if tc.want < 0 {
				assert.False(t, ok, tc.why)
				return
			}
			if assert.True(t, ok, tc.why) {
				assert.Equal(t, entities.Ref{Kind: entities.KindOrganization, Index: tc.want}, r, tc.why)
			}
		})
	}
}
