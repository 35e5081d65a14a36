package ner_test

import (
	"fmt"
	"strings"

	"github.com/wartalab/warta/ner"
)

func ExampleTagger_Entities() {
	tg, err := ner.Load("id")
	if err != nil {
		fmt.Println(err)
		return
	}
	words := strings.Fields("Presiden Prabowo Subianto meminta Kementerian Luar Negeri memperkuat diplomasi di Jakarta .")
	for _, e := range tg.Entities(words) {
		fmt.Println(e.Label, strings.Join(words[e.Start:e.End], " "))
	}
	// Output:
	// PER Prabowo Subianto
	// ORG Kementerian Luar Negeri
	// LOC Jakarta
}

func ExampleTagger_Tag() {
	tg, err := ner.Load("en")
	if err != nil {
		fmt.Println(err)
		return
	}
	words := []string{"Anthony", "Albanese", "visited", "Jakarta", "."}
	fmt.Println(tg.Tag(words))
	// Output:
	// [B-PER I-PER O B-LOC O]
}

func ExampleLoad() {
	_, err := ner.Load("fr")
	fmt.Println(err)
	// Output:
	// ner: load "fr": ner: no model for language
}
