package quotes

import (
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// A Quote is one direct quotation: the words inside one pair of quotation
// marks, within one paragraph.
type Quote struct {
	// Mention is the quoted words, without the quotation marks and without a
	// trailing comma before the attribution.
	article.Mention
	// Speaker is the canonical name of the speaker (a person or organization
	// of the entities result), or nil when the text does not say who spoke.
	Speaker *string `json:"speaker"`
	// SpeakerRef points at the speaker in the entities result, or is nil.
	SpeakerRef *entities.Ref `json:"speaker_ref"`
	// SpeakerMention is the words that name the speaker at the attribution:
	// a name, a pronoun (dia, -nya, he), or a title (Menlu, the minister).
	// It is nil for continuation quotes and unattributed quotes.
	SpeakerMention *article.Mention `json:"speaker_mention"`
	// Cue is the attribution verb or phrase (kata, ujarnya, said, according
	// to), or nil.
	Cue *Cue `json:"cue"`
	// Addressee is who the words were said to ("kepada wartawan", "told
	// reporters"), or nil.
	Addressee *article.Mention `json:"addressee"`
	// Paragraph is the index of the quote's paragraph in Doc.Paragraphs.
	Paragraph int `json:"paragraph"`
	// Closed reports whether a closing mark ended the quote; false means the
	// quote ran to the end of its paragraph (a multi-paragraph quotation or
	// an unbalanced mark).
	Closed bool `json:"closed"`
	// Pass names the sieve pass that attributed the quote: "cue-after",
	// "cue-before", "pronoun", "title-only", "definite" or "continuation"; empty when no
	// pass found a speaker.
	Pass string `json:"pass"`
}

// A Cue is the attribution word or phrase of a quote.
type Cue struct {
	article.Mention
	// Lemma is the root of the verb (kata for katanya, say for said).
	Lemma string `json:"lemma"`
}

// A Term is a quoted stretch that is not speech: a scare quote, a title, a
// nickname or a single quoted term.
type Term struct {
	// Mention is the words inside the marks.
	article.Mention
	// Paragraph is the index of the term's paragraph in Doc.Paragraphs.
	Paragraph int `json:"paragraph"`
}

// A Result holds the quotes and the quoted non-speech terms of one article,
// each in text order.
type Result struct {
	Quotes []Quote `json:"quotes"`
	Terms  []Term  `json:"terms"`
}

// An Attributor finds quotes and their speakers. It holds only read-only
// tables after [New] and is safe for concurrent use by multiple goroutines.
type Attributor struct {
	tb *tables
}

// New returns an Attributor, building its word tables (from package lexicon
// and this package's data files) once.
func New() (*Attributor, error) {
	tb, err := buildTables()
	if err != nil {
		return nil, err
	}
	return &Attributor{tb: tb}, nil
}

// Extract returns the quotes of doc in text order, with speakers taken from
// ents (which may be nil). Quoted terms that are not speech are left out; see
// [Attributor.Analyze]. Extract never panics and its cost is linear in the
// size of the text.
func (a *Attributor) Extract(doc *article.Doc, ents *entities.Set) []Quote {
	return a.Analyze(doc, ents).Quotes
}

// Analyze returns the quotes of doc and, separately, the quoted terms that
// are not speech. The lists are non-nil.
func (a *Attributor) Analyze(doc *article.Doc, ents *entities.Set) Result {
	res := Result{Quotes: []Quote{}, Terms: []Term{}}
	if doc == nil || len(doc.Tokens) == 0 {
		return res
	}
	if ents == nil {
		ents = &entities.Set{}
	}
	s := newState(doc, a.tb, ents)
	s.run()
	for i := range s.qs {
		q := &s.qs[i]
		m := doc.Mention(q.span)
		if q.scare {
			res.Terms = append(res.Terms, Term{Mention: m, Paragraph: q.para})
			continue
		}
		res.Quotes = append(res.Quotes, s.output(i))
	}
	return res
}
