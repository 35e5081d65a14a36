package article

// A Span is the half-open byte range [Start, End) of the article text.
// {0, 0} is a real, empty span at the start of the text; absence is expressed
// with a nil pointer or an explicit field, never with a zero Span.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// A Mention is a piece of the article. Its Text always equals
// text[Start:End].
type Mention struct {
	Span
	Text string `json:"text"`
}

// MentionOf returns the mention of text covering s.
func MentionOf(text string, s Span) Mention { return Mention{Span: s, Text: text[s.Start:s.End]} }
