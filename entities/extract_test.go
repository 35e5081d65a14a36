package entities_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/article/articletest"
	"github.com/wartalab/warta/entities"
)

// extractor is built once per test binary: New loads the lexicons and the
// tagger models load on first use.
var extractor = sync.OnceValues(func() (*entities.Extractor, error) {
	return entities.New(entities.Options{})
})

func extract(t testing.TB, text, lang string) (*article.Doc, *entities.Set) {
	t.Helper()
	x, err := extractor()
	require.NoError(t, err)
	d := article.Parse(text)
	if lang != "" {
		require.Equal(t, lang, d.Lang, "precondition: language of %q", text)
	}
	s := x.Extract(d)
	require.NotNil(t, s)
	articletest.CheckEntities(t, d, s)
	return d, s
}

func personNames(s *entities.Set) []string {
	var out []string
	for _, p := range s.People {
		out = append(out, p.Name)
	}
	return out
}

func findPerson(s *entities.Set, name string) *entities.Person {
	for k := range s.People {
		if s.People[k].Name == name {
			return &s.People[k]
		}
	}
	return nil
}

func findOrg(s *entities.Set, name string) *entities.Organization {
	for k := range s.Organizations {
		if s.Organizations[k].Name == name {
			return &s.Organizations[k]
		}
	}
	return nil
}

func findCountry(s *entities.Set, code string) *entities.Country {
	for k := range s.Countries {
		if s.Countries[k].Code == code {
			return &s.Countries[k]
		}
	}
	return nil
}

func mentionTexts(ms []article.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text)
	}
	return out
}

func TestPeople(t *testing.T) {
	cases := []struct {
		name, text, lang string
		person           string
		aliases          []string
		titles           []string
		aff              *entities.Affiliation // nil: not checked
		noAff            bool                  // want no affiliation
		why              string
	}{
		{name: "id/title-country", lang: "id",
			text:    "Menteri Luar Negeri AS Antony Blinken tiba di Jakarta pada Selasa. Blinken mengatakan kunjungan itu penting bagi kedua negara.",
			person:  "Antony Blinken",
			aliases: []string{"Antony Blinken", "Blinken"},
			titles:  []string{"menteri luar negeri"},
			aff:     &entities.Affiliation{Kind: entities.KindCountry, Name: "Amerika Serikat", Code: "US"},
			why:     "the title and its country are stripped from the name; the surname alone merges"},
		{name: "id/title-org", lang: "id",
			text:    "Sekjen NATO Jens Stoltenberg mengatakan aliansi siap membantu. Stoltenberg menambahkan bahwa bantuan akan dikirim pekan depan.",
			person:  "Jens Stoltenberg",
			aliases: []string{"Jens Stoltenberg", "Stoltenberg"},
			titles:  []string{"sekjen"},
			aff:     &entities.Affiliation{Kind: entities.KindOrganization, Name: "Pakta Pertahanan Atlantik Utara"},
			why:     "an organization in the title is the affiliation (named by its lexicon expansion)"},
		{name: "id/family-name-first", lang: "id",
			text:    "Pemimpin Korea Utara Kim Jong Un meninjau uji coba rudal yang dilakukan pada pagi hari. Kim memerintahkan militer untuk bersiap, menurut media pemerintah Korut.",
			person:  "Kim Jong Un",
			aliases: []string{"Kim Jong Un", "Kim"},
			titles:  []string{"pemimpin"},
			aff:     &entities.Affiliation{Kind: entities.KindCountry, Name: "Korea Utara", Code: "KP"},
			why:     "Kim alone joins Kim Jong Un"},
		{name: "id/nickname", lang: "id",
			text:    "Presiden Joko Widodo meresmikan bendungan di Jawa Tengah. Jokowi mengatakan bahwa bendungan itu akan mengairi ribuan hektare sawah.",
			person:  "Joko Widodo",
			aliases: []string{"Joko Widodo", "Jokowi"},
			titles:  []string{"presiden"},
			noAff:   true,
			why:     "a lexicon nickname joins its person"},
		{name: "id/nickname-only", lang: "id",
			text:    "Jokowi mengatakan bahwa pembangunan jalan tol di Sumatera akan selesai tahun ini dan sudah dibahas dengan para menteri.",
			person:  "Jokowi",
			aliases: []string{"Jokowi"},
			titles:  []string{},
			why:     "Name is the fullest form the text gives: the canonical name only when the text uses it"},
		{name: "id/comma-apposition", lang: "id",
			text:    "Menlu Estonia, Urmas Reinsalu, mengatakan bahwa negaranya akan terus mendukung Ukraina dalam perang yang sudah berlangsung sejak 2022 itu.",
			person:  "Urmas Reinsalu",
			aliases: []string{"Urmas Reinsalu"},
			titles:  []string{"menlu"},
			aff:     &entities.Affiliation{Kind: entities.KindCountry, Name: "Estonia", Code: "EE"},
			why:     "a title, comma, name keeps the title"},
		{name: "id/rank-and-unit", lang: "id",
			text:    "Kepala Bidang Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi mengatakan bahwa polisi masih menyelidiki kasus itu dan akan memanggil para saksi.",
			person:  "Ade Ary Syam Indradi",
			aliases: []string{"Ade Ary Syam Indradi"},
			titles:  []string{"kepala bidang humas", "kombes"},
			aff:     &entities.Affiliation{Kind: entities.KindOrganization, Name: "Polda Metro Jaya"},
			why:     "a regional police unit between title and rank"},
		{name: "id/country-after-title", lang: "id",
			text:    "Perdana Menteri Australia Anthony Albanese mengatakan bahwa negaranya akan membantu. Albanese juga menyebut bahwa bantuan sudah dikirim.",
			person:  "Anthony Albanese",
			aliases: []string{"Anthony Albanese", "Albanese"},
			titles:  []string{"perdana menteri"},
			aff:     &entities.Affiliation{Kind: entities.KindCountry, Name: "Australia", Code: "AU"},
			why:     "Indonesian word order: title, country, name"},
		{name: "en/title", lang: "en",
			text:    "Secretary of State Antony Blinken said that the United States would send aid. Blinken was speaking in Tokyo, where he met Japanese officials.",
			person:  "Antony Blinken",
			aliases: []string{"Antony Blinken", "Blinken"},
			titles:  []string{"secretary of state"},
			why:     "English title before the name"},
		{name: "en/honorific", lang: "en",
			text:    "Mr. Blinken met Foreign Minister Wang Yi on Friday. Mr. Blinken said that the talks were frank and that he would return.",
			person:  "Blinken",
			aliases: []string{"Blinken"},
			titles:  []string{},
			why:     "Mr. is not part of the name"},
		{name: "en/demonym-title", lang: "en",
			text:    "Russian President Vladimir Putin said that Moscow would not back down. Putin spoke to reporters in the Kremlin on Friday.",
			person:  "Vladimir Putin",
			aliases: []string{"Vladimir Putin", "Putin"},
			titles:  []string{"president"},
			aff:     &entities.Affiliation{Kind: entities.KindCountry, Name: "Russia", Code: "RU"},
			why:     "English word order: country adjective, title, name"},
		{name: "en/demonym-title-2", lang: "en",
			text:    "Australian Prime Minister Anthony Albanese met the Chinese leader in Beijing. Albanese said that the talks were constructive.",
			person:  "Anthony Albanese",
			aliases: []string{"Anthony Albanese", "Albanese"},
			titles:  []string{"prime minister"},
			aff:     &entities.Affiliation{Kind: entities.KindCountry, Name: "Australia", Code: "AU"},
			why:     "same rule, another country"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, s := extract(t, c.text, c.lang)
			p := findPerson(s, c.person)
			require.NotNil(t, p, "%s: want person %q, got %q", c.why, c.person, personNames(s))
			assert.Equal(t, c.aliases, p.Aliases, c.why)
			assert.Equal(t, c.titles, p.Titles, c.why)
			assert.Len(t, p.Mentions, len(p.Mentions))
			if c.aff != nil {
				assert.Equal(t, c.aff, p.Affiliation, c.why)
			}
			if c.noAff {
				assert.Nil(t, p.Affiliation, c.why)
			}
			for _, m := range p.Mentions {
				assert.Contains(t, p.Aliases, m.Text, "every mention is an alias")
			}
		})
	}
}

func TestNotPeople(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []string // the people expected (nil: none)
		why              string
	}{
		{"id/roles", "id", "Analis mengatakan bahwa harga minyak akan naik pada Januari. Pejabat yang enggan disebut namanya membenarkan hal itu kepada wartawan pada Senin, 12 Januari, di kantornya.",
			nil, "role words, days and months are not names"},
		{"id/sentence-start-day", "id", "Sabtu lalu para pengunjuk rasa berkumpul di depan gedung itu. Minggu pagi mereka sudah pulang ke rumah masing-masing.",
			nil, "a capitalised day at a sentence start"},
		{"en/roles", "en", "Analysts said that oil prices would rise in January. Officials told reporters on Monday that the plan was still under review.",
			nil, "English role words, days and months"},
		{"id/place", "id", "Banjir melanda Jawa Tengah dan Jawa Timur sejak Minggu. Warga di Semarang mengungsi ke tempat yang lebih tinggi.",
			nil, "regions and cities are not people"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, s := extract(t, c.text, c.lang)
			assert.Equal(t, c.want, personNames(s), c.why)
		})
	}
}

func TestOrganizations(t *testing.T) {
	cases := []struct {
		name, text, lang string
		org, acronym     string
		mentions         []string
		typ              string
		why              string
	}{
		{name: "id/acronym-paren", lang: "id",
			text:     "Perserikatan Bangsa-Bangsa (PBB) menggelar sidang darurat di New York. Sekjen PBB Antonio Guterres meminta gencatan senjata. PBB juga mengirim bantuan.",
			org:      "Perserikatan Bangsa-Bangsa",
			acronym:  "PBB",
			mentions: []string{"Perserikatan Bangsa-Bangsa", "PBB", "PBB", "PBB"},
			typ:      "international",
			why:      "an acronym in parentheses joins its expansion, later uses merge"},
		{name: "en/acronym-paren", lang: "en",
			text:     "The International Monetary Fund (IMF) cut its growth forecast on Tuesday. The IMF said that inflation remained high.",
			org:      "International Monetary Fund",
			acronym:  "IMF",
			mentions: []string{"International Monetary Fund", "IMF", "IMF"},
			typ:      "international",
			why:      "English expansion and acronym"},
		{name: "id/lexicon-acronym", lang: "id",
			text:     "Komisi Pemberantasan Korupsi menahan seorang bupati di Jawa Timur. Juru bicara KPK Ali Fikri mengatakan bahwa penahanan itu dilakukan untuk 20 hari.",
			org:      "Komisi Pemberantasan Korupsi",
			acronym:  "KPK",
			mentions: []string{"Komisi Pemberantasan Korupsi", "KPK"},
			typ:      "government",
			why:      "the lexicon knows KPK is the Komisi Pemberantasan Korupsi"},
		{name: "en/multiword", lang: "en",
			text:     "Researchers at the Institute for National Security Strategy said that Pyongyang was preparing another launch.",
			org:      "Institute for National Security Strategy",
			mentions: []string{"Institute for National Security Strategy"},
			why:      "a head word with connectors inside the name"},
		{name: "id/regional", lang: "id",
			text:     "Polda Metro Jaya menetapkan dua tersangka dalam kasus itu. Polisi mengatakan bahwa keduanya sudah ditahan di rutan Polda Metro Jaya.",
			org:      "Polda Metro Jaya",
			mentions: []string{"Polda Metro Jaya", "Polda Metro Jaya"},
			typ:      "police",
			why:      "a regional police command"},
		{name: "id/acronym-first", lang: "id",
			text:     "Ketua DPR Puan Maharani mengatakan bahwa RUU itu akan dibahas pekan depan. DPR juga menerima ribuan aspirasi dari masyarakat.",
			org:      "DPR",
			acronym:  "DPR",
			mentions: []string{"DPR", "DPR"},
			typ:      "legislature",
			why:      "an acronym the text never spells out names the organization; the lexicon gives its expansion"},
		{name: "en/country-ministry", lang: "en",
			text:     "The U.S. State Department said on Monday that it was reviewing the report and would respond.",
			org:      "State Department",
			mentions: []string{"U.S. State Department"},
			typ:      "government",
			why:      "a ministry named with its country (known issue: Name is not among the aliases)"},
		{name: "en/tail-word", lang: "en",
			text:     "The World Bank said that Indonesia's economy would grow 5 percent this year. World Bank economists cited strong consumption.",
			org:      "World Bank",
			mentions: []string{"World Bank", "World Bank"},
			typ:      "international",
			why:      "an organization known by name"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, s := extract(t, c.text, c.lang)
			o := findOrg(s, c.org)
			var names []string
			for _, o := range s.Organizations {
				names = append(names, o.Name)
			}
			require.NotNil(t, o, "%s: want %q, got %q", c.why, c.org, names)
			assert.Equal(t, c.acronym, o.Acronym, c.why)
			assert.Equal(t, c.mentions, mentionTexts(o.Mentions), c.why)
			if c.typ != "" {
				assert.Equal(t, c.typ, o.Type, c.why)
			}
			assert.Contains(t, o.Aliases, o.Name, "Name is one of the aliases")
		})
	}
}

func TestCountries(t *testing.T) {
	type ref struct{ Text, Refer string }
	cases := []struct {
		name, lang, text string
		want             map[string][]ref // code -> mentions; codes not listed must be absent
		why              string
	}{
		{"id/abbrev", "id", "Kerja sama AS dan RI akan diperkuat tahun depan. Korut dan Korsel juga sudah diundang ke pertemuan itu.",
			map[string][]ref{"US": {{"AS", "abbreviation"}}, "ID": {{"RI", "abbreviation"}}, "KP": {{"Korut", "abbreviation"}}, "KR": {{"Korsel", "abbreviation"}}},
			"news abbreviations"},
		{"id/government-of", "id", "Pemerintah AS dan RI sepakat untuk memperkuat kerja sama di bidang pertahanan pada tahun depan.",
			map[string][]ref{"US": {{"AS", "abbreviation"}}, "ID": {{"RI", "abbreviation"}}},
			"\"Pemerintah AS\" names the US (known issue: swallowed into an organization \"Pemerintah AS dan RI\")"},
		{"en/abbrev", "en", "The U.S. and the UK said that they would send more aid to the region in the coming weeks.",
			map[string][]ref{"US": {{"U.S.", "abbreviation"}}, "GB": {{"UK", "abbreviation"}}},
			"English abbreviations with and without periods"},
		{"en/demonym", "en", "Russian officials said that the talks had failed, and the Kremlin said it would respond.",
			map[string][]ref{"RU": {{"Russian", "demonym"}, {"Kremlin", "capital"}}},
			"a demonym and a seat of power"},
		{"id/capital-government", "id", "Moskow menolak tuduhan itu dan menyebut sanksi yang dijatuhkan oleh AS tidak sah.",
			map[string][]ref{"RU": {{"Moskow", "capital"}}, "US": {{"AS", "abbreviation"}}},
			"a capital as subject stands for its government"},
		{"en/capital-government", "en", "Beijing said that the measures were unfair and that it would take steps to protect its companies.",
			map[string][]ref{"CN": {{"Beijing", "capital"}}},
			"Beijing said"},
		{"id/capital-place", "id", "Dalam pertemuan di Beijing, para pejabat membahas perdagangan dan investasi yang akan dilakukan oleh kedua pihak.",
			map[string][]ref{},
			"a capital after a locative is a place, not a country"},
		{"en/capital-place", "en", "The talks were held in Beijing, where officials from both sides discussed trade and investment for next year.",
			map[string][]ref{},
			"in Beijing is a place"},
		{"id/jakarta", "id", "Presiden Prabowo Subianto menggelar rapat di Jakarta bersama para menteri kabinet pada Senin untuk membahas anggaran.",
			map[string][]ref{},
			"Jakarta is the city, not the government"},
		{"id/name", "id", "Presiden Rusia Vladimir Putin mengatakan bahwa Rusia siap untuk bekerja sama dengan Indonesia di bidang energi.",
			map[string][]ref{"RU": {{"Rusia", "name"}, {"Rusia", "name"}}, "ID": {{"Indonesia", "name"}}},
			"country names; the one in a title also counts"},
		{"en/possessive", "en", "Officials said that China's exports rose in March, while Japan's fell for a second month.",
			map[string][]ref{"CN": {{"China", "name"}}, "JP": {{"Japan", "name"}}},
			"a possessive does not hide the country"},
		{"en/org-adjective", "en", "The U.S. State Department said on Monday that it was reviewing the report and would respond.",
			map[string][]ref{"US": {{"U.S.", "abbreviation"}}},
			"a country before a ministry still names the country (known issue: U.S. is swallowed)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, s := extract(t, c.text, c.lang)
			got := map[string][]ref{}
			for _, co := range s.Countries {
				for _, m := range co.Mentions {
					got[co.Code] = append(got[co.Code], ref{m.Text, m.Refer})
				}
				assert.NotEmpty(t, co.Name, "country %s has a display name", co.Code)
				assert.Equal(t, strings.ToUpper(co.Code), co.Code)
			}
			assert.Equal(t, c.want, got, c.why)
		})
	}
}

func TestSkipsBoilerplateAndDatelines(t *testing.T) {
	text := "JAKARTA, KOMPAS.com - Menteri Luar Negeri Retno Marsudi bertemu Menlu China Wang Yi di Beijing pada Kamis.\n" +
		"Baca juga: Prabowo Bertemu Kim Jong Un di Pyongyang\n" +
		"Retno mengatakan bahwa pertemuan itu berjalan lancar dan kedua negara sepakat untuk meningkatkan kerja sama.\n" +
		"Berita Terkait\n" +
		"Jokowi Terima Sekjen PBB\n" +
		"IMF Pangkas Proyeksi Ekonomi"
	d, s := extract(t, text, "id")
	assert.Equal(t, []string{"Retno Marsudi", "Wang Yi"}, personNames(s), "no one from the Baca juga line or the related headlines")
	assert.Nil(t, findCountry(s, "KP"), "Pyongyang is only in boilerplate")
	assert.Empty(t, s.Organizations, "PBB, IMF and KOMPAS.com are in boilerplate or the dateline")
	for _, l := range s.Index {
		assert.False(t, d.IsBoilerplate(l.First), "mention at %d in boilerplate", l.Span.Start)
		assert.False(t, d.Tokens[l.First].Is(article.Dateline), "mention at %d in the dateline", l.Span.Start)
	}
	if p := findPerson(s, "Retno Marsudi"); assert.NotNil(t, p) {
		assert.Equal(t, []string{"Retno Marsudi", "Retno"}, p.Aliases)
		assert.Equal(t, []string{"menteri luar negeri"}, p.Titles)
	}
	if p := findPerson(s, "Wang Yi"); assert.NotNil(t, p) {
		assert.Equal(t, &entities.Affiliation{Kind: entities.KindCountry, Name: "China", Code: "CN"}, p.Affiliation)
	}
}

func TestIndexLookups(t *testing.T) {
	const text = "Sekjen NATO Jens Stoltenberg bertemu Menteri Luar Negeri Retno Marsudi di Brussel. Stoltenberg mengatakan bahwa NATO menghargai peran Indonesia."
	d, s := extract(t, text, "id")
	i := d.TokenAt(strings.Index(text, "Stoltenberg mengatakan"))
	l, ok := s.At(i)
	require.True(t, ok, "a mention covers the token of Stoltenberg")
	assert.Equal(t, entities.KindPerson, l.Kind)
	assert.Equal(t, "Jens Stoltenberg", s.Name(l.Ref))
	_, ok = s.At(d.TokenAt(strings.Index(text, "bertemu")))
	assert.False(t, ok, "no mention covers bertemu")
	first := d.Sentences[1]
	var names []string
	for _, l := range s.Between(first.First, first.End) {
		names = append(names, s.Name(l.Ref))
	}
	assert.Equal(t, []string{"Jens Stoltenberg", "NATO", "Indonesia"}, names)
}

func TestRobust(t *testing.T) {
	inputs := []string{
		"", " \n\t", "\xff\xfe Blinken \xc3", "Jokowi\x00Prabowo", strings.Repeat("“", 20000),
		"(((PBB) (IMF", "Menlu ,", "Sekjen", "Presiden Presiden Presiden", "AS AS AS. U.S. U.S.",
		"<p>Baca juga: <a href=\"x\">KPK</a></p>", strings.Repeat("Menteri Luar Negeri ", 500),
		"Kim (", "Kim ()", "Perserikatan Bangsa-Bangsa (", "Menlu Estonia,",
	}
	for k, text := range inputs {
		t.Run(fmt.Sprint(k), func(t *testing.T) {
			extract(t, text, "")
		})
	}
}

// TestConcurrent drives one Extractor from many goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	texts := []string{
		sampleArticle,
		"Menteri Luar Negeri AS Antony Blinken tiba di Jakarta pada Selasa. Blinken mengatakan kunjungan itu penting bagi kedua negara.",
		"Russian President Vladimir Putin said that Moscow would not back down. Putin spoke to reporters in the Kremlin on Friday.",
		"The International Monetary Fund (IMF) cut its growth forecast on Tuesday. The IMF said that inflation remained high.",
	}
	x, err := extractor()
	require.NoError(t, err)
	docs := make([]*article.Doc, len(texts))
	want := make([]*entities.Set, len(texts))
	for k, text := range texts {
		docs[k] = article.Parse(text)
		want[k] = x.Extract(docs[k])
	}
	const workers = 8
	got := make([][]*entities.Set, workers)
	var wg sync.WaitGroup
	for w := range workers {
		got[w] = make([]*entities.Set, len(texts))
		wg.Go(func() {
			for r := range 3 {
				for k := range texts {
					k := (k + w + r) % len(texts)
					got[w][k] = x.Extract(docs[k])
				}
			}
		})
	}
	wg.Wait()
	for w := range workers {
		for k := range texts {
			assert.Equal(t, want[k], got[w][k], "worker %d, text %d", w, k)
		}
	}
}

const sampleArticle = `JAKARTA, KOMPAS.com - Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri AS Antony Blinken di sela pertemuan para menteri luar negeri ASEAN, Kamis (20/11/2023).

Dalam pertemuan yang berlangsung sekitar 45 menit itu, keduanya membahas situasi di Gaza dan upaya Perserikatan Bangsa-Bangsa (PBB) untuk menyalurkan bantuan kemanusiaan.

“Indonesia meminta agar gencatan senjata segera diwujudkan,” kata Retno kepada wartawan di Jakarta.

Blinken mengatakan, AS akan terus bekerja sama dengan mitra di kawasan. ”Kami menghargai peran Indonesia,” ujarnya.

Baca juga: Jokowi Terima Kunjungan Sekjen PBB di Istana Bogor

Sementara itu, Presiden Joko Widodo dijadwalkan bertolak ke Washington pada pekan depan untuk bertemu Presiden AS. Jokowi akan didampingi oleh sejumlah menteri, termasuk Menteri Keuangan Sri Mulyani Indrawati.

Sebelumnya, Dana Moneter Internasional (IMF) memperkirakan ekonomi Indonesia tumbuh 5,1 persen tahun ini. Moskow dan Beijing belum memberikan tanggapan.

Berita Terkait
Retno: Indonesia Dukung Palestina
Prabowo Bertemu Putin di Moskow
`

func TestSampleArticle(t *testing.T) {
	_, s := extract(t, sampleArticle, "id")
	assert.Equal(t, []string{"Retno Marsudi", "Antony Blinken", "Joko Widodo", "Sri Mulyani Indrawati"}, personNames(s))
	var codes []string
	for _, c := range s.Countries {
		codes = append(codes, c.Code)
	}
	assert.ElementsMatch(t, []string{"US", "ID", "RU", "CN"}, codes, "Jakarta and Gaza are places; Moskow and Beijing stand for governments")
}

func BenchmarkExtract(b *testing.B) {
	x, err := extractor()
	require.NoError(b, err)
	d := article.Parse(sampleArticle)
	x.Extract(d) // load the tagger model outside the timer
	b.SetBytes(int64(len(sampleArticle)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(d)
	}
}

func TestKindTextRoundTrip(t *testing.T) {
	for _, k := range []entities.Kind{entities.KindPerson, entities.KindOrganization, entities.KindCountry} {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back entities.Kind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	var k entities.Kind
	assert.Error(t, k.UnmarshalText([]byte("planet")), "an unknown name is an error, not a zero kind")
}

func TestAtNested(t *testing.T) {
	const text = "Juru bicara Kementerian Luar Negeri China Guo Jiakun mengatakan kapal itu berpatroli di perairan tersebut."
	d, s := extract(t, text, "id")
	i := d.TokenAt(strings.Index(text, "China"))
	l, ok := s.At(i)
	require.True(t, ok, "a mention covers China")
	assert.Equal(t, entities.KindOrganization, l.Kind, "the widest mention covering the token wins: the ministry, not the country inside it")
	c, ok := s.At(d.TokenAt(strings.Index(text, "Guo")))
	require.True(t, ok)
	assert.Equal(t, entities.KindPerson, c.Kind, "the token after the nested mentions is the person's")
}
