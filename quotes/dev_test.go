package quotes

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// TestDevSet writes predictions for the annotated development set when
// WARTA_DEV (the dev folder) and WARTA_DEV_OUT (an output folder) are set,
// with entities built from the gold aliases so that attribution is measured
// alone. Score with: score.py $WARTA_DEV $WARTA_DEV_OUT --fields quotes.
func TestDevSet(t *testing.T) {
	dir, out := os.Getenv("WARTA_DEV"), os.Getenv("WARTA_DEV_OUT")
	if dir == "" || out == "" {
		t.Skip("WARTA_DEV and WARTA_DEV_OUT not set")
	}
	a, err := New()
	require.NoError(t, err)
	// WARTA_DEV_ENTS=real uses the entities extractor instead of the gold
	// names, to measure the whole pipeline.
	var x *entities.Extractor
	if os.Getenv("WARTA_DEV_ENTS") == "real" {
		x, err = entities.New(entities.Options{})
		require.NoError(t, err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var g struct {
			ID            string
			Text          string
			People        []goldEnt
			Organizations []goldEnt
		}
		require.NoError(t, json.Unmarshal(b, &g))
		doc := article.Parse(g.Text)
		var people, orgs []ent
		for _, p := range g.People {
			people = append(people, ent{name: p.Name, aliases: p.Aliases})
		}
		for _, o := range g.Organizations {
			orgs = append(orgs, ent{name: o.Name, aliases: o.Aliases})
		}
		ents := handSet(doc, people, orgs)
		if x != nil {
			ents = x.Extract(doc)
		}
		qs := a.Extract(doc, ents)
		pred := struct {
			People        []entities.Person       `json:"people"`
			Organizations []entities.Organization `json:"organizations"`
			Quotes        []Quote                 `json:"quotes"`
		}{ents.People, ents.Organizations, qs}
		js, _ := json.MarshalIndent(pred, "", " ")
		require.NoError(t, os.WriteFile(filepath.Join(out, g.ID+".json"), js, 0o644))
	}
}

type goldEnt struct {
	Name    string
	Aliases []string
}
