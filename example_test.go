package warta_test

import (
	"fmt"

	"github.com/wartalab/warta"
)

func ExampleAnalyze() {
	text := "JAKARTA - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri AS Antony Blinken di Jakarta, Selasa (20/11).\n\n" +
		"Blinken mengatakan Washington mendukung peran Indonesia di ASEAN."
	res, err := warta.Analyze(text)
	if err != nil {
		panic(err)
	}
	fmt.Println("language:", res.Language)
	for _, p := range res.People {
		fmt.Println("person:", p.Name, p.Aliases, p.Titles)
	}
	for _, c := range res.Countries {
		fmt.Println("country:", c.Code, c.Name)
	}
	// Output:
	// language: id
	// person: Retno Marsudi [Retno Marsudi] [menteri luar negeri]
	// person: Antony Blinken [Antony Blinken Blinken] [menteri luar negeri]
	// country: US Amerika Serikat
	// country: ID Indonesia
}
