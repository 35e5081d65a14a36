package entities_test

import (
	"fmt"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

func Example() {
	x, err := entities.New(entities.Options{})
	if err != nil {
		panic(err)
	}
	doc := article.Parse("Menteri Luar Negeri AS Antony Blinken bertemu Presiden Joko Widodo di Istana Merdeka pada Selasa. " +
		"Blinken mengatakan bahwa Washington akan terus mendukung Indonesia, sementara Jokowi meminta agar gencatan senjata di Gaza segera diwujudkan.")
	set := x.Extract(doc)
	for _, p := range set.People {
		fmt.Printf("%s %q titles=%q\n", p.Name, p.Aliases, p.Titles)
	}
	for _, c := range set.Countries {
		for _, m := range c.Mentions {
			fmt.Printf("%s %s %q at %d\n", c.Code, m.Refer, m.Text, m.Start)
		}
	}
	// Output:
	// Antony Blinken ["Antony Blinken" "Blinken"] titles=["menteri luar negeri"]
	// Joko Widodo ["Joko Widodo" "Jokowi"] titles=["presiden"]
	// US abbreviation "AS" at 20
	// US capital "Washington" at 123
	// ID name "Indonesia" at 155
}
