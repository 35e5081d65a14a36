package article

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/wartalab/warta/internal/fold"
	"github.com/wartalab/warta/lexicon"
)

// Language codes returned by [Doc.Lang].
const (
	Indonesian = "id"
	English    = "en"
	Unknown    = "und"
)

// A Block is a paragraph or a sentence: a span of the text and the
// half-open range [First, End) of its tokens. Note that End is the token
// index; the byte offset is Span.End.
type Block struct {
	Span
	First, End int
}

// A Paragraph is one non-blank line of the text.
type Paragraph struct {
	Block
	// Boilerplate is set for scraped page furniture: captions, "Baca juga"
	// links, sharing prompts, related headlines.
	Boilerplate bool
}

// A Sentence is a sentence of one paragraph.
type Sentence struct {
	Block
	Para int
}

// A Doc is a parsed article. It is read-only after [Parse] and may be shared
// by goroutines.
type Doc struct {
	Text       string
	Lang       string // "id", "en" or "und"
	Tokens     []Token
	Paragraphs []Paragraph
	Sentences  []Sentence
}

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string { t := d.Tokens[i]; return d.Text[t.Start:t.End] }

// Mention returns the mention covering s.
func (d *Doc) Mention(s Span) Mention { return MentionOf(d.Text, s) }

// Slice returns the span from the start of token i to the end of token j-1.
func (d *Doc) Slice(i, j int) Span { return Span{d.Tokens[i].Start, d.Tokens[j-1].End} }

// TokenAt returns the index of the first token that ends after byte offset
// off, or len(d.Tokens).
func (d *Doc) TokenAt(off int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > off })
}

// IsBoilerplate reports whether token i lies in a boilerplate paragraph.
func (d *Doc) IsBoilerplate(i int) bool { return d.Paragraphs[d.Tokens[i].Para].Boilerplate }

type parseTables struct {
	abbrev      lexicon.Words
	boilerplate []lexicon.BoilerplateRule
	// byFirst[c] holds the rules of boilerplate, in order, whose prefix is
	// empty or starts with the byte c.
	byFirst [256][]lexicon.BoilerplateRule
	langID  map[string]lexicon.Words
}

var tables = sync.OnceValue(func() *parseTables {
	t := &parseTables{
		abbrev: lexicon.Union(func(s *lexicon.Set) lexicon.Words { return s.Abbreviations }),
		langID: map[string]lexicon.Words{},
	}
	seen := map[string]bool{}
	for _, l := range lexicon.Languages {
		s := lexicon.For(l)
		t.langID[l] = s.LangID
		for _, r := range s.Boilerplate {
			if !seen[r.Prefix] {
				seen[r.Prefix] = true
				t.boilerplate = append(t.boilerplate, r)
			}
		}
	}
	sort.SliceStable(t.boilerplate, func(i, j int) bool { return len(t.boilerplate[i].Prefix) > len(t.boilerplate[j].Prefix) })
	for c := range t.byFirst {
		for _, r := range t.boilerplate {
			if r.Prefix == "" || r.Prefix[0] == byte(c) {
				t.byFirst[c] = append(t.byFirst[c], r)
			}
		}
	}
	return t
})

// Parse splits text into paragraphs, sentences and tokens, detects its
// language and flags boilerplate and datelines. It accepts any string,
// including empty text and invalid UTF-8, and never panics. Its cost is
// linear in len(text).
func Parse(text string) *Doc {
	tb := tables()
	d := &Doc{Text: text, Tokens: make([]Token, 0, len(text)/5+1)}
	fd := folder{chunk: min(max(len(text)/4, 64), 64<<10)}
	for start := 0; start < len(text); {
		end := start
		for end < len(text) && text[end] != '\n' && text[end] != '\r' {
			end++
		}
		if s, e := trimSpace(text, start, end); s < e {
			first := len(d.Tokens)
			d.Tokens = tokenize(d.Tokens, text, s, e, int32(len(d.Paragraphs)), tb.abbrev, &fd)
			if len(d.Tokens) > first {
				d.Paragraphs = append(d.Paragraphs, Paragraph{Block: Block{Span: Span{s, e}, First: first, End: len(d.Tokens)}})
			}
		}
		start = end + 1
	}
	d.markBoilerplate(tb)
	d.splitSentences()
	d.markDatelines()
	d.Lang = d.detectLang(tb.langID)
	return d
}

func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r, n) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r, n) {
			break
		}
		e -= n
	}
	return s, e
}

func isSpace(r rune, n int) bool {
	if r == utf8.RuneError && n <= 1 {
		return false
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u00a0'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord[c] reports whether the ASCII byte c is a letter or a digit.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// A folder folds the words of one article into one shared buffer, so
// that a capitalized word does not cost an allocation of its own. The
// strings it returns stay valid when the buffer grows (they keep the old
// one), as with strings.Builder.String.
type folder struct {
	b     strings.Builder
	chunk int // size of a new buffer
}

// fold returns fold.String(w).
func (f *folder) fold(w string) string {
	ascii, folded := true, true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii, folded = false, false
			break
		}
		if 'A' <= c && c <= 'Z' {
			folded = false
		}
	}
	if folded {
		return w
	}
	if !ascii {
		return fold.String(w)
	}
	if f.b.Cap()-f.b.Len() < len(w) {
		f.b = strings.Builder{}
		f.b.Grow(max(f.chunk, len(w)))
	}
	start := f.b.Len()
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		f.b.WriteByte(c)
	}
	return f.b.String()[start:]
}

// tokenize appends the tokens of text[s:e] (one paragraph) to toks.
func tokenize(toks []Token, text string, s, e int, para int32, abbrev lexicon.Words, fd *folder) []Token {
	i := s
	spaceBefore := true
	for i < e {
		r, n := utf8.DecodeRuneInString(text[i:e])
		if isSpace(r, n) {
			spaceBefore = true
			i += n
			continue
		}
		start := i
		var t Token
		switch {
		case r == utf8.RuneError && n <= 1:
			t = Token{Kind: Symbol}
			i += max(n, 1)
		case isWordRune(r):
			i = scanWord(text, i, e)
			t = Token{Kind: Word}
			// An abbreviation or an initial keeps its final period.
			if i < e && text[i] == '.' {
				w := text[start:i]
				if isInitial(w) || strings.Contains(w, ".") && !strings.ContainsAny(w, "0123456789") && len(w) <= 12 || abbrev.Has(fold.String(w)+".") {
					i++
					t.Flags |= Abbrev
				}
			}
		case (r == '\'' || r == '\u2019') && !spaceBefore && len(toks) > 0 && toks[len(toks)-1].Kind == Word && toks[len(toks)-1].Para == para && isPossessiveAt(text, i+n, e):
			// the English possessive: China’s -> China + ’s
			i += n + 1
			t = Token{Kind: Word, Flags: Possessive}
		case isQuoteRune(r):
			i += n
			// `` and '' as one mark
			if (r == '`' || r == '\'') && i < e && rune(text[i]) == r {
				i++
			}
			t = Token{Kind: Quote}
		default:
			i += n
			// runs of the same punctuation: -- ... !!
			for i < e {
				r2, n2 := utf8.DecodeRuneInString(text[i:e])
				if r2 != r || isWordRune(r2) {
					break
				}
				i += n2
			}
			t = Token{Kind: Punct}
			if r == '.' || r == '!' || r == '?' || r == '…' {
				t.Flags |= Terminal
			}
			if unicode.IsSymbol(r) {
				t.Kind = Symbol
			}
		}
		t.Span = Span{start, i}
		t.Para = para
		if spaceBefore {
			t.Flags |= SpaceBefore
		}
		spaceBefore = false
		w := text[start:i]
		if t.Kind == Word {
			t.Flags |= wordFlags(w)
			if t.Flags&HasDigit != 0 && !hasLetter(w) {
				t.Kind = Number
			}
			if isPossessive(w) {
				t.Flags |= Possessive
			}
		}
		t.Fold = fd.fold(w)
		toks = append(toks, t)
	}
	// SpaceAfter and quote direction need the neighbours.
	first := len(toks)
	for first > 0 && toks[first-1].Para == para {
		first--
	}
	for k := first; k < len(toks); k++ {
		if k+1 == len(toks) || toks[k+1].Flags&SpaceBefore != 0 {
			toks[k].Flags |= SpaceAfter
		}
	}
	for k := first; k < len(toks); k++ {
		if toks[k].Kind == Quote {
			toks[k].Flags |= quoteFlags(text, toks, k, first)
		}
	}
	return toks
}

// scanWord returns the end of the word starting at i: letters, digits and
// marks, joined by hyphens, periods, apostrophes and (between digits) , : /.
func scanWord(text string, i, e int) int {
	for i < e {
		if c := text[i]; c < utf8.RuneSelf && asciiWord[c] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:e])
		if isWordRune(r) {
			i += n
			continue
		}
		if i+n >= e {
			break
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, nn := utf8.DecodeRuneInString(text[i+n : e])
		join := false
		switch r {
		case '-', '\u2010', '\u2011':
			join = isWordRune(prev) && isWordRune(next)
		case '.':
			join = unicode.IsLetter(prev) && unicode.IsLetter(next) || unicode.IsDigit(prev) && unicode.IsDigit(next) ||
				unicode.IsDigit(prev) && unicode.IsLower(next) // a domain: "Liputan6.com"
		case ',', ':', '/':
			join = unicode.IsDigit(prev) && unicode.IsDigit(next)
		case '\'', '\u2019':
			if unicode.IsLetter(prev) && unicode.IsLetter(next) {
				join = true
				// split the English possessive: China’s -> China + ’s
				if next == 's' || next == 'S' {
					after := i + n + nn
					if after >= e {
						join = false
					} else if r3, _ := utf8.DecodeRuneInString(text[after:e]); !isWordRune(r3) {
						join = false
					}
				}
			}
		case '&':
			join = unicode.IsUpper(prev) && unicode.IsUpper(next)
		}
		if !join {
			// a possessive 's starts a token of its own
			break
		}
		i += n
	}
	return i
}

// asciiWordFlags is wordFlags for ASCII words; ok is false for others.
func asciiWordFlags(w string) (f Flags, ok bool) {
	letters, upper := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return 0, false
		case '0' <= c && c <= '9':
			f |= HasDigit
		case 'A' <= c && c <= 'Z':
			if letters == 0 {
				f |= Capitalized
			}
			letters++
			upper++
		case 'a' <= c && c <= 'z':
			letters++
		}
	}
	if letters >= 2 && upper == letters {
		f |= AllCaps
	}
	return f, true
}

// isPossessiveAt reports whether text[i:e] starts with an s or S that ends
// a word.
func isPossessiveAt(text string, i, e int) bool {
	if i >= e || (text[i] != 's' && text[i] != 'S') {
		return false
	}
	if i+1 == e {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+1 : e])
	return !isWordRune(r)
}

func isPossessive(w string) bool {
	return w == "'s" || w == "’s" || w == "'S" || w == "’S"
}

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func wordFlags(w string) Flags {
	var f Flags
	if f, ok := asciiWordFlags(w); ok {
		return f
	}
	letters, upper := 0, 0
	firstLetter := true
	for _, r := range w {
		if unicode.IsDigit(r) {
			f |= HasDigit
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				upper++
				if firstLetter {
					f |= Capitalized
				}
			}
			firstLetter = false
		}
	}
	if letters >= 2 && upper == letters {
		f |= AllCaps
	}
	return f
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '`', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a', '\u300c', '\u300d':
		return true
	}
	return false
}

// quoteFlags classifies the quotation mark toks[k]: opening, closing or
// ambiguous (both bits), and single or double.
func quoteFlags(text string, toks []Token, k, first int) Flags {
	t := toks[k]
	r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
	var f Flags
	switch r {
	case '\u2018', '\u201a', '\u2039', '\u201b', '\'':
		f |= SingleQuote
	}
	if r == '`' && t.Len() == 1 {
		f |= SingleQuote
	}
	switch r {
	case '\u201c', '\u201e', '\u201f', '\u00ab', '\u2018', '\u201a', '\u201b', '\u2039', '\u300c', '`':
		return f | QuoteOpen
	case '\u00bb', '\u203a', '\u300d':
		return f | QuoteClose
	case '\u2019':
		return f | SingleQuote | QuoteClose
	case '\u201d':
		// ” closes, but some outlets also open with it: ambiguous when it
		// stands before a word with space before it.
		if t.Is(SpaceBefore) && !t.Is(SpaceAfter) && k+1 < len(toks) && toks[k+1].Para == t.Para {
			return f | QuoteOpen | QuoteClose
		}
		return f | QuoteClose
	}
	// straight marks: direction from the surroundings
	before := t.Is(SpaceBefore) || k == first || toks[k-1].Kind == Punct && isOpenBracket(text, toks[k-1])
	after := t.Is(SpaceAfter) || k+1 == len(toks) || toks[k+1].Para != t.Para || toks[k+1].Kind == Punct || toks[k+1].Kind == Quote
	switch {
	case before && !after:
		return f | QuoteOpen
	case after && !before:
		return f | QuoteClose
	default:
		return f | QuoteOpen | QuoteClose
	}
}

func isOpenBracket(text string, t Token) bool {
	s := text[t.Start:t.End]
	return s == "(" || s == "[" || s == "{" || s == "—" || s == "–"
}

// splitSentences splits every paragraph into sentences and sets Sent and
// SentStart on tokens.
func (d *Doc) splitSentences() {
	for pi, p := range d.Paragraphs {
		start := p.First
		for i := p.First; i < p.End; i++ {
			if !d.endsSentence(i, p.End) {
				continue
			}
			end := i + 1
			// closing quotes and brackets stay with the sentence they end
			for end < p.End && (d.Tokens[end].Kind == Quote && d.Tokens[end].Is(QuoteClose) && !d.Tokens[end].Is(QuoteOpen|SpaceBefore) || d.isCloser(end) || d.Tokens[end].Flags&Terminal != 0) {
				end++
			}
			if end >= p.End {
				break
			}
			if !d.startsSentence(end) {
				continue
			}
			d.addSentence(start, end, pi)
			start = end
			i = end - 1
		}
		if start < p.End {
			d.addSentence(start, p.End, pi)
		}
	}
}

func (d *Doc) addSentence(first, end, para int) {
	si := int32(len(d.Sentences))
	d.Sentences = append(d.Sentences, Sentence{Block: Block{Span: d.Slice(first, end), First: first, End: end}, Para: para})
	for k := first; k < end; k++ {
		d.Tokens[k].Sent = si
	}
	d.Tokens[first].Flags |= SentStart
}

func (d *Doc) isCloser(i int) bool {
	t := d.Tokens[i]
	if t.Kind != Punct {
		return false
	}
	s := d.Text[t.Start:t.End]
	return s == ")" || s == "]" || s == "}"
}

func (d *Doc) endsSentence(i, end int) bool {
	t := d.Tokens[i]
	if t.Flags&Terminal == 0 || i+1 >= end {
		return false
	}
	s := d.Text[t.Start:t.End]
	// "…" or "..." inside a sentence is an ellipsis unless a capital follows
	if strings.HasPrefix(s, "…") || strings.HasPrefix(s, "..") {
		return d.Tokens[i+1].Is(SpaceBefore)
	}
	return true
}

// startsSentence reports whether token i can begin a new sentence.
func (d *Doc) startsSentence(i int) bool {
	t := d.Tokens[i]
	if !t.Is(SpaceBefore) {
		return false
	}
	switch t.Kind {
	case Word:
		return t.Is(Capitalized)
	case Number, Quote:
		return true
	case Punct:
		s := d.Text[t.Start:t.End]
		return s == "(" || s == "[" || s == "-" || s == "—" || s == "•"
	}
	return false
}

// markBoilerplate flags paragraphs that start with a boilerplate prefix;
// a tail rule flags the rest of the article too.
func (d *Doc) markBoilerplate(tb *parseTables) {
	tail := false
	for pi := range d.Paragraphs {
		p := &d.Paragraphs[pi]
		if tail {
			p.Boilerplate = true
			continue
		}
		line := d.Text[p.Start:min(p.Span.End, p.Start+64)]
		lf := fold.String(line)
		rules := tb.boilerplate
		if lf != "" {
			rules = tb.byFirst[lf[0]]
		}
		for _, r := range rules {
			if !strings.HasPrefix(lf, r.Prefix) {
				continue
			}
			rest := lf[len(r.Prefix):]
			if r.Whole && strings.TrimSpace(strings.TrimRight(rest, ": ")) != "" {
				continue
			}
			if last, _ := utf8.DecodeLastRuneInString(r.Prefix); isWordRune(last) && rest != "" {
				if next, _ := utf8.DecodeRuneInString(rest); isWordRune(next) {
					continue
				}
			}
			p.Boilerplate = true
			// A tail marker ends the article only past its first paragraphs.
			if r.Tail && pi >= 2 {
				tail = true
			}
			break
		}
	}
}

// markDatelines flags the dateline at the start of a paragraph:
// "JAKARTA -", "WASHINGTON (Reuters) -", "Jakarta, Kompas.com -",
// "REPUBLIKA.CO.ID, JAKARTA --".
func (d *Doc) markDatelines() {
	for pi, p := range d.Paragraphs {
		if pi > 8 {
			break
		}
		end := -1
		caps, words := 0, 0
		for i := p.First; i < p.End && i < p.First+10; i++ {
			t := d.Tokens[i]
			s := d.Text[t.Start:t.End]
			if t.Kind == Punct && (s == "-" || s == "--" || s == "—" || s == "–" || s == "―") {
				end = i
				break
			}
			switch {
			case t.Kind == Word && t.Is(AllCaps):
				caps++
				words++
			case t.Kind == Word && (t.Is(Capitalized) || strings.Contains(t.Fold, ".")):
				words++
			case t.Kind == Punct && (s == "," || s == "(" || s == ")" || s == "/"):
			case t.Kind == Number:
			default:
				i = p.End
			}
		}
		if end < 0 || words == 0 || end == p.First {
			continue
		}
		// the lead word must be a place in capitals, or a domain-style outlet
		lead := d.Tokens[p.First]
		if caps == 0 && !strings.Contains(lead.Fold, ".") && !(end+1 < p.End && words <= 4 && d.hasDomain(p.First, end)) {
			continue
		}
		for i := p.First; i <= end; i++ {
			d.Tokens[i].Flags |= Dateline
		}
	}
}

func (d *Doc) hasDomain(i, j int) bool {
	for k := i; k < j; k++ {
		if strings.Contains(d.Tokens[k].Fold, ".") {
			return true
		}
	}
	return false
}

// detectLang counts frequent function words of each language outside
// boilerplate.
func (d *Doc) detectLang(ids map[string]lexicon.Words) string {
	best, bestN, second := Unknown, 0, 0
	for _, l := range lexicon.Languages {
		n := 0
		for i := range d.Tokens {
			t := &d.Tokens[i]
			if t.Kind == Word && ids[l].Has(t.Fold) && !d.Paragraphs[t.Para].Boilerplate {
				n++
			}
		}
		if n > bestN {
			best, bestN, second = l, n, bestN
		} else if n > second {
			second = n
		}
	}
	switch {
	case bestN >= 2 && (bestN >= 2*second || bestN-second >= 3):
		return best
	case bestN == 1 && second == 0:
		// a short text with one function word and none of another language
		return best
	}
	return Unknown
}
