package warta

import (
	"errors"
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/claims"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/quotes"
)

// Errors returned by [Analyzer.Analyze].
var (
	// ErrInvalidUTF8 is returned for text that is not valid UTF-8. Callers
	// that want a best-effort result can pass strings.ToValidUTF8(text, "\uFFFD").
	ErrInvalidUTF8 = errors.New("warta: text is not valid UTF-8")
	// ErrTooLarge is returned for text longer than Options.MaxBytes.
	ErrTooLarge = errors.New("warta: text too large")
)

// DefaultMaxBytes is the default limit on the size of one article.
const DefaultMaxBytes = 16 << 20

// Options configure an [Analyzer]. The zero value is ready to use.
type Options struct {
	// MaxBytes limits the size of one article; 0 means DefaultMaxBytes and a
	// negative value means no limit.
	MaxBytes int
	// Entities configures the entity extractor.
	Entities entities.Options
}

// An Analyzer runs the whole pipeline. It is immutable after [New] and safe
// for concurrent use by multiple goroutines.
type Analyzer struct {
	opts   Options
	ents   *entities.Extractor
	quotes *quotes.Attributor
	claims *claims.Extractor
}

// New builds an Analyzer, loading every lexicon and model once.
func New(opts Options) (*Analyzer, error) {
	if opts.MaxBytes == 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	ents, err := entities.New(opts.Entities)
	if err != nil {
		return nil, fmt.Errorf("warta: %w", err)
	}
	qs, err := quotes.New()
	if err != nil {
		return nil, fmt.Errorf("warta: %w", err)
	}
	cs, err := claims.New()
	if err != nil {
		return nil, fmt.Errorf("warta: %w", err)
	}
	return &Analyzer{opts: opts, ents: ents, quotes: qs, claims: cs}, nil
}

// A Result is everything warta extracted from one article. Every list is
// non-nil (empty lists marshal as []), in order of first appearance.
type Result struct {
	// Language is "id", "en" or "und" (undetermined).
	Language      string                  `json:"language"`
	People        []entities.Person       `json:"people"`
	Organizations []entities.Organization `json:"organizations"`
	Countries     []entities.Country      `json:"countries"`
	Quotes        []quotes.Quote          `json:"quotes"`
	Claims        []claims.Claim          `json:"claims"`

	// Doc is the parsed article every stage read.
	Doc *article.Doc `json:"-"`
	// Entities is the entity set the quotes and claims refer to.
	Entities *entities.Set `json:"-"`
}

var defaultAnalyzer = sync.OnceValues(func() (*Analyzer, error) { return New(Options{}) })

// Analyze runs the default Analyzer on text.
func Analyze(text string) (*Result, error) {
	a, err := defaultAnalyzer()
	if err != nil {
		return nil, err
	}
	return a.Analyze(text)
}

// Analyze extracts entities, quotes and claims from the plain text of one
// article. Empty text gives an empty result. Text that is not valid UTF-8 or
// larger than Options.MaxBytes gives an error and no result.
func (a *Analyzer) Analyze(text string) (*Result, error) {
	if a.opts.MaxBytes > 0 && len(text) > a.opts.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(text), a.opts.MaxBytes)
	}
	if !utf8.ValidString(text) {
		return nil, ErrInvalidUTF8
	}
	doc := article.Parse(text)
	return a.AnalyzeDoc(doc), nil
}

// AnalyzeDoc runs the extractors on an already parsed article.
func (a *Analyzer) AnalyzeDoc(doc *article.Doc) *Result {
	set := a.ents.Extract(doc)
	qs := a.quotes.Extract(doc, set)
	cs := a.claims.Extract(doc, set, qs)
	r := &Result{
		Language:      doc.Lang,
		People:        nonNil(set.People),
		Organizations: nonNil(set.Organizations),
		Countries:     nonNil(set.Countries),
		Quotes:        nonNil(qs),
		Claims:        nonNil(cs),
		Doc:           doc,
		Entities:      set,
	}
	return r
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
