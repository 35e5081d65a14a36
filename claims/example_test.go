package claims_test

import (
	"fmt"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/claims"
)

func ExampleExtractor_Extract() {
	x, err := claims.New()
	if err != nil {
		panic(err)
	}
	doc := article.Parse("Analis Korea Selatan mengatakan bahwa Kim kemungkinan akan mencari bantuan ekonomi dari Rusia.")
	for _, c := range x.Extract(doc, nil, nil) {
		fmt.Printf("%s | %s | %s | hedged=%v\n", c.Source, c.Cue, c.Content, c.Hedged)
	}
	// Output:
	// Analis Korea Selatan | mengatakan | Kim kemungkinan akan mencari bantuan ekonomi dari Rusia | hedged=true
}
