package quotes

import (
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// A Quote is one direct quotation.
type Quote struct {
	// Mention is the quoted words, without the quotation marks.
	article.Mention
	// Speaker is the canonical name of the speaker (a person or
	// organization of the entities result), or nil when unknown.
	Speaker *string `json:"speaker"`
}

// An Attributor finds quotes and their speakers. It is safe for concurrent use.
type Attributor struct{}

// New returns an Attributor.
func New() (*Attributor, error) { return &Attributor{}, nil }

// Extract returns the quotes of doc.
func (a *Attributor) Extract(doc *article.Doc, ents *entities.Set) []Quote { return nil }
