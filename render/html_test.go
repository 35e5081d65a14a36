package render

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/claims"
	"github.com/wartalab/warta/corpus"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/quotes"
)

// at returns the mention of the n-th (from 0) occurrence of sub in text.
func at(t testing.TB, text, sub string, n int) article.Mention {
	t.Helper()
	off := 0
	for {
		i := strings.Index(text[off:], sub)
		require.GreaterOrEqual(t, i, 0, "%q not found %d times", sub, n+1)
		if n == 0 {
			return article.MentionOf(text, article.Span{Start: off + i, End: off + i + len(sub)})
		}
		n--
		off += i + len(sub)
	}
}

// newResult returns an empty result for text, as Analyze would before any
// extractor found something.
func newResult(text string) *warta.Result {
	d := article.Parse(text)
	return &warta.Result{
		Language: d.Lang, People: []entities.Person{}, Organizations: []entities.Organization{},
		Countries: []entities.Country{}, Quotes: []quotes.Quote{}, Claims: []claims.Claim{}, Doc: d,
	}
}

func person(name string, ms ...article.Mention) entities.Person {
	return entities.Person{Name: name, Aliases: []string{name}, Mentions: ms}
}

func quote(m article.Mention, speaker string) quotes.Quote {
	q := quotes.Quote{Mention: m}
	if speaker != "" {
		q.Speaker = &speaker
	}
	return q
}

func claim(source, cue string, content article.Mention) claims.Claim {
	return claims.Claim{Source: source, Cue: cue, Content: content.Text, Span: content.Span}
}

// A drawn mark is every piece of one mark, joined.
type drawn struct {
	Class, Text, Title, Label string
	Start, End, Pieces        int
}

var markClassSet = map[string]bool{"person": true, "organization": true, "country": true, "quote": true, "claim": true}

// marksOf parses page and returns its marks in order of their first piece,
// keyed by class and mention span.
func marksOf(t testing.TB, page []byte) []drawn {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	var out []drawn
	index := map[string]int{}
	var body *html.Node
	for n := range doc.Descendants() {
		if n.DataAtom == atom.Article {
			body = n
		}
	}
	require.NotNil(t, body, "no <article>")
	for n := range body.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		class := ""
		for _, c := range strings.Fields(attr(n, "class")) {
			if markClassSet[c] {
				class = c
			}
		}
		if class == "" || n.DataAtom != atom.Mark && n.DataAtom != atom.Span {
			continue
		}
		start, err1 := strconv.Atoi(attr(n, "data-start"))
		end, err2 := strconv.Atoi(attr(n, "data-end"))
		require.NoError(t, errors.Join(err1, err2), "mark without offsets")
		key := class + " " + attr(n, "data-start") + " " + attr(n, "data-end")
		k, ok := index[key]
		if !ok {
			k = len(out)
			index[key] = k
			out = append(out, drawn{Class: class, Title: attr(n, "title"), Start: start, End: end})
		}
		out[k].Text += textOf(n)
		out[k].Label += attr(n, "data-label")
		out[k].Pieces++
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// articleText returns the text of every paragraph of the page's article,
// one per line.
func articleText(t testing.TB, page []byte) string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	var lines []string
	for n := range doc.Descendants() {
		if n.DataAtom == atom.Article {
			for c := range n.ChildNodes() {
				if c.Type == html.ElementNode {
					lines = append(lines, textOf(c))
				}
			}
		}
	}
	return strings.Join(lines, "\n")
}

var voidElements = map[string]bool{"meta": true, "link": true, "br": true, "hr": true, "img": true, "input": true, "wbr": true}

// checkWellFormed fails unless every element of page is closed explicitly
// and in order: the browser's lenient parser would hide a mis-nesting.
func checkWellFormed(t testing.TB, page []byte) {
	t.Helper()
	z := html.NewTokenizer(bytes.NewReader(page))
	var stack []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			require.ErrorIs(t, z.Err(), io.EOF)
			require.Empty(t, stack, "elements left open")
			return
		case html.StartTagToken:
			name, _ := z.TagName()
			if !voidElements[string(name)] {
				stack = append(stack, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			require.NotEmpty(t, stack, "</%s> closes nothing", name)
			require.Equal(t, stack[len(stack)-1], string(name), "mis-nested end tag")
			stack = stack[:len(stack)-1]
		case html.SelfClosingTagToken:
			name, _ := z.TagName()
			require.True(t, voidElements[string(name)], "self-closing <%s/>", name)
		}
	}
}

// checkSelfContained fails if page has a script or anything loaded from
// elsewhere.
func checkSelfContained(t testing.TB, page []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		assert.NotContains(t, []atom.Atom{atom.Script, atom.Link, atom.Iframe, atom.Img, atom.Object, atom.Embed}, n.DataAtom, "element <%s>", n.Data)
		for _, a := range n.Attr {
			switch a.Key {
			case "href", "src", "srcset", "action", "poster", "data":
				assert.True(t, strings.HasPrefix(a.Val, "#"), "%s=%q on <%s> leaves the page", a.Key, a.Val, n.Data)
			}
			assert.False(t, strings.HasPrefix(strings.ToLower(a.Key), "on"), "event handler %s", a.Key)
		}
		if n.DataAtom == atom.Style {
			css := textOf(n)
			assert.NotContains(t, css, "url(")
			assert.NotContains(t, css, "@import")
		}
	}
}

func TestHTMLMarks(t *testing.T) {
	type build func(t *testing.T, text string, r *warta.Result)
	tests := []struct {
		name, why string
		text      string
		build     build
		want      []drawn // Start and End are filled from the result
	}{
		{
			name: "id/entities",
			why:  "each entity type is drawn with its class, canonical name in the title and its label",
			text: "Menlu Retno Marsudi bertemu Menlu AS di markas PBB.",
			build: func(t *testing.T, text string, r *warta.Result) {
				r.Language = "id" // too short to detect
				r.People = []entities.Person{person("Retno Marsudi", at(t, text, "Retno Marsudi", 0))}
				r.Organizations = []entities.Organization{{Name: "Perserikatan Bangsa-Bangsa", Acronym: "PBB", Type: "international", Mentions: []article.Mention{at(t, text, "PBB", 0)}}}
				r.Countries = []entities.Country{{Code: "US", Name: "Amerika Serikat", Mentions: []entities.CountryMention{{Mention: at(t, text, "AS", 0), Refer: entities.ReferAbbreviation}}}}
			},
			want: []drawn{
				{Class: "person", Text: "Retno Marsudi", Title: "Tokoh: Retno Marsudi", Label: "PER", Pieces: 1},
				{Class: "country", Text: "AS", Title: "Negara: Amerika Serikat (US) · abbreviation", Label: "US", Pieces: 1},
				{Class: "organization", Text: "PBB", Title: "Organisasi: Perserikatan Bangsa-Bangsa (PBB) · international", Label: "ORG", Pieces: 1},
			},
		},
		{
			name: "en/quote-speaker",
			why:  "the quote element covers its quotation marks and its badge names the speaker; English labels",
			text: "“We are ready,” said Antony Blinken, the secretary of state.",
			build: func(t *testing.T, text string, r *warta.Result) {
				r.People = []entities.Person{person("Antony Blinken", at(t, text, "Antony Blinken", 0))}
				r.Quotes = []quotes.Quote{quote(at(t, text, "We are ready,", 0), "Antony Blinken")}
			},
			want: []drawn{
				{Class: "quote", Text: "“We are ready,”", Title: "Speaker: Antony Blinken", Label: "Antony Blinken", Pieces: 1},
				{Class: "person", Text: "Antony Blinken", Title: "Person: Antony Blinken", Label: "PER", Pieces: 1},
			},
		},
		{
			name: "id/quote-comma-outside",
			why:  "the shading also covers a comma between the words and the closing mark",
			text: "\"Kami siap berunding,\" kata Retno.",
			build: func(t *testing.T, text string, r *warta.Result) {
				r.Language = "id"
				r.Quotes = []quotes.Quote{quote(at(t, text, "Kami siap berunding", 0), "Retno Marsudi")}
			},
			want: []drawn{{Class: "quote", Text: "\"Kami siap berunding,\"", Title: "Penutur: Retno Marsudi", Label: "Retno Marsudi", Pieces: 1}},
		},
		{
			name: "en/quote-unknown-speaker",
			why:  "a quote without speaker gets a question mark badge",
			text: `The sign read "closed" all week.`,
			build: func(t *testing.T, text string, r *warta.Result) {
				r.Quotes = []quotes.Quote{quote(at(t, text, "closed", 0), "")}
			},
			want: []drawn{{Class: "quote", Text: `"closed"`, Title: "Speaker: Unknown speaker", Label: "?", Pieces: 1}},
		},
		{
			name: "id/nested/person-in-quote-in-claim",
			why:  "properly nested spans stay one element each, the outer one first",
			text: "Retno mengatakan bahwa \"Joko Widodo sudah setuju\" kemarin.",
			build: func(t *testing.T, text string, r *warta.Result) {
				r.People = []entities.Person{person("Joko Widodo", at(t, text, "Joko Widodo", 0))}
				r.Quotes = []quotes.Quote{quote(at(t, text, "Joko Widodo sudah setuju", 0), "Retno")}
				r.Claims = []claims.Claim{claim("Retno", "mengatakan", at(t, text, "\"Joko Widodo sudah setuju\" kemarin", 0))}
			},
			want: []drawn{
				{Class: "claim", Text: "\"Joko Widodo sudah setuju\" kemarin", Title: "Sumber: Retno (mengatakan)", Label: "Retno · mengatakan", Pieces: 1},
				{Class: "quote", Text: "\"Joko Widodo sudah setuju\"", Title: "Penutur: Retno", Label: "Retno", Pieces: 1},
				{Class: "person", Text: "Joko Widodo", Title: "Tokoh: Joko Widodo", Label: "PER", Pieces: 1},
			},
		},
		{
			name: "en/crossing/claim-and-quote",
			why:  "crossing spans split the later one so that elements nest",
			text: "He said the deal is “done and signed” by Friday.",
			build: func(t *testing.T, text string, r *warta.Result) {
				r.Claims = []claims.Claim{claim("He", "said", at(t, text, "the deal is “done", 0))}
				r.Quotes = []quotes.Quote{quote(at(t, text, "done and signed", 0), "")}
			},
			want: []drawn{
				{Class: "claim", Text: "the deal is “done", Title: "Source: He (said)", Label: "He · said", Pieces: 1},
				{Class: "quote", Text: "“done and signed”", Title: "Speaker: Unknown speaker", Label: "?", Pieces: 2},
			},
		},
		{
			name: "en/crossing/entity-over-quote-edge",
			why:  "an entity that starts inside a quote and ends after it is split, its label on the last piece",
			text: "“Ask New” York Times editors.",
			build: func(t *testing.T, text string, r *warta.Result) {
				r.Organizations = []entities.Organization{{Name: "New York Times", Mentions: []article.Mention{at(t, text, "New” York Times", 0)}}}
				r.Quotes = []quotes.Quote{quote(at(t, text, "Ask New", 0), "")}
			},
			want: []drawn{
				{Class: "quote", Text: "“Ask New”", Title: "Speaker: Unknown speaker", Label: "?", Pieces: 1},
				{Class: "organization", Text: "New” York Times", Title: "Organization: New York Times", Label: "ORG", Pieces: 2},
			},
		},
		{
			name: "en/same-span/claim-encloses-quote",
			why:  "for equal spans the claim is the outer element",
			text: "Officials said “talks continue”.",
			build: func(t *testing.T, text string, r *warta.Result) {
				r.Quotes = []quotes.Quote{quote(at(t, text, "talks continue", 0), "Officials")}
				r.Claims = []claims.Claim{claim("Officials", "said", at(t, text, "“talks continue”", 0))}
			},
			want: []drawn{
				{Class: "claim", Text: "“talks continue”", Title: "Source: Officials (said)", Label: "Officials · said", Pieces: 1},
				{Class: "quote", Text: "“talks continue”", Title: "Speaker: Officials", Label: "Officials", Pieces: 1},
			},
		},
		{
			name: "id/quote-across-paragraphs",
			why:  "a mark never crosses a paragraph: one piece per paragraph, the badge on the first",
			text: "“Kami siap berunding.\nKami menunggu jawaban,” kata Retno.",
			build: func(t *testing.T, text string, r *warta.Result) {
				r.Quotes = []quotes.Quote{quote(at(t, text, "Kami siap berunding.\nKami menunggu jawaban,", 0), "Retno Marsudi")}
			},
			want: []drawn{{Class: "quote", Text: "“Kami siap berunding.Kami menunggu jawaban,”", Title: "Penutur: Retno Marsudi", Label: "Retno Marsudi", Pieces: 2}},
		},
		{
			name: "en/bad-spans-skipped",
			why:  "empty, reversed, out-of-range and mid-character spans are dropped, not drawn and not a panic",
			text: "Café owners met in Paris.",
			build: func(t *testing.T, text string, r *warta.Result) {
				bad := func(s, e int) article.Mention { return article.Mention{Span: article.Span{Start: s, End: e}} }
				r.People = []entities.Person{person("X", bad(3, 3), bad(5, 2), bad(-1, 2), bad(20, 99), bad(0, 4))}
				r.Countries = []entities.Country{{Code: "FR", Name: "France", Mentions: []entities.CountryMention{{Mention: at(t, text, "Paris", 0), Refer: entities.ReferCapital}}}}
				r.Quotes = []quotes.Quote{quote(bad(4, 8), "")}
				r.Claims = []claims.Claim{claim("", "", bad(30, 40))}
			},
			want: []drawn{{Class: "country", Text: "Paris", Title: "Country: France (FR) · capital", Label: "FR", Pieces: 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newResult(tt.text)
			tt.build(t, tt.text, r)
			page, err := HTML(r)
			require.NoError(t, err)
			checkWellFormed(t, page)
			checkSelfContained(t, page)
			got := marksOf(t, page)
			for i := range got {
				mention := strings.ReplaceAll(tt.text[got[i].Start:got[i].End], "\n", "")
				if got[i].Class == "quote" {
					assert.Contains(t, got[i].Text, mention, "quote: data-start/data-end must give the words")
				} else {
					assert.Equal(t, mention, got[i].Text, "%s: data-start/data-end must give the mention", got[i].Class)
				}
				got[i].Start, got[i].End = 0, 0
			}
			assert.Equal(t, tt.want, got, tt.why)
			assert.Equal(t, lines(tt.text), articleText(t, page), "the article's text content is its lines")
		})
	}
}

// lines returns the trimmed non-blank lines of text, joined by "\n".
func lines(text string) string {
	var out []string
	for l := range strings.Lines(text) {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestHTMLEscaping(t *testing.T) {
	tests := []struct {
		name, why, text string
	}{
		{"en/script-in-quote", "a script tag inside a quote is text", `The post said "<script>alert('x')</script>" & more.`},
		{"id/markup-and-entities", "angle brackets, ampersands and character references stay literal", "Harga <b>naik</b> &amp; “turun” 5 < 6 > 4 &lt;tag&gt;"},
		{"en/attribute-breakout", "quote marks in a speaker name cannot leave the attribute", `He wrote "x" onload="alert(1)" twice.`},
		{"en/invalid-utf8", "bytes that are not UTF-8 become U+FFFD", "Bad \xff byte \"here\"."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newResult(tt.text)
			// The whole line is a claim whose source and cue are hostile too,
			// and the first run of marked text is a quote.
			evil := `"><script>alert(1)</script>`
			r.Claims = []claims.Claim{claim(evil, "<i>said</i>", article.MentionOf(tt.text, article.Span{Start: 0, End: len(tt.text)}))}
			if s := strings.IndexAny(tt.text, "\"“"); s >= 0 {
				_, n := utf8.DecodeRuneInString(tt.text[s:])
				e := s + n + strings.IndexAny(tt.text[s+n:], "\"”")
				r.Quotes = []quotes.Quote{quote(article.MentionOf(tt.text, article.Span{Start: s + n, End: e}), evil)}
			}
			page, err := HTML(r)
			require.NoError(t, err)
			checkWellFormed(t, page)
			checkSelfContained(t, page)
			assert.NotContains(t, strings.ToLower(string(page)), "<script")
			assert.NotContains(t, string(page), "<b>")
			assert.NotContains(t, string(page), "<i>")
			want := strings.ToValidUTF8(tt.text, "\uFFFD")
			assert.Equal(t, want, articleText(t, page), tt.why)
			got := marksOf(t, page)
			require.NotEmpty(t, got)
			assert.Equal(t, "claim", got[0].Class)
			assert.Equal(t, evil+" · <i>said</i>", got[0].Label)
		})
	}
}

func TestHTMLPage(t *testing.T) {
	en := "Blinken Meets Retno\nUS Secretary of State Antony Blinken met Retno Marsudi in New York.\n\n“We talked about Gaza,” Blinken said."
	tests := []struct {
		name, why, text                string
		lang, heading, who, first, say string
	}{
		{
			name: "id/sample", why: "the embedded sample: Indonesian labels, headline and a dimmed boilerplate line",
			text: corpus.SampleText(), lang: "id", heading: "Retno Marsudi Bahas Gaza dengan Menlu AS di Sela Sidang PBB",
			who: "Siapa berkata apa", first: "Tokoh",
		},
		{
			name: "en/short", why: "English labels, quotes grouped by speaker in the panel",
			text: en, lang: "en", heading: "Blinken Meets Retno", who: "Who said what", first: "People",
			say: "We talked about Gaza,",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := warta.Analyze(tt.text)
			require.NoError(t, err)
			if tt.say != "" {
				// whatever package quotes finds today, this test checks the panel
				r.Quotes = []quotes.Quote{quote(at(t, tt.text, tt.say, 0), "Antony Blinken")}
			}
			page, err := HTML(r)
			require.NoError(t, err)
			checkWellFormed(t, page)
			checkSelfContained(t, page)
			assert.Equal(t, lines(tt.text), articleText(t, page))
			for _, m := range marksOf(t, page) {
				assert.Contains(t, m.Text, tt.text[m.Start:m.End], "mark %+v", m)
			}

			doc, err := html.Parse(bytes.NewReader(page))
			require.NoError(t, err)
			var viewport, h1, lang string
			var h2 []string
			for n := range doc.Descendants() {
				switch n.DataAtom {
				case atom.Html:
					lang = attr(n, "lang")
				case atom.Meta:
					if attr(n, "name") == "viewport" {
						viewport = attr(n, "content")
					}
				case atom.H1:
					h1 = textOf(n)
				case atom.H2:
					h2 = append(h2, textOf(n))
				}
			}
			assert.Equal(t, tt.lang, lang)
			assert.Contains(t, viewport, "width=device-width")
			assert.Equal(t, tt.heading, h1, tt.why)
			require.NotEmpty(t, h2)
			assert.True(t, strings.HasPrefix(h2[0], tt.first), "first panel heading %q", h2[0])
			assert.Contains(t, strings.Join(h2, "|"), tt.who)
			if tt.say != "" {
				assert.Contains(t, string(page), `<span class="speaker">Antony Blinken</span>`)
				assert.Contains(t, string(page), `<a href="#quote-0">“`+tt.say+`”</a>`)
			}
		})
	}
}

type failWriter struct{}

var errDiskFull = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestWriteErrors(t *testing.T) {
	tests := []struct {
		name string
		r    *warta.Result
		w    io.Writer
		want error
	}{
		{"nil-result", nil, io.Discard, ErrNoDoc},
		{"nil-doc", &warta.Result{Language: "en"}, io.Discard, ErrNoDoc},
		{"writer-fails", newResult("Some text."), failWriter{}, errDiskFull},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ErrorIs(t, Write(tt.w, tt.r), tt.want)
		})
	}
}

func TestHTMLEmptyAndHandMade(t *testing.T) {
	tests := []struct {
		name, why string
		doc       *article.Doc
		want      string
	}{
		{"empty", "empty text gives a page with an empty article", &article.Doc{}, ""},
		{"no-paragraphs", "a Doc without paragraphs is split into its non-blank lines", &article.Doc{Text: "  one \r\n\n two\t"}, "one\ntwo"},
		{"bad-paragraphs", "paragraph spans out of range or out of order are dropped", &article.Doc{Text: "abc def", Paragraphs: []article.Paragraph{
			{Block: article.Block{Span: article.Span{Start: 4, End: 7}}},
			{Block: article.Block{Span: article.Span{Start: 0, End: 3}}},
			{Block: article.Block{Span: article.Span{Start: 5, End: 70}}},
		}}, "def"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := HTML(&warta.Result{Doc: tt.doc})
			require.NoError(t, err)
			checkWellFormed(t, page)
			assert.Equal(t, tt.want, articleText(t, page), tt.why)
		})
	}
}

func FuzzHTML(f *testing.F) {
	f.Add("“Kami siap,” kata Retno.\nIa menambahkan.", 1, 10, 5, 30, 0, 4)
	f.Add(`<script>"x"</script>`, 0, 20, 8, 9, 2, 12)
	f.Add("a\xffb “c” d", 0, 3, 2, 9, 1, 5)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2, s3, e3 int) {
		if !strings.Contains(text, "\n") && len(text) > 1 {
			text = text[:len(text)/2] + "\n" + text[len(text)/2:]
		}
		r := newResult(text)
		sp := func(s, e int) article.Mention {
			m := article.Mention{Span: article.Span{Start: s, End: e}}
			if validSpan(text, m.Span) {
				m.Text = text[s:e]
			}
			return m
		}
		r.People = []entities.Person{person("P", sp(s1, e1))}
		r.Quotes = []quotes.Quote{quote(sp(s2, e2), "S")}
		r.Claims = []claims.Claim{claim("C", "", sp(s3, e3))}
		page, err := HTML(r)
		require.NoError(t, err)
		checkWellFormed(t, page)
		checkSelfContained(t, page)
	})
}
