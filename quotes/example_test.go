package quotes_test

import (
	"fmt"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/quotes"
)

func ExampleAttributor_Extract() {
	text := "Menteri Luar Negeri Retno Marsudi bertemu mitranya di New York.\n\n" +
		"“Kami sepakat memperkuat kerja sama ekonomi,” ujarnya kepada wartawan."
	doc := article.Parse(text)
	// The entities result would come from entities.Extractor; here it is
	// written by hand: one person, mentioned at tokens 3 and 4.
	ents := &entities.Set{
		People: []entities.Person{{Name: "Retno Marsudi", Aliases: []string{"Retno Marsudi"}}},
		Index:  []entities.Located{{Span: doc.Slice(3, 5), Ref: entities.Ref{Kind: entities.KindPerson}, First: 3, End: 5}},
	}
	a, err := quotes.New()
	if err != nil {
		panic(err)
	}
	for _, q := range a.Extract(doc, ents) {
		fmt.Printf("%q\nspeaker: %s (%s, cue %q, to %q)\n", q.Text, *q.Speaker, q.Pass, q.Cue.Text, q.Addressee.Text)
	}
	// Output:
	// "Kami sepakat memperkuat kerja sama ekonomi"
	// speaker: Retno Marsudi (pronoun, cue "ujarnya", to "wartawan")
}
