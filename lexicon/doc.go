// Package lexicon holds warta's per-language word lists and country tables.
//
// Curated lists live in data/<lang>/<kind>.txt (UTF-8, one entry per line,
// '#' comments, TAB-separated columns, first column folded and sorted; see
// data/README.md). They are embedded in the binary and parsed once, on the
// first call to [For], into immutable sets that are safe for concurrent use
// by multiple goroutines.
//
// Country names come from CLDR through golang.org/x/text and are generated
// into countries_table.go by gen_countries.go; news forms CLDR lacks
// (abbreviations, demonyms, capitals standing for governments, nicknames) are
// hand-written in data/<lang>/countries.txt.
//
// Extraction code never branches on language: it asks For(doc.Lang) and reads
// the fields of the returned [Set].
package lexicon

//go:generate go run gen_countries.go -output countries_table.go
