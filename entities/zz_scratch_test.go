package entities_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

func TestZZDump(t *testing.T) {
	x, _ := entities.New(entities.Options{})
	b, _ := os.ReadFile("/tmp/scr/ent.txt")
	for _, in := range strings.Split(strings.TrimSpace(string(b)), "\n=====\n") {
		d := article.Parse(in)
		s := x.Extract(d)
		fmt.Printf("### %q lang=%s\n", in, d.Lang)
		for _, p := range s.People {
			j, _ := json.Marshal(struct{N string; A []string; T []string; F *entities.Affiliation; M int}{p.Name, p.Aliases, p.Titles, p.Affiliation, len(p.Mentions)})
			fmt.Println(" PER", string(j))
		}
		for _, p := range s.Organizations {
			j, _ := json.Marshal(struct{N, A string; Al []string; T string; M int}{p.Name, p.Acronym, p.Aliases, p.Type, len(p.Mentions)})
			fmt.Println(" ORG", string(j))
		}
		for _, c := range s.Countries {
			var ms []string
			for _, m := range c.Mentions { ms = append(ms, m.Text+"/"+m.Refer) }
			fmt.Println(" CTY", c.Code, c.Name, ms)
		}
	}
}
