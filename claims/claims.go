package claims

import (
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/quotes"
)

// A Claim is a statement attributed to a source without quotation marks.
type Claim struct {
	Source  string          `json:"source"`
	Cue     string          `json:"cue"`
	Content article.Mention `json:"content"`
}

// An Extractor finds claims. It is safe for concurrent use.
type Extractor struct{}

// New returns an Extractor.
func New() (*Extractor, error) { return &Extractor{}, nil }

// Extract returns the claims of doc.
func (x *Extractor) Extract(doc *article.Doc, ents *entities.Set, qs []quotes.Quote) []Claim { return nil }
