// Package render draws an analysed article as a self-contained HTML page, in
// the spirit of spaCy's displaCy: people, organizations and countries are
// highlighted by type (the canonical name, and for a country its ISO 3166-1
// alpha-2 code, in the hover title), each direct quote carries a badge naming
// its speaker, each claim is underlined and carries a badge naming its source
// and cue, and a side panel lists the entities with their mention counts and
// who said what. The labels of the page are Indonesian for Indonesian
// articles and English otherwise.
//
// Input is a [warta.Result] with its Doc: marks are computed from the byte
// spans of the entities, quotes and claims over Doc.Text, and paragraphs are
// the lines of the text (Doc.Paragraphs). Marks may nest (an entity inside a
// quote, a quote inside a claim) or cross one another or a paragraph break:
// a mark that crosses is split into several elements, so the page is always
// well-formed. A short first line without final punctuation is shown as the
// headline; boilerplate lines are dimmed.
//
// Every mark element carries class (person, organization, country, quote or
// claim), title, and data-start and data-end: the mention's byte offsets
// into Doc.Text, half-open; the first element of each mark has an id
// ("person-0", "quote-2") that the side panel links to. A quote's element
// also covers the quotation marks right around its words. Badges are drawn
// by CSS from the data-label attribute, so the text content of the article
// is exactly the text of its lines.
//
// The page has inline CSS and no script and no external URL; its layout puts
// the side panel below the article on screens narrower than 860 px.
//
// # Screenshot
//
// docs/sample.png shows the embedded sample article. To redo it from the
// module root (Debian; chromium with --no-install-recommends is about 124 MB):
//
//	apt-get install -y --no-install-recommends chromium
//	go run ./examples/render -o docs/sample.html
//	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
//		--disable-background-networking --disable-component-update --disable-sync \
//		--user-data-dir=$(mktemp -d) --screenshot=docs/sample.png \
//		--window-size=1200,900 file://$PWD/docs/sample.html
//
// For the phone layout, use --window-size=390,1400 and another file name.
package render
