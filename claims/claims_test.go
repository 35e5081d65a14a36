package claims

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/quotes"
)

// ent describes one entity for a hand-built entities.Set: every occurrence
// of each surface form in the text becomes a mention.
type ent struct {
	kind     entities.Kind
	name     string
	surfaces []string
	titles   []string
	code     string
	typ      string // organization type
	refer    string // how country mentions refer (default name)
}

// buildSet makes the entities.Set a perfect extractor would return, so that
// these tests exercise package claims alone.
func buildSet(d *article.Doc, es []ent) *entities.Set {
	s := &entities.Set{}
	for _, e := range es {
		var idx int
		switch e.kind {
		case entities.KindPerson:
			idx = len(s.People)
			s.People = append(s.People, entities.Person{Name: e.name, Aliases: e.surfaces, Titles: e.titles})
		case entities.KindOrganization:
			idx = len(s.Organizations)
			s.Organizations = append(s.Organizations, entities.Organization{Name: e.name, Aliases: e.surfaces, Type: e.typ})
		case entities.KindCountry:
			idx = len(s.Countries)
			s.Countries = append(s.Countries, entities.Country{Code: e.code, Name: e.name})
		}
		for _, sf := range e.surfaces {
			for off := 0; ; {
				i := strings.Index(d.Text[off:], sf)
				if i < 0 {
					break
				}
				start := off + i
				end := start + len(sf)
				off = end
				first, last := d.TokenAt(start), d.TokenAt(end-1)
				if first >= len(d.Tokens) || d.Tokens[first].Start != start || d.Tokens[last].End != end {
					continue // inside a longer word
				}
				m := article.MentionOf(d.Text, article.Span{Start: start, End: end})
				switch e.kind {
				case entities.KindPerson:
					s.People[idx].Mentions = append(s.People[idx].Mentions, m)
				case entities.KindOrganization:
					s.Organizations[idx].Mentions = append(s.Organizations[idx].Mentions, m)
				case entities.KindCountry:
					refer := e.refer
					if refer == "" {
						refer = entities.ReferName
					}
					s.Countries[idx].Mentions = append(s.Countries[idx].Mentions, entities.CountryMention{Mention: m, Refer: refer})
				}
				s.Index = append(s.Index, entities.Located{Span: m.Span, Ref: entities.Ref{Kind: e.kind, Index: idx}, First: first, End: last + 1})
			}
		}
	}
	// sort by position, longest first at equal starts, and drop nested mentions
	for i := 1; i < len(s.Index); i++ {
		for j := i; j > 0 && (s.Index[j].First < s.Index[j-1].First || s.Index[j].First == s.Index[j-1].First && s.Index[j].End > s.Index[j-1].End); j-- {
			s.Index[j], s.Index[j-1] = s.Index[j-1], s.Index[j]
		}
	}
	var out []entities.Located
	for _, l := range s.Index {
		if len(out) > 0 && l.First < out[len(out)-1].End {
			continue
		}
		out = append(out, l)
	}
	s.Index = out
	return s
}

var (
	kr       = ent{kind: entities.KindCountry, name: "Korea Selatan", surfaces: []string{"Korea Selatan"}, code: "KR"}
	kp       = ent{kind: entities.KindCountry, name: "Korea Utara", surfaces: []string{"Korea Utara"}, code: "KP"}
	ru       = ent{kind: entities.KindCountry, name: "Rusia", surfaces: []string{"Rusia", "Moskow"}, code: "RU"}
	cn       = ent{kind: entities.KindCountry, name: "China", surfaces: []string{"China"}, code: "CN"}
	retno    = ent{kind: entities.KindPerson, name: "Retno Marsudi", surfaces: []string{"Retno Marsudi", "Retno"}, titles: []string{"menteri luar negeri"}}
	budi     = ent{kind: entities.KindPerson, name: "Budi Gunadi Sadikin", surfaces: []string{"Budi Gunadi Sadikin", "Budi"}, titles: []string{"health minister"}}
	arief    = ent{kind: entities.KindPerson, name: "Arief Prasetyo Adi", surfaces: []string{"Arief Prasetyo Adi", "Arief"}}
	perry    = ent{kind: entities.KindPerson, name: "Perry Warjiyo", surfaces: []string{"Perry Warjiyo", "Perry"}}
	goldfajn = ent{kind: entities.KindPerson, name: "Ilan Goldfajn", surfaces: []string{"Ilan Goldfajn", "Goldfajn"}}
	jens     = ent{kind: entities.KindPerson, name: "Jens Stoltenberg", surfaces: []string{"Jens Stoltenberg", "Stoltenberg"}}
	albanese = ent{kind: entities.KindPerson, name: "Anthony Albanese", surfaces: []string{"Anthony Albanese", "Albanese"}}
	airlangg = ent{kind: entities.KindPerson, name: "Airlangga Hartarto", surfaces: []string{"Airlangga Hartarto", "Airlangga"}}
	marcos   = ent{kind: entities.KindPerson, name: "Ferdinand Marcos Jr.", surfaces: []string{"Ferdinand Marcos Jr."}}
	inss     = ent{kind: entities.KindOrganization, name: "Institute for National Security Strategy", surfaces: []string{"Institute for National Security Strategy"}}
	kpk      = ent{kind: entities.KindOrganization, name: "Komisi Pemberantasan Korupsi", surfaces: []string{"Komisi Pemberantasan Korupsi", "KPK"}}
	febri    = ent{kind: entities.KindPerson, name: "Febri Diansyah", surfaces: []string{"Febri Diansyah", "Febri"}}
)

// want is the part of a claim a test checks.
type want struct {
	source, cue, content string
	kind                 SourceKind
	countries            []string
	hedged, negated      bool
}

// An extractCase is one row of the claims tables: a text, the entities the
// extractor is given, the claims it must return, and why.
type extractCase struct {
	name string
	text string
	ents []ent
	want []want
	why  string
}

// run checks each row: spans are exact and the claims are the wanted ones.
func run(t *testing.T, x *Extractor, tests []extractCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := article.Parse(tc.text)
			cs := x.Extract(d, buildSet(d, tc.ents), nil)
			checkSpans(t, tc.text, cs)
			got := make([]want, 0, len(cs))
			for _, c := range cs {
				got = append(got, want{source: c.Source, cue: c.Cue, content: c.Content, kind: c.SourceKind, countries: c.Countries, hedged: c.Hedged, negated: c.Negated})
			}
			if tc.want == nil {
				tc.want = []want{}
			}
			assert.Equal(t, tc.want, got, tc.why)
		})
	}
}

func TestExtract(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	tests := []extractCase{
		{
			name: "id/cue-before/mengatakan-bahwa",
			text: "Analis Korea Selatan mengatakan bahwa Kim kemungkinan akan mencari bantuan ekonomi dari Rusia.",
			ents: []ent{kr, ru},
			want: []want{{source: "Analis Korea Selatan", cue: "mengatakan", content: "Kim kemungkinan akan mencari bantuan ekonomi dari Rusia", kind: KindGroup, countries: []string{"KR"}, hedged: true}},
			why:  "an unnamed group stays as written, with the country it names; bahwa is not content",
		},
		{
			name: "en/cue-before/said-that",
			text: "Western diplomats said that the talks had been useful for both sides.",
			want: []want{{source: "Western diplomats", cue: "said", content: "the talks had been useful for both sides", kind: KindGroup}},
			why:  "that is not content",
		},
		{
			name: "id/cue-before/pronoun",
			text: "Retno Marsudi bertemu Menlu Aljazair di New York. Dia mengatakan hubungan kedua negara sudah lama terjalin baik.",
			ents: []ent{retno},
			want: []want{{source: "Retno Marsudi", cue: "mengatakan", content: "hubungan kedua negara sudah lama terjalin baik", kind: KindPerson}},
			why:  "dia refers to the subject of the previous sentence",
		},
		{
			name: "en/cue-before/pronoun-negated",
			text: "Jens Stoltenberg met the envoys in Brussels. He said the alliance would not recognise the annexation of Crimea.",
			ents: []ent{jens},
			want: []want{{source: "Jens Stoltenberg", cue: "said", content: "the alliance would not recognise the annexation of Crimea", kind: KindPerson, negated: true}},
			why:  "he refers to the person named before; not negates the content",
		},
		{
			name: "id/cue-before/apposition",
			text: "Institute for National Security Strategy, sebuah lembaga kajian di Seoul, menyatakan Korea Utara mungkin menambah ekspor tenaga kerja.",
			ents: []ent{inss, kp},
			want: []want{{source: "Institute for National Security Strategy", cue: "menyatakan", content: "Korea Utara mungkin menambah ekspor tenaga kerja", kind: KindOrganization, hedged: true}},
			why:  "the source is the name before the apposition",
		},
		{
			name: "en/cue-before/apposition-and-date",
			text: "Airlangga Hartarto, the chief economic minister, said on Thursday the main points of the bill were complete.",
			ents: []ent{airlangg},
			want: []want{{source: "Airlangga Hartarto", cue: "said", content: "the main points of the bill were complete", kind: KindPerson}},
			why:  "the name before the apposition; on Thursday is not content",
		},
		{
			name: "en/cue-before/anonymous",
			text: "A senior official who asked not to be named said the talks would resume next week.",
			want: []want{{source: "A senior official who asked not to be named", cue: "said", content: "the talks would resume next week", kind: KindAnonymous}},
			why:  "a source that asks not to be named is anonymous",
		},
		{
			name: "id/cue-before/anonymous",
			text: "Seorang pejabat yang tidak ingin disebutkan namanya mengatakan pembicaraan akan dilanjutkan pekan depan.",
			want: []want{{source: "Seorang pejabat yang tidak ingin disebutkan namanya", cue: "mengatakan", content: "pembicaraan akan dilanjutkan pekan depan", kind: KindAnonymous}},
			why:  "namanya marks an unnamed source",
		},
		{
			name: "id/cue-before/title-only",
			text: "Menteri Luar Negeri Retno Marsudi tiba di Aljir. Menteri Luar Negeri itu mengatakan kerja sama energi akan diperluas.",
			ents: []ent{retno},
			want: []want{{source: "Retno Marsudi", cue: "mengatakan", content: "kerja sama energi akan diperluas", kind: KindPerson}},
			why:  "a title-only source is the person with that title",
		},
		{
			name: "en/cue-before/title-only",
			text: "Health Minister Budi Gunadi Sadikin visited the hospital. The minister said the number of cases could be five times higher.",
			ents: []ent{budi},
			want: []want{{source: "Budi Gunadi Sadikin", cue: "said", content: "the number of cases could be five times higher", kind: KindPerson, hedged: true}},
			why:  "the minister is the person titled minister; could hedges",
		},
		{
			name: "en/cue-before/coordinated",
			text: "Anthony Albanese says trade with Indonesia has struggled to keep pace but he says the new government will dig in.",
			ents: []ent{albanese},
			want: []want{
				{source: "Anthony Albanese", cue: "says", content: "trade with Indonesia has struggled to keep pace", kind: KindPerson},
				{source: "Anthony Albanese", cue: "says", content: "the new government will dig in", kind: KindPerson},
			},
			why: "a second frame ends the first content",
		},
		{
			name: "id/cue-before/coordinated",
			text: "Retno mengatakan kerja sama energi akan diperluas dan dia menegaskan Indonesia siap membantu.",
			ents: []ent{retno},
			want: []want{
				{source: "Retno Marsudi", cue: "mengatakan", content: "kerja sama energi akan diperluas", kind: KindPerson},
				{source: "Retno Marsudi", cue: "menegaskan", content: "Indonesia siap membantu", kind: KindPerson},
			},
			why: "dan dia menegaskan starts a second claim",
		},
		{
			name: "id/according/menurut-first",
			text: "Menurut Arief, harga gabah sudah turun menjelang panen.",
			ents: []ent{arief},
			want: []want{{source: "Arief Prasetyo Adi", cue: "Menurut", content: "harga gabah sudah turun menjelang panen", kind: KindPerson}},
			why:  "menurut X, Y",
		},
		{
			name: "id/according/menurut-last",
			text: "Harga gabah sudah turun menjelang panen, menurut Arief.",
			ents: []ent{arief},
			want: []want{{source: "Arief Prasetyo Adi", cue: "menurut", content: "Harga gabah sudah turun menjelang panen", kind: KindPerson}},
			why:  "Y, menurut X",
		},
		{
			name: "id/according/yang-menurut",
			text: "Rusia membantu dengan teknologi satelit, yang menurut Kim sangat penting untuk memantau Korea Selatan.",
			ents: []ent{ru, kr, {kind: entities.KindPerson, name: "Kim Jong Un", surfaces: []string{"Kim"}}},
			want: []want{{source: "Kim Jong Un", cue: "menurut", content: "sangat penting untuk memantau Korea Selatan", kind: KindPerson}},
			why:  "a relative clause with menurut: the source is the name right after it",
		},
		{
			name: "en/according/after",
			text: "Manila has summoned the ambassador of China, according to President Ferdinand Marcos Jr.",
			ents: []ent{cn, marcos},
			want: []want{{source: "Ferdinand Marcos Jr.", cue: "according to", content: "Manila has summoned the ambassador of China", kind: KindPerson}},
			why:  "Y, according to X",
		},
		{
			name: "en/according/first",
			text: "According to the health ministry, 34 more children have died of kidney failure.",
			want: []want{{source: "the health ministry", cue: "According to", content: "34 more children have died of kidney failure", kind: KindGroup}},
			why:  "According to X, Y",
		},
		{
			name: "id/cue-after/kata",
			text: "Inflasi masih terkendali sampai akhir tahun, kata Perry Warjiyo.",
			ents: []ent{perry},
			want: []want{{source: "Perry Warjiyo", cue: "kata", content: "Inflasi masih terkendali sampai akhir tahun", kind: KindPerson}},
			why:  "Y, kata X without quotation marks",
		},
		{
			name: "id/cue-after/ujarnya",
			text: "Arief Prasetyo Adi meninjau pasar induk. Harga beras akan stabil menjelang Lebaran, ujarnya.",
			ents: []ent{arief},
			want: []want{{source: "Arief Prasetyo Adi", cue: "ujarnya", content: "Harga beras akan stabil menjelang Lebaran", kind: KindPerson}},
			why:  "the clitic -nya is the source",
		},
		{
			name: "id/cue-after/interposed",
			text: "Keempat, kata Perry, koordinasi dengan pemerintah daerah sangat erat.",
			ents: []ent{perry},
			want: []want{{source: "Perry Warjiyo", cue: "kata", content: "koordinasi dengan pemerintah daerah sangat erat", kind: KindPerson}},
			why:  "A, kata X, B: the longer side is the content",
		},
		{
			name: "en/cue-after/said",
			text: "The bank has not been wrong to cut rates slowly, Goldfajn said.",
			ents: []ent{goldfajn},
			want: []want{{source: "Ilan Goldfajn", cue: "said", content: "The bank has not been wrong to cut rates slowly", kind: KindPerson, negated: true}},
			why:  "Y, X said",
		},
		{
			name: "en/cue-after/told-listener",
			text: "The bill will be submitted to parliament next week, Airlangga told reporters.",
			ents: []ent{airlangg},
			want: []want{{source: "Airlangga Hartarto", cue: "told", content: "The bill will be submitted to parliament next week", kind: KindPerson}},
			why:  "the listener after told is not a clause",
		},
		{
			name: "en/cue-after/definite-coref",
			text: "The sports ministry said the sanctions should not apply to the final. Sampling had been impossible during the pandemic, the ministry said.",
			want: []want{
				{source: "The sports ministry", cue: "said", content: "the sanctions should not apply to the final", kind: KindGroup, negated: true},
				{source: "The sports ministry", cue: "said", content: "Sampling had been impossible during the pandemic", kind: KindGroup},
			},
			why: "the ministry refers back to the earlier source with the same head noun",
		},
		{
			name: "id/nominal/tuduhan",
			text: "Veto itu memicu tuduhan Barat bahwa Moskow berusaha menghindari pengawasan.",
			ents: []ent{ru},
			want: []want{{source: "Barat", cue: "tuduhan", content: "Moskow berusaha menghindari pengawasan", kind: KindGroup}},
			why:  "nominal frame with bahwa",
		},
		{
			name: "en/nominal/possessive-claim",
			text: "Moscow rejected Washington's claim that its troops had crossed the border.",
			ents: []ent{{kind: entities.KindCountry, name: "United States", surfaces: []string{"Washington"}, code: "US"}},
			want: []want{{source: "Washington", cue: "claim", content: "its troops had crossed the border", kind: KindCountry, countries: []string{"US"}}},
			why:  "X's claim that Y",
		},
		{
			name: "id/quote/kata-after-quote",
			text: "“Kami siap berdiskusi kapan saja,” kata Febri Diansyah.",
			ents: []ent{febri},
			why:  "a statement inside quotation marks is a quote, not a claim",
		},
		{
			name: "en/quote/said-after-quote",
			text: "\"We are ready to talk at any time,\" the minister said.",
			why:  "a statement inside quotation marks is a quote, not a claim",
		},
		{
			name: "en/quote/said-colon-quote",
			text: "Biden said: “We will defend Taiwan if it is attacked.”",
			why:  "content that opens with a quotation mark is a quote",
		},
		{
			name: "id/quote/contained-quote-kept",
			text: "Retno mengatakan Rusia mencoba, “dalam keputusasaan, untuk memperkuat hubungan dengan negara lain”.",
			ents: []ent{retno, ru},
			want: []want{{source: "Retno Marsudi", cue: "mengatakan", content: "Rusia mencoba, “dalam keputusasaan, untuk memperkuat hubungan dengan negara lain”", kind: KindPerson}},
			why:  "a claim may contain a quoted stretch",
		},
		{
			name: "id/weak/meminta-agar",
			text: "Febri meminta agar masyarakat tetap tenang dan menunggu pengumuman resmi.",
			ents: []ent{febri},
			why:  "meminta agar is a weak verb left out for precision",
		},
		{
			name: "en/weak/passive-reported",
			text: "Nearly 100 deaths had been reported by the ministry since August.",
			why:  "a passive speech verb has no source before it",
		},
		{
			name: "id/weak/object-demikian",
			text: "KPK menyatakan demikian setelah rapat pimpinan pada Senin malam.",
			ents: []ent{kpk},
			why:  "menyatakan demikian has no proposition",
		},
		{
			name: "en/cue-before/they",
			text: "Indonesian police said on Friday they had arrested 12 suspects in Central Java.",
			want: []want{{source: "Indonesian police", cue: "said", content: "they had arrested 12 suspects in Central Java", kind: KindGroup}},
			why:  "a date adjunct after the cue is not content",
		},
	}
	run(t, x, tests)
}

func TestQuoteNotDoubleCounted(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	for _, tc := range []struct{ name, text, quote string }{
		{"id/quote-result", "Perry mengatakan inflasi akan tetap terkendali hingga akhir tahun.", "inflasi akan tetap terkendali hingga akhir tahun"},
		{"en/quote-result", "Goldfajn said the bank has not been wrong to cut rates slowly.", "the bank has not been wrong to cut rates slowly"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := article.Parse(tc.text)
			i := strings.Index(tc.text, tc.quote)
			q := quotes.Quote{Mention: article.MentionOf(tc.text, article.Span{Start: i, End: i + len(tc.quote)})}
			assert.Empty(t, x.Extract(d, nil, []quotes.Quote{q}), "a span the quotes result already holds is not a claim too")
		})
	}
}

func TestEntitiesInContent(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	text := "Analis Korea Selatan mengatakan Korea Utara akan mencari bantuan dari Rusia."
	d := article.Parse(text)
	got := x.Extract(d, buildSet(d, []ent{kr, kp, ru}), nil)
	require.Len(t, got, 1)
	assert.Equal(t, []entities.Ref{{Kind: entities.KindCountry, Index: 1}, {Kind: entities.KindCountry, Index: 2}}, got[0].Entities)
	require.NotNil(t, got[0].SourceMention)
	assert.Equal(t, "Analis Korea Selatan", got[0].SourceMention.Text)
	assert.Equal(t, "assert", got[0].CueClass)
	assert.Equal(t, "cue-before", got[0].Pass)
}

func TestConcurrent(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	text := "Analis Korea Selatan mengatakan bahwa Kim akan mencari bantuan. Harga beras akan stabil, kata Arief."
	d := article.Parse(text)
	ents := buildSet(d, []ent{kr, arief})
	serial := x.Extract(d, ents, nil)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			assert.Equal(t, serial, x.Extract(d, ents, nil))
		}()
	}
	wg.Wait()
}

// checkSpans asserts text[Start:End] == Text for every span of every claim.
func checkSpans(t *testing.T, text string, cs []Claim) {
	t.Helper()
	for _, c := range cs {
		require.True(t, 0 <= c.Start && c.Start <= c.End && c.End <= len(text), "content span %v", c.Span)
		assert.Equal(t, text[c.Start:c.End], c.Content)
		require.True(t, 0 <= c.CueSpan.Start && c.CueSpan.Start <= c.CueSpan.End && c.CueSpan.End <= len(text))
		assert.Equal(t, text[c.CueSpan.Start:c.CueSpan.End], c.Cue)
		if c.SourceMention != nil {
			m := c.SourceMention
			require.True(t, 0 <= m.Start && m.Start <= m.End && m.End <= len(text))
			assert.Equal(t, text[m.Start:m.End], m.Text)
		}
	}
}

func TestSourceRules(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	bankDunia := ent{kind: entities.KindOrganization, name: "Bank Dunia", surfaces: []string{"Bank Dunia"}}
	worldBank := ent{kind: entities.KindOrganization, name: "World Bank", surfaces: []string{"World Bank"}}
	imf := ent{kind: entities.KindOrganization, name: "International Monetary Fund", surfaces: []string{"International Monetary Fund"}}
	dfa := ent{kind: entities.KindOrganization, name: "Department of Foreign Affairs", surfaces: []string{"Department of Foreign Affairs"}}
	grab := ent{kind: entities.KindOrganization, name: "Grab", surfaces: []string{"Grab"}, typ: "company"}
	acme := ent{kind: entities.KindOrganization, name: "Acme Corp", surfaces: []string{"Acme Corp"}, typ: "company"}
	tests := []extractCase{
		{name: "en/relative-clause", text: "The World Bank, which publishes its own outlook in June, has also said poorer economies could suffer most.", ents: []ent{worldBank},
			want: []want{{source: "World Bank", cue: "said", content: "poorer economies could suffer most", kind: KindOrganization, hedged: true}},
			why:  "a relative clause between commas is not the source; the noun phrase before it is"},
		{name: "id/relative-clause", text: "Bank Dunia, lembaga yang bermarkas di Washington, menyatakan pertumbuhan kawasan akan melambat tahun ini.", ents: []ent{bankDunia},
			want: []want{{source: "Bank Dunia", cue: "menyatakan", content: "pertumbuhan kawasan akan melambat tahun ini", kind: KindOrganization}},
			why:  "yang opens a relative clause inside the apposition"},
		{name: "en/participle-apposition", text: "One European trade official, speaking on condition of anonymity, said the tariffs would hurt exporters.",
			want: []want{{source: "One European trade official", cue: "said", content: "the tariffs would hurt exporters", kind: KindAnonymous}},
			why:  "a participle phrase between commas is not the source"},
		{name: "en/after-quote-adjunct", text: "“Prices will fall,” Albanese said at a news conference in the capital.", ents: []ent{albanese},
			want: []want{}, why: "the cue belongs to the quote; an adjunct after it is no claim"},
		{name: "en/after-quote-participle", text: "“We are neighbours,” Albanese said, speaking in Indonesian to the crowd.", ents: []ent{albanese},
			want: []want{}, why: "a participle after a quote's cue is no proposition"},
		{name: "en/content-first-apposition", text: "The rebels seized two more towns in the north on Friday, the army said, the latest in a string of losses.",
			want: []want{{source: "the army", cue: "said", content: "The rebels seized two more towns in the north on Friday", kind: KindGroup}},
			why:  "Y, X said, <apposition>: Y is the content"},
		{name: "en/participle/adding-that", text: "Manila accepted offers of help from Japan, the Department of Foreign Affairs said, adding that relief flights would start on Monday.", ents: []ent{dfa},
			want: []want{
				{source: "Department of Foreign Affairs", cue: "said", content: "Manila accepted offers of help from Japan", kind: KindOrganization},
				{source: "Department of Foreign Affairs", cue: "adding that", content: "relief flights would start on Monday", kind: KindOrganization},
			},
			why: "adding that takes the source of the cue before it; an organization name is not a title"},
		{name: "en/participle/saying", text: "The International Monetary Fund cut its growth forecast on Tuesday, saying higher tariffs would slow trade.", ents: []ent{imf},
			want: []want{{source: "International Monetary Fund", cue: "saying", content: "higher tariffs would slow trade", kind: KindOrganization}},
			why:  "saying after a comma takes the subject of the sentence"},
		{name: "id/participle/seraya", text: "Warga menolak rencana relokasi itu, seraya menegaskan bahwa lahan tersebut milik adat.",
			want: []want{{source: "Warga", cue: "seraya menegaskan bahwa", content: "lahan tersebut milik adat", kind: KindGroup}},
			why:  "seraya + cue after a comma takes the subject of the sentence"},
		{name: "id/adjunct-before-cue", text: "Grab, perusahaan transportasi daring asal Singapura, dalam keterangan tertulisnya menyatakan bahwa layanan akan pulih besok.", ents: []ent{grab},
			want: []want{{source: "Grab", cue: "menyatakan", content: "layanan akan pulih besok", kind: KindOrganization}},
			why:  "an adjunct between subject and cue is skipped; the name before the apposition is the source"},
		{name: "id/definite-company", text: "Grab menyatakan bahwa layanan akan pulih besok pagi. Perusahaan itu juga mengatakan pengemudi akan mendapat kompensasi.", ents: []ent{grab},
			want: []want{
				{source: "Grab", cue: "menyatakan", content: "layanan akan pulih besok pagi", kind: KindOrganization},
				{source: "Grab", cue: "mengatakan", content: "pengemudi akan mendapat kompensasi", kind: KindOrganization},
			},
			why: "Perusahaan itu refers back to the company that spoke before"},
		{name: "en/definite-company", text: "Acme Corp said sales rose by a third last year. The company said hiring would double next year.", ents: []ent{acme},
			want: []want{
				{source: "Acme Corp", cue: "said", content: "sales rose by a third last year", kind: KindOrganization},
				{source: "Acme Corp", cue: "said", content: "hiring would double next year", kind: KindOrganization},
			},
			why: "the company refers back to the company that spoke before"},
	}
	run(t, x, tests)
}
