// Package quotes finds direct quotations in a parsed news article and names
// their speakers.
//
// # Finding quotes
//
// Quotes are found on the paragraph stream of an [article.Doc], never on
// sentences: a sentence boundary never cuts a quote. Every mark style is read
// from the token flags set by package article: “ ” and " " (also ” used on
// both sides, as some Indonesian outlets do), ‘ ’ and ' ' used for speech,
// « », „ “ and the TeX style of two backquotes closed by two apostrophes.
// A quote inside a quote stays inside its parent. A quote
// never crosses a paragraph: a multi-paragraph quotation, where the closing
// mark is left off every paragraph but the last, gives one quote per
// paragraph, and an opening mark with no closing mark ends at the end of its
// paragraph. Quotes in boilerplate paragraphs (captions, related headlines)
// are skipped.
//
// Quoted terms that are not speech (scare quotes, titles, nicknames: the
// “Shorty” nickname, a “birthday gift”) are told apart from speech by their
// length, their place in the sentence and the attribution around them; they
// are returned by [Attributor.Analyze] as terms, never as quotes.
//
// # Attribution
//
// Speakers are named by a sieve of passes, most certain first; each pass is a
// small pure function and the first that is sure wins (see sieve.go):
//
//	cue-after     “…,” kata Retno Marsudi.          "…," said Mr. Blinken.
//	cue-before    Jokowi mengatakan, “…”            She said: "…"
//	pronoun       “…,” ujarnya. / kata dia.         "…," he added.
//	title-only    “…,” kata Menlu.                  "…," the minister said.
//	definite      “…,” kata kementerian itu.        "…," the police said.
//	continuation  a quote-only paragraph after a paragraph attributed to X
//
// The speaker is always an entry of the [entities.Set] passed in (a person or
// an organization). A quote whose speaker cannot be recovered (an anonymous
// official, a country, a name the entity extractor missed) keeps a nil
// speaker: the attributor never guesses.
//
// # Languages and data
//
// Indonesian and English, from the speech verbs, cue phrases, titles and
// pronouns of package lexicon, plus a few forms kept in data/ (title
// abbreviations such as Menlu, and verbs the shared lists lack).
//
// All offsets are byte offsets into the article text, half-open. The package
// never panics on any input and its cost is linear in the size of the text.
package quotes
