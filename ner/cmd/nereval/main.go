// Command nereval scores the embedded models of package ner on the reported
// test sets: idner-news-2k/test.txt, indonlu-nergrit/test_preprocess.txt and
// the held-out fifth of wikigold-en. It prints token-level and entity-level
// (exact span) precision, recall and F1 per label and overall, and speed.
//
//	go run ./ner/cmd/nereval -data ../shared/data [-prose] [-prose-train]
//
// -prose also scores prose's bundled English model on the English slice;
// -prose-train trains prose (ModelFromData) on idner-news-2k/train and scores
// it on idner-news-2k/test (slow).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/wartalab/warta/ner"
	"github.com/wartalab/warta/ner/internal/conll"
	"github.com/wartalab/warta/ner/internal/score"
)

func main() {
	var (
		data       = flag.String("data", "../shared/data", "shared data directory")
		useProse   = flag.Bool("prose", false, "also score prose's bundled English model on the English slice")
		proseTrain = flag.Bool("prose-train", false, "also train prose on idner-news-2k/train and score it on idner-news-2k/test (slow)")
		articles   = flag.String("articles", "", "also score name recall/precision on the annotated articles in this directory (../shared/dev)")
		models     = flag.String("models", "", "experiment: read <lang>.gob.gz from this directory instead of the embedded models")
	)
	flag.Parse()
	log.SetFlags(0)
	modelDir = *models
	if err := run(*data, *useProse, *proseTrain); err != nil {
		log.Fatal(err)
	}
	if *articles == "" {
		return
	}
	if err := scoreArticles(*articles); err != nil {
		log.Fatal(err)
	}
}

type testSet struct {
	name, lang string
	sents      []conll.Sentence
}

func run(data string, useProse, proseTrain bool) error {
	idner, err := conll.Load(data, conll.IdnerTest)
	if err != nil {
		return err
	}
	nergrit, err := conll.Load(data, conll.NergritTest)
	if err != nil {
		return err
	}
	_, en, err := conll.English(data)
	if err != nil {
		return err
	}
	sets := []testSet{{conll.IdnerTest.Name, "id", idner}, {conll.NergritTest.Name, "id", nergrit}, {"wikigold-en held-out fifth", "en", en}}
	for _, lang := range []string{"id", "en"} {
		start := time.Now()
		if _, err := loadTagger(lang); err != nil {
			return err
		}
		fmt.Printf("load %s: %v\n", lang, time.Since(start).Round(time.Microsecond))
	}
	for _, ts := range sets {
		tg, err := loadTagger(ts.lang)
		if err != nil {
			return err
		}
		r := score.NewReport()
		ntok := 0
		start := time.Now()
		for _, s := range ts.sents {
			r.Add(s.Tags, tg.Tag(s.Words))
			ntok += len(s.Words)
		}
		el := time.Since(start)
		r.Print(os.Stdout, fmt.Sprintf("\nwarta ner (%s model) on %s: %d sentences, %d tokens, %.0f tokens/s",
			ts.lang, ts.name, len(ts.sents), ntok, float64(ntok)/el.Seconds()))
	}
	if useProse {
		if err := proseBundled(en); err != nil {
			return err
		}
	}
	if proseTrain {
		train, err := conll.Load(data, conll.IdnerTrain)
		if err != nil {
			return err
		}
		if err := proseTrained(train, idner); err != nil {
			return err
		}
	}
	return nil
}

// proseLabel maps prose's labels to ours.
func proseLabel(l string) string {
	prefix, typ, ok := strings.Cut(l, "-")
	if !ok {
		return "O"
	}
	switch typ {
	case "PERSON", "PER":
		return prefix + "-PER"
	case "ORGANIZATION", "ORG":
		return prefix + "-ORG"
	case "GPE", "LOCATION", "GSP", "LOC":
		return prefix + "-LOC"
	}
	return "O"
}

// proseTags runs prose on the words joined by spaces and maps its token
// labels back onto the words by character offsets.
func proseTags(m *prose.Model, words []string) ([]string, error) {
	text := strings.Join(words, " ")
	starts := make([]int, len(words))
	off := 0
	for i, w := range words {
		starts[i] = off
		off += len(w) + 1
	}
	opts := []prose.DocOpt{prose.WithSegmentation(false)}
	if m != nil {
		opts = append(opts, prose.UsingModel(m))
	}
	doc, err := prose.NewDocument(text, opts...)
	if err != nil {
		return nil, fmt.Errorf("nereval: prose: %w", err)
	}
	tags := make([]string, len(words))
	for i := range tags {
		tags[i] = "O"
	}
	// Map prose's entities (text only, no offsets) back onto the words by
	// searching for each in order.
	cur := 0
	for _, e := range doc.Entities() {
		k := strings.Index(text[cur:], e.Text)
		if k < 0 || e.Text == "" {
			continue
		}
		pos, end := cur+k, cur+k+len(e.Text)
		cur = end
		l := proseLabel("B-" + e.Label)
		if l == "O" {
			continue
		}
		first := true
		for i, st := range starts {
			if st >= pos && st < end {
				if first {
					tags[i] = l
					first = false
				} else {
					tags[i] = "I-" + l[2:]
				}
			}
		}
	}
	return conll.ToBIO(tags), nil
}

func proseBundled(sents []conll.Sentence) error {
	// Build prose's default model once and reuse it (NewDocument would
	// otherwise rebuild it for every sentence).
	d, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false))
	if err != nil {
		return fmt.Errorf("nereval: prose: %w", err)
	}
	m := d.Model
	return scoreProse("prose v2.0.0 bundled English model on wikigold-en held-out fifth", m, sents)
}

func scoreProse(title string, m *prose.Model, sents []conll.Sentence) error {
	r := score.NewReport()
	ntok := 0
	start := time.Now()
	for _, s := range sents {
		tags, err := proseTags(m, s.Words)
		if err != nil {
			return err
		}
		r.Add(s.Tags, tags)
		ntok += len(s.Words)
	}
	el := time.Since(start)
	r.Print(os.Stdout, fmt.Sprintf("\n%s: %d tokens, %.0f tokens/s", title, ntok, float64(ntok)/el.Seconds()))
	return nil
}

func proseTrained(train, test []conll.Sentence) error {
	var ctx []prose.EntityContext
	for _, s := range train {
		text := strings.Join(s.Words, " ")
		starts := make([]int, len(s.Words)+1)
		off := 0
		for i, w := range s.Words {
			starts[i] = off
			off += len(w) + 1
		}
		starts[len(s.Words)] = off
		var spans []prose.LabeledEntity
		for _, sp := range score.Spans(s.Tags) {
			spans = append(spans, prose.LabeledEntity{Start: starts[sp.Start], End: starts[sp.End] - 1, Label: sp.Label})
		}
		ctx = append(ctx, prose.EntityContext{Accept: true, Text: text, Spans: spans})
	}
	start := time.Now()
	m := prose.ModelFromData("idner", prose.UsingEntities(ctx))
	fmt.Printf("\nprose ModelFromData on %d idner-news-2k/train sentences: trained in %v\n", len(train), time.Since(start).Round(time.Second))
	return scoreProse("prose trained on idner-news-2k/train, on idner-news-2k/test", m, test)
}

func nerLoad(lang string) (tagger, error) { return ner.Load(lang) }

var nerSpans = ner.Spans
