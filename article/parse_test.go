package article_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/article/articletest"
)

func tokenTexts(d *article.Doc) []string {
	out := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		out[i] = d.TokenText(i)
	}
	return out
}

func paragraphTexts(d *article.Doc) []string {
	var out []string
	for _, p := range d.Paragraphs {
		out = append(out, d.Text[p.Start:p.Span.End])
	}
	return out
}

func sentenceTexts(d *article.Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Text[s.Start:s.Span.End])
	}
	return out
}

// token returns the first token whose text is w.
func token(t *testing.T, d *article.Doc, w string) article.Token {
	t.Helper()
	for i, tk := range d.Tokens {
		if d.TokenText(i) == w {
			return tk
		}
	}
	require.Failf(t, "token not found", "%q in %q", w, tokenTexts(d))
	return article.Token{}
}

func parse(t testing.TB, text string) *article.Doc {
	t.Helper()
	d := article.Parse(text)
	require.NotNil(t, d)
	require.Equal(t, text, d.Text)
	articletest.CheckDoc(t, d)
	return d
}

func TestParagraphs(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
		why        string
	}{
		{"blank-lines", "Retno Marsudi tiba.\n\n\nIa bertemu Blinken.", []string{"Retno Marsudi tiba.", "Ia bertemu Blinken."}, "blank lines are not paragraphs"},
		{"single-newline", "Baris satu.\nBaris dua.", []string{"Baris satu.", "Baris dua."}, "scraped news puts one paragraph per line"},
		{"crlf", "Jokowi hadir.\r\n\r\nPrabowo juga.\r\n", []string{"Jokowi hadir.", "Prabowo juga."}, "CRLF ends a line and leaves no \\r in a paragraph"},
		{"lone-cr", "Line one.\rLine two.", []string{"Line one.", "Line two."}, "old Mac line ends"},
		{"trimmed", "  \t Putin spoke.\u00a0 \n", []string{"Putin spoke."}, "spaces and NBSP at the edges are not part of a paragraph"},
		{"whitespace-lines", " \n\t\n\u200b\n", nil, "lines of white space (and zero-width space) make no paragraph"},
		{"empty", "", nil, "empty text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parse(t, c.text)
			assert.Equal(t, c.want, paragraphTexts(d), c.why)
		})
	}
}

func TestTokens(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
		why        string
	}{
		{"id/abbrev", "Dr. Retno dan Prof. H. Ahmad di Jl. Sudirman No. 5, dll.",
			[]string{"Dr.", "Retno", "dan", "Prof.", "H.", "Ahmad", "di", "Jl.", "Sudirman", "No.", "5", ",", "dll."},
			"Indonesian abbreviations keep their period"},
		{"en/abbrev", "Mr. Blinken left the U.S. on Jan. 5.",
			[]string{"Mr.", "Blinken", "left", "the", "U.S.", "on", "Jan.", "5", "."},
			"English abbreviations keep their period; a final period after a number does not"},
		{"en/initial", "Commerce Secretary Howard W. Lutnick spoke.",
			[]string{"Commerce", "Secretary", "Howard", "W.", "Lutnick", "spoke", "."},
			"a single capital with a period is an initial"},
		{"id/numbers", "Pada 20/11 pukul 13:45, sebanyak 1.000 orang dan 2,5 persen.",
			[]string{"Pada", "20/11", "pukul", "13:45", ",", "sebanyak", "1.000", "orang", "dan", "2,5", "persen", "."},
			"dates, times, thousands and decimals are one number"},
		{"id/hyphen", "Perserikatan Bangsa-Bangsa dan anak-anak",
			[]string{"Perserikatan", "Bangsa-Bangsa", "dan", "anak-anak"},
			"hyphenated words and reduplication are one word"},
		{"en/domain", "Baca di Kompas.com sekarang",
			[]string{"Baca", "di", "Kompas.com", "sekarang"},
			"a domain is one word"},
		{"en/contraction", "He didn't say",
			[]string{"He", "didn't", "say"},
			"an apostrophe between letters joins the word"},
		{"quotes", "“Kami siap,” katanya.",
			[]string{"“", "Kami", "siap", ",", "”", "katanya", "."},
			"quote marks are tokens of their own"},
		{"ellipsis-run", "Tunggu... lalu?!",
			[]string{"Tunggu", "...", "lalu", "?", "!"},
			"a run of the same punctuation is one token"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parse(t, c.text)
			assert.Equal(t, c.want, tokenTexts(d), c.why)
		})
	}
}

func TestTokenKindsAndFlags(t *testing.T) {
	d := parse(t, "Dr. Retno Marsudi bertemu Howard W. Lutnick di AS pada 20/11 pukul 13:45 bersama 1.000 orang.")
	cases := []struct {
		tok   string
		kind  article.Kind
		flags article.Flags
		why   string
	}{
		{"Dr.", article.Word, article.Abbrev | article.Capitalized, "abbreviation"},
		{"W.", article.Word, article.Abbrev | article.Capitalized, "initial"},
		{"Retno", article.Word, article.Capitalized, "title case"},
		{"AS", article.Word, article.AllCaps | article.Capitalized, "two capitals"},
		{"20/11", article.Number, article.HasDigit, "date"},
		{"13:45", article.Number, article.HasDigit, "time"},
		{"1.000", article.Number, article.HasDigit, "thousands separator"},
		{".", article.Punct, article.Terminal, "final period"},
	}
	for _, c := range cases {
		t.Run(c.tok, func(t *testing.T) {
			tk := token(t, d, c.tok)
			assert.Equal(t, c.kind, tk.Kind, c.why)
			assert.True(t, tk.Is(c.flags), "%s: flags %b lack %b", c.why, tk.Flags, c.flags)
		})
	}
	assert.False(t, token(t, d, "bertemu").Is(article.Capitalized))
	assert.False(t, token(t, d, "Retno").Is(article.AllCaps))
}

// TestPossessive: the doc of Possessive promises "China’s" -> China + ’s.
func TestPossessive(t *testing.T) {
	cases := []struct{ name, text, word, poss, why string }{
		{"en/curly", "China’s exports rose.", "China", "’s", "typographic apostrophe"},
		{"en/straight", "Russia's army advanced.", "Russia", "'s", "ASCII apostrophe"},
		{"en/mid-sentence", "Officials said Beijing’s plan failed.", "Beijing", "’s", "not only at the start"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parse(t, c.text)
			toks := tokenTexts(d)
			k := 0
			for k < len(toks) && toks[k] != c.word {
				k++
			}
			require.Less(t, k+1, len(toks), "%q split off its word: %q", c.word, toks)
			if !assert.Equal(t, c.poss, toks[k+1], "%s: ’s is one token: %q", c.why, toks) {
				return
			}
			assert.True(t, d.Tokens[k+1].Is(article.Possessive), "’s carries Possessive")
			assert.NotEqual(t, article.Quote, d.Tokens[k+1].Kind, "the apostrophe of ’s is not a quote mark")
		})
	}
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
		why        string
	}{
		{"id/abbrev", "Dr. Retno Marsudi bertemu Prof. H. Ahmad di Jl. Sudirman No. 5. Mereka berbicara.",
			[]string{"Dr. Retno Marsudi bertemu Prof. H. Ahmad di Jl. Sudirman No. 5.", "Mereka berbicara."},
			"no split after abbreviations"},
		{"en/initial", "Commerce Secretary Howard W. Lutnick met Mr. Blinken in the U.S. Capitol. They spoke.",
			[]string{"Commerce Secretary Howard W. Lutnick met Mr. Blinken in the U.S. Capitol.", "They spoke."},
			"no split after initials, Mr. or U.S."},
		{"terminals", "Apa kabar? Baik! Lalu pergi. Selesai.",
			[]string{"Apa kabar?", "Baik!", "Lalu pergi.", "Selesai."},
			". ! ? before a capital end a sentence"},
		{"lowercase-after", "Harga naik 5 persen. dan turun lagi.",
			[]string{"Harga naik 5 persen. dan turun lagi."},
			"no split before a lower-case word"},
		{"closing-quote", "“Kami siap.” Lalu ia pergi.",
			[]string{"“Kami siap.”", "Lalu ia pergi."},
			"a closing quote stays with the sentence it ends"},
		{"closing-straight", `He said: "We are ready." Then he left.`,
			[]string{`He said: "We are ready."`, "Then he left."},
			"a straight closing quote stays too"},
		{"closing-paren", "Ia hadir (bersama istrinya.) Lalu pulang.",
			[]string{"Ia hadir (bersama istrinya.)", "Lalu pulang."},
			"a closing bracket stays with its sentence"},
		{"ellipsis", "Dia berkata… lalu diam. Kemudian pergi.",
			[]string{"Dia berkata… lalu diam.", "Kemudian pergi."},
			"an ellipsis before a lower-case word does not end a sentence"},
		{"paragraph-bound", "Ia datang\nLalu pergi.",
			[]string{"Ia datang", "Lalu pergi."},
			"sentences never cross a paragraph"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parse(t, c.text)
			assert.Equal(t, c.want, sentenceTexts(d), c.why)
		})
	}
}

func TestQuoteFlags(t *testing.T) {
	const (
		open  = article.QuoteOpen
		close = article.QuoteClose
		amb   = article.QuoteOpen | article.QuoteClose
	)
	cases := []struct {
		name, text string
		want       []article.Flags // direction of each quote token, in order
		single     []bool
		why        string
	}{
		{"id/curly", "“Kami siap,” kata Prabowo.", []article.Flags{open, close}, nil, "“ opens, ” closes"},
		{"en/straight", `He said "we are ready" today.`, []article.Flags{open, close}, nil, "straight marks by spacing"},
		{"straight-at-edges", `"Ready," he said.`, []article.Flags{open, close}, nil, "start of paragraph opens; before a comma closes"},
		{"id/right-as-open", "”Kita akan menang,” ujarnya.", []article.Flags{amb, close}, nil, "” before a word with space before it is ambiguous"},
		{"single", "‘Ya,’ katanya.", []article.Flags{open, close}, []bool{true, true}, "single curly marks"},
		{"guillemets", "«Oui» dit-il.", []article.Flags{open, close}, nil, "guillemets"},
		{"straight-glued", `a"b`, []article.Flags{amb}, nil, "glued on both sides: ambiguous"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parse(t, c.text)
			var got []article.Flags
			var single []bool
			for _, tk := range d.Tokens {
				if tk.Kind == article.Quote {
					got = append(got, tk.Flags&amb)
					single = append(single, tk.Is(article.SingleQuote))
				}
			}
			assert.Equal(t, c.want, got, c.why)
			if c.single != nil {
				assert.Equal(t, c.single, single, c.why)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	cases := []struct {
		name, text, want, why string
	}{
		{"id", "Menteri Luar Negeri Retno Marsudi mengatakan bahwa Indonesia akan terus mendukung kemerdekaan Palestina di forum PBB.", article.Indonesian, "Indonesian function words"},
		{"en", "Secretary of State Antony Blinken said on Monday that the United States would send more aid to Ukraine.", article.English, "English function words"},
		{"short", "Jokowi.", article.Unknown, "too short to tell"},
		{"empty", "", article.Unknown, "no words"},
		{"de", "Der Bundeskanzler hat heute in Berlin eine Rede über die Wirtschaft gehalten.", article.Unknown, "another language"},
		{"boilerplate-ignored", "Baca juga: yang dan di ini itu untuk dari\nJokowi.", article.Unknown, "function words in boilerplate lines do not count"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, parse(t, c.text).Lang, c.why)
		})
	}
}

func TestBoilerplate(t *testing.T) {
	cases := []struct {
		name, text string
		want       []bool
		why        string
	}{
		{"id/baca-juga", "Presiden Joko Widodo meresmikan bendungan itu.\nBaca juga: Prabowo Bertemu Putin di Moskow\nJokowi mengatakan bendungan itu penting.",
			[]bool{false, true, false}, "a Baca juga line is boilerplate, the next paragraph is not"},
		{"id/tail", "Paragraf satu.\nParagraf dua.\nBerita Terkait\nKPK Tahan Bupati\nPBB Gelar Sidang",
			[]bool{false, false, true, true, true}, "a tail marker flags the rest of the article"},
		{"id/tail-too-early", "Berita Terkait\nRetno Marsudi tiba.\nIa bertemu Blinken.",
			[]bool{true, false, false}, "a tail marker in the first two paragraphs flags only its line"},
		{"id/prefix-is-word", "Bacaan doa itu dibacakan oleh Ma'ruf Amin.", []bool{false}, "'baca' must be a whole word"},
		{"en/read-more", "Blinken spoke in Tokyo.\nRead more: NATO allies meet\nHe left.", []bool{false, true, false}, "English furniture"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parse(t, c.text)
			var got []bool
			for _, p := range d.Paragraphs {
				got = append(got, p.Boilerplate)
			}
			assert.Equal(t, c.want, got, c.why)
			for i := range d.Tokens {
				assert.Equal(t, d.Paragraphs[d.Tokens[i].Para].Boilerplate, d.IsBoilerplate(i))
			}
		})
	}
}

func TestDatelines(t *testing.T) {
	cases := []struct {
		name, text, dateline, why string
	}{
		{"id/kompas", "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan jalan tol.", "JAKARTA, KOMPAS.com -", "city and outlet"},
		{"en/reuters", "WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken said on Monday.", "WASHINGTON (Reuters) -", "city and agency in brackets"},
		{"id/plain", "JAKARTA - Komisi Pemberantasan Korupsi menahan bupati.", "JAKARTA -", "city only"},
		{"id/domain-first", "Jakarta, Kompas.com - Menlu Retno tiba.", "Jakarta, Kompas.com -", "title-case city with a domain outlet"},
		{"id/domain-with-digit", "Liputan6.com, Odense - Langkah Jonatan Christie terhenti.", "Liputan6.com, Odense -", "an outlet domain with a digit stays one token"},
		{"none/hyphen-later", "Presiden Joko Widodo - yang baru tiba - berbicara.", "", "a dash inside a sentence is no dateline"},
		{"none/no-dash", "JAKARTA menjadi tuan rumah.", "", "a capitalised city without a dash"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parse(t, c.text)
			first, last := -1, -1
			for i, tk := range d.Tokens {
				if tk.Is(article.Dateline) {
					if first < 0 {
						first = i
					}
					last = i
				}
			}
			got := ""
			if first >= 0 {
				got = d.Text[d.Tokens[first].Start:d.Tokens[last].End]
				for i := first; i <= last; i++ {
					assert.True(t, d.Tokens[i].Is(article.Dateline), "dateline tokens are contiguous")
				}
			}
			assert.Equal(t, c.dateline, got, c.why)
		})
	}
}

func TestDocHelpers(t *testing.T) {
	const text = "Retno Marsudi tiba. Ia bertemu Blinken."
	d := parse(t, text)
	i := d.TokenAt(strings.Index(text, "Blinken"))
	assert.Equal(t, "Blinken", d.TokenText(i))
	assert.Equal(t, "Retno Marsudi", d.Mention(d.Slice(0, 2)).Text)
	assert.Equal(t, len(d.Tokens), d.TokenAt(len(text)))
	assert.Equal(t, 0, d.TokenAt(0))
	assert.Equal(t, 1, d.TokenAt(len("Retno")), "a space between tokens maps to the next token")
}

// hostile inputs shared by the robustness test and the fuzz seeds.
var hostile = []string{
	"",
	" \t\r\n\u00a0\u200b\ufeff",
	"\xff\xfe\xfd Retno \xc3 Marsudi \xe2\x80",
	"Jokowi\x00Prabowo\x00\x00",
	strings.Repeat("“", 50000),
	strings.Repeat("”\"", 25000),
	"”",
	"«»",
	"<div class=\"x\">&nbsp;Baca juga: <a href='/a'>Jokowi</a></div>\n<script>var a=\"b\";</script>",
	"JAKARTA, -\n- -\n(((",
	"U.S.A.B.C.D.E.F.G.H.I.J.K.L. 1.2.3.4.5.6 a-b-c-d",
	"China’s ’s ' ‘ ’’ `` '' ‚ „ ‹ ›",
	"\r\r\n\n\r",
	strings.Repeat("Dr. ", 1000),
	"Berita Terkait\nBerita Terkait\nBerita Terkait",
	"\u0301\u0301a\u0301",
}

func TestParseRobust(t *testing.T) {
	for i, text := range hostile {
		name := text
		if len(name) > 20 {
			name = name[:20]
		}
		t.Run(strings.ToValidUTF8(name, "?"), func(t *testing.T) {
			d := parse(t, text)
			assert.Contains(t, []string{article.Indonesian, article.English, article.Unknown}, d.Lang, "case %d", i)
		})
	}
}

func FuzzParse(f *testing.F) {
	// The 100 kB seeds run in TestParseRobust: the fuzz engine stalls
	// mutating inputs that large, so the fuzz seeds are cut to 4 kB.
	for _, s := range hostile {
		if len(s) > 4096 {
			s = s[:4096]
		}
		f.Add(s)
	}
	f.Add(sampleArticle)
	f.Fuzz(func(t *testing.T, text string) {
		d := article.Parse(text)
		if !articletest.CheckDoc(t, d) {
			t.FailNow()
		}
		again := article.Parse(text)
		assert.Equal(t, d, again, "Parse is deterministic")
	})
}

const sampleArticle = `JAKARTA, KOMPAS.com - Menteri Luar Negeri (Menlu) Retno Marsudi bertemu dengan Menteri Luar Negeri Amerika Serikat (AS) Antony Blinken di sela pertemuan para menteri luar negeri ASEAN, Kamis (20/11/2023).

Dalam pertemuan yang berlangsung sekitar 45 menit itu, keduanya membahas situasi di Gaza dan upaya Perserikatan Bangsa-Bangsa (PBB) untuk menyalurkan bantuan kemanusiaan.

“Indonesia meminta agar gencatan senjata segera diwujudkan,” kata Retno kepada wartawan di Jakarta.

Blinken mengatakan, AS akan terus bekerja sama dengan mitra di kawasan. ”Kami menghargai peran Indonesia,” ujarnya.

Baca juga: Jokowi Terima Kunjungan Sekjen PBB di Istana Bogor

Sementara itu, Presiden Joko Widodo dijadwalkan bertolak ke Washington pada pekan depan untuk bertemu Presiden AS. Jokowi akan didampingi oleh sejumlah menteri, termasuk Menteri Keuangan Sri Mulyani Indrawati.

Sebelumnya, Dana Moneter Internasional (IMF) memperkirakan ekonomi Indonesia tumbuh 5,1 persen tahun ini. Angka itu lebih tinggi dari rata-rata negara berkembang di Asia.

Berita Terkait
Retno: Indonesia Dukung Palestina
Prabowo Bertemu Putin di Moskow
`

func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len(sampleArticle)))
	b.ReportAllocs()
	for b.Loop() {
		article.Parse(sampleArticle)
	}
}
