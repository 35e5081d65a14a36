package render

import (
	"html/template"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/article"
)

// labels are the words of the page in the article's language.
type labels struct {
	Lang                                                   string
	Person, Organization, Country, Speaker, Source         string
	PersonTag, OrganizationTag                             string
	People, Organizations, Countries, Quotes, Claims       string
	WhoSaidWhat, UnknownSpeaker, None, Mentions, Generated string
}

var indonesian = labels{
	Lang:   "id",
	Person: "Tokoh", Organization: "Organisasi", Country: "Negara", Speaker: "Penutur", Source: "Sumber",
	PersonTag: "PER", OrganizationTag: "ORG",
	People: "Tokoh", Organizations: "Organisasi", Countries: "Negara", Quotes: "Kutipan", Claims: "Klaim",
	WhoSaidWhat: "Siapa berkata apa", UnknownSpeaker: "Penutur tidak diketahui", None: "Tidak ada",
	Mentions: "sebutan", Generated: "Dibuat oleh warta",
}

var english = labels{
	Lang:   "en",
	Person: "Person", Organization: "Organization", Country: "Country", Speaker: "Speaker", Source: "Source",
	PersonTag: "PER", OrganizationTag: "ORG",
	People: "People", Organizations: "Organizations", Countries: "Countries", Quotes: "Quotes", Claims: "Claims",
	WhoSaidWhat: "Who said what", UnknownSpeaker: "Unknown speaker", None: "None",
	Mentions: "mentions", Generated: "Made by warta",
}

// labelsFor returns the labels for language lang ("id", "en" or "und");
// English is the fallback.
func labelsFor(lang string) *labels {
	if lang == article.Indonesian {
		return &indonesian
	}
	return &english
}

// page is what the template shows.
type page struct {
	L             *labels
	Lang          string
	Title         string
	Body          template.HTML
	People        []entityRow
	Organizations []entityRow
	Countries     []entityRow
	Speakers      []speakerRow
	Quotes        int
	Claims        []claimRow
}

// An entityRow is one entity of the side panel.
type entityRow struct {
	Name, Detail, Tag, Class, Anchor string
	Count                            int
}

// A speakerRow is one speaker and their quotes.
type speakerRow struct {
	Name   string
	Known  bool
	Quotes []excerpt
}

// An excerpt is a shortened quote or claim with a link to it.
type excerpt struct {
	Text, Anchor string
}

// A claimRow is one claim of the side panel.
type claimRow struct {
	Source, Cue, Text, Anchor string
}

// maxExcerpt is the length, in characters, of quotes in the side panel.
const maxExcerpt = 160

// newPage builds the page for r. r and r.Doc are not nil.
func newPage(r *warta.Result) *page {
	lb := labelsFor(r.Language)
	lang := r.Language
	if lang == "" {
		lang = article.Unknown
	}
	ms, ids := collectMarks(r, lb)
	ps := paragraphsOf(r.Doc)
	var body strings.Builder
	writeBody(&body, r.Doc.Text, ps, ms)
	pg := &page{
		L:    lb,
		Lang: lang,
		// Body holds only the escaped text and the tags writeBody made.
		Body:   template.HTML(body.String()),
		Title:  "warta",
		Quotes: len(r.Quotes),
	}
	if len(ps) > 0 {
		pg.Title = shorten(r.Doc.Text[ps[0].Start:ps[0].End], 100) + " · warta"
	}
	anchor := func(prefix string, i int) string {
		if id := prefix + "-" + strconv.Itoa(i); ids[id] {
			return id
		}
		return ""
	}
	for i, p := range r.People {
		detail := ""
		if len(p.Titles) > 0 {
			detail = p.Titles[0]
		}
		if a := p.Affiliation; a != nil {
			detail = joinNonEmpty(", ", detail, a.Name)
		}
		pg.People = append(pg.People, entityRow{Name: p.Name, Detail: detail, Tag: lb.PersonTag, Class: "person", Anchor: anchor("person", i), Count: len(p.Mentions)})
	}
	for i, o := range r.Organizations {
		detail := o.Type
		if o.Acronym != "" && o.Acronym != o.Name {
			detail = joinNonEmpty(", ", o.Acronym, detail)
		}
		pg.Organizations = append(pg.Organizations, entityRow{Name: o.Name, Detail: detail, Tag: lb.OrganizationTag, Class: "organization", Anchor: anchor("organization", i), Count: len(o.Mentions)})
	}
	for i, c := range r.Countries {
		pg.Countries = append(pg.Countries, entityRow{Name: c.Name, Tag: c.Code, Class: "country", Anchor: anchor("country", i), Count: len(c.Mentions)})
	}
	for _, rows := range [][]entityRow{pg.People, pg.Organizations, pg.Countries} {
		slices.SortStableFunc(rows, func(a, b entityRow) int { return b.Count - a.Count })
	}
	var unknown *speakerRow
	for i, q := range r.Quotes {
		ex := excerpt{Text: shorten(q.Text, maxExcerpt), Anchor: anchor("quote", i)}
		if q.Speaker == nil || *q.Speaker == "" {
			if unknown == nil {
				unknown = &speakerRow{Name: lb.UnknownSpeaker}
			}
			unknown.Quotes = append(unknown.Quotes, ex)
			continue
		}
		k := slices.IndexFunc(pg.Speakers, func(s speakerRow) bool { return s.Name == *q.Speaker })
		if k < 0 {
			k = len(pg.Speakers)
			pg.Speakers = append(pg.Speakers, speakerRow{Name: *q.Speaker, Known: true})
		}
		pg.Speakers[k].Quotes = append(pg.Speakers[k].Quotes, ex)
	}
	if unknown != nil {
		pg.Speakers = append(pg.Speakers, *unknown)
	}
	for i, c := range r.Claims {
		source := c.Source
		if source == "" {
			source = "?"
		}
		_, content := claimContent(c)
		pg.Claims = append(pg.Claims, claimRow{Source: source, Cue: c.Cue, Text: shorten(content, maxExcerpt), Anchor: anchor("claim", i)})
	}
	return pg
}

// shorten returns s with invalid UTF-8 replaced and cut to at most n
// characters, with an ellipsis when cut.
func shorten(s string, n int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if n == 0 {
			i = k
			break
		}
		n--
	}
	return strings.TrimSpace(s[:i]) + "…"
}
