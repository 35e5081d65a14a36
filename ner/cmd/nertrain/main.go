// Command nertrain trains the embedded models of package ner from the shared
// data directory and writes them as <out>/id.gob.gz and <out>/en.gob.gz.
//
//	go run ./ner/cmd/nertrain -data ../shared/data -out ner/model
//
// Training is deterministic: the same data and flags give byte-identical files.
package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/wartalab/warta/internal/fold"
	"github.com/wartalab/warta/ner/internal/conll"
	"github.com/wartalab/warta/ner/internal/perceptron"
	"github.com/wartalab/warta/ner/internal/score"
)

var idnerRepeat int

func main() {
	var (
		data     = flag.String("data", "../shared/data", "shared data directory")
		out      = flag.String("out", "ner/model", "output directory")
		langs    = flag.String("lang", "id,en", "comma-separated languages to train")
		epochsID = flag.Int("epochs-id", 10, "training epochs for id")
		epochsEN = flag.Int("epochs-en", 8, "training epochs for en")
		prune    = flag.Int("prune", 0, "drop features whose quantized weights are all at most this (units of max/32767)")
		dev      = flag.Bool("dev", false, "experiment: hold out idner-news-2k/dev (id) or the wikigold slice (en) and report its F1 per epoch")
		sets     = flag.String("sets", "idner,nerui,nergrit", "id training corpora")
		gaz      = flag.Bool("gaz", true, "use gazetteer features (id)")
		enPlusID = flag.Bool("en-plus-id", true, "add the Indonesian data to the English training set (better on English news, slightly worse on wikigold)")
	)
	flag.IntVar(&idnerRepeat, "idner-repeat", 2, "how many times idner-news-2k sentences appear per epoch (in-domain weight)")
	flag.Parse()
	log.SetFlags(0)
	for _, lang := range strings.Split(*langs, ",") {
		if err := run(lang, *data, *out, *epochsID, *epochsEN, *prune, *dev, *sets, *gaz, *enPlusID); err != nil {
			log.Fatal(err)
		}
	}
}

func run(lang, data, out string, epochsID, epochsEN, prune int, dev bool, sets string, useGaz, enPlusID bool) error {
	var (
		train, held []conll.Sentence
		epochs      int
		g           perceptron.Gazetteer
		note        string
	)
	idSets := func(withDev bool) ([]conll.Sentence, error) {
		var s []conll.Set
		for _, name := range strings.Split(sets, ",") {
			switch name {
			case "idner":
				for range idnerRepeat {
					s = append(s, conll.IdnerTrain)
					if withDev {
						s = append(s, conll.IdnerDev)
					}
				}
			case "nerui":
				s = append(s, conll.NeruiTrain, conll.NeruiDev)
			case "nergrit":
				s = append(s, conll.NergritTrain, conll.NergritValid)
			}
		}
		return conll.LoadAll(data, s...)
	}
	switch lang {
	case "id":
		epochs = epochsID
		var err error
		if train, err = idSets(!dev); err != nil {
			return err
		}
		if dev {
			if held, err = conll.Load(data, conll.IdnerDev); err != nil {
				return err
			}
		}
		if useGaz {
			if g, err = gazetteer(data, false); err != nil {
				return err
			}
		}
		note = "trained on " + sets + "; gazetteer from faker-id-names (MIT) and id-org-seed"
	case "en":
		epochs = epochsEN
		var err error
		if train, held, err = conll.English(data); err != nil {
			return err
		}
		if enPlusID {
			extra, err := idSets(true)
			if err != nil {
				return err
			}
			train = append(train, extra...)
		}
		if !dev {
			held = nil
		}
		note = "trained on wikigold-en (CC BY 4.0) minus the held-out fifth"
		if enPlusID {
			note += ", plus the Indonesian data"
		}
		if useGaz {
			if g, err = gazetteer(data, true); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("nertrain: unknown language %q", lang)
	}
	ex := make([]perceptron.Example, len(train))
	ntok := 0
	for i, s := range train {
		ex[i] = perceptron.Example{Words: s.Words, Tags: s.Tags}
		ntok += len(s.Words)
	}
	log.Printf("%s: %d sentences, %d tokens, %d epochs", lang, len(ex), ntok, epochs)
	opt := perceptron.TrainOptions{Lang: lang, Epochs: epochs, Seed: 1, Gaz: g, Note: note}
	if held != nil {
		opt.Progress = func(ep int, m *perceptron.Model) {
			r := score.NewReport()
			for _, s := range held {
				r.Add(s.Tags, m.Tag(s.Words))
			}
			e, t := score.Overall(r.Entity), score.Overall(r.Token)
			log.Printf("  epoch %2d: held-out entity F1 %.4f  token F1 %.4f", ep, e.F1(), t.F1())
		}
	}
	start := time.Now()
	tr := perceptron.Train(ex, opt)
	log.Printf("%s: trained in %v", lang, time.Since(start).Round(time.Millisecond))
	var buf bytes.Buffer
	n, err := tr.Write(&buf, prune)
	if err != nil {
		return fmt.Errorf("nertrain: %w", err)
	}
	path := filepath.Join(out, lang+".gob.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("nertrain: %w", err)
	}
	log.Printf("%s: wrote %s (%d features, %d bytes)", lang, path, n, buf.Len())
	return nil
}

// gazetteer builds the word classes from faker-id-names and id-org-seed,
// plus, when withCues is set, the hand-written cue words of cues.txt (which
// helped English news but not the Indonesian test sets).
func gazetteer(data string, withCues bool) (perceptron.Gazetteer, error) {
	g := perceptron.Gazetteer{}
	addWords := func(s string, bit uint8) {
		for _, w := range strings.Fields(s) {
			g[fold.String(w)] |= bit
		}
	}
	err := eachRow(filepath.Join(data, "faker-id-names/names_id.tsv"), func(f []string) {
		if len(f) < 2 {
			return
		}
		switch f[1] {
		case "first":
			addWords(f[0], perceptron.GazFirst)
		case "last":
			addWords(f[0], perceptron.GazLast)
		case "title":
			addWords(f[0], perceptron.GazTitle)
		}
	})
	if err != nil {
		return nil, err
	}
	if err := eachRow(filepath.Join(data, "faker-id-names/places_id.tsv"), func(f []string) {
		addWords(f[0], perceptron.GazPlace)
	}); err != nil {
		return nil, err
	}
	if err := eachRow(filepath.Join(data, "id-org-seed/country_aliases_id.tsv"), func(f []string) {
		addWords(f[0], perceptron.GazPlace)
	}); err != nil {
		return nil, err
	}
	if err := eachRow(filepath.Join(data, "id-org-seed/org_acronyms_id.tsv"), func(f []string) {
		addWords(f[0], perceptron.GazOrg)
		if len(f) > 1 {
			addWords(f[1], perceptron.GazOrgWord)
		}
	}); err != nil {
		return nil, err
	}
	if !withCues {
		return g, nil
	}
	for _, line := range strings.Split(cues, "\n") {
		kind, word, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok || strings.HasPrefix(kind, "#") {
			continue
		}
		switch kind {
		case "title":
			g[word] |= perceptron.GazTitle
		case "orgkey":
			g[word] |= perceptron.GazOrgKey
		case "lockey":
			g[word] |= perceptron.GazLocKey
		}
	}
	return g, nil
}

// cues holds hand-written title, organization and place cue words.
//
//go:embed cues.txt
var cues string

// eachRow calls fn with the tab-separated fields of every row after the header.
func eachRow(path string, fn func([]string)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("nertrain: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	first := true
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if first || line == "" || strings.HasPrefix(line, "#") {
			first = false
			continue
		}
		fn(strings.Split(line, "\t"))
	}
	return nil
}
