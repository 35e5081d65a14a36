// Package article parses the plain text of a news article once into
// paragraphs, sentences and tokens that all point into the original string.
//
// Every position is a byte offset into the exact text passed to [Parse],
// half-open [Start, End). The text is never rewritten: quotation marks are
// classified (opening, closing or ambiguous), not replaced; invalid UTF-8
// bytes become one-byte symbol tokens and offsets still index the original
// bytes.
//
// A paragraph is one non-blank line: scraped news puts one paragraph per
// line, and captions, bylines and "Baca juga" links sit on lines of their
// own. Sentences never cross a paragraph. Lines that are scraped page
// furniture ("Baca juga", "Halaman :", "Follow", "Read more", related
// headlines) are flagged as boilerplate from the per-language lists of package
// lexicon; datelines ("JAKARTA -", "WASHINGTON (Reuters) -") are flagged per
// token.
//
// The language is detected from frequent function words: [Indonesian],
// [English] or [Unknown].
package article
