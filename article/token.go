package article

// Kind is the class of a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // letters, possibly with digits, hyphens, apostrophes or internal periods
	Number                 // digits with optional . , : / - separators: 1.000, 13:45, 20/11
	Punct                  // punctuation other than quotation marks
	Quote                  // a quotation mark: “ ” " „ « » ‘ ’ ' ‚ ‹ › `` ''
	Symbol                 // anything else, including bytes that are not valid UTF-8
)

var kindNames = [...]string{"", "word", "number", "punct", "quote", "symbol"}

// String returns the lower-case name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// Flags are per-token facts computed once at parse time.
type Flags uint16

// Token flags.
const (
	Capitalized Flags = 1 << iota // first letter is upper case
	AllCaps                       // two or more letters, all upper case
	HasDigit                      // contains a decimal digit
	Abbrev                        // a word whose final period belongs to it (Dr., U.S., W.)
	SentStart                     // first token of its sentence
	QuoteOpen                     // a quotation mark that can open a quote
	QuoteClose                    // a quotation mark that can close a quote (both bits: ambiguous)
	SingleQuote                   // a single quotation mark (‘ ’ ' ‚ ‹ ›)
	Dateline                      // part of a dateline such as "JAKARTA -" or "WASHINGTON (Reuters) -"
	Possessive                    // the English possessive ’s / 's split off its word
	SpaceBefore                   // preceded by white space (or the start of the paragraph)
	SpaceAfter                    // followed by white space (or the end of the paragraph)
	Terminal                      // . ! ? … or a run of them, ending a sentence
)

// A Token is one word, number, punctuation or quotation mark of the text.
type Token struct {
	Span
	Kind  Kind
	Flags Flags
	// Fold is the folded form used for lexicon lookups (lower case, ’ as ').
	Fold string
	// Para and Sent are the indexes of the token's paragraph and sentence.
	Para, Sent int32
}

// Is reports whether all flags f are set.
func (t Token) Is(f Flags) bool { return t.Flags&f == f }
