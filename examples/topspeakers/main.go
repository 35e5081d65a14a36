// Command topspeakers analyses every .txt article under a directory and
// prints the most quoted speakers (with what they talk about) and the claims
// carried by more than one article.
//
// Usage:
//
//	go run ./examples/topspeakers [-n 10] [-vectors FILE] DIR
//
// Without DIR it runs the bundled sample corpus (corpus.Sample). -vectors
// takes a word2vec .bin or fastText .vec file to also group claims worded
// differently.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/corpus"
)

func main() {
	n := flag.Int("n", 10, "show the top `N` speakers")
	vec := flag.String("vectors", "", "word vectors `FILE` (.bin or .vec)")
	flag.Parse()
	if err := run(os.Stdout, flag.Arg(0), *vec, *n); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer, dir, vectors string, n int) error {
	a, err := warta.New(warta.Options{})
	if err != nil {
		return err
	}
	var src corpus.Source
	if dir == "" {
		recs, err := corpus.SampleRecords()
		if err != nil {
			return err
		}
		src = corpus.NewRecordReader(recs)
	} else if src, err = corpus.NewDirReader(dir); err != nil {
		return err
	}
	var opts corpus.IndexOptions
	if vectors != "" {
		if opts.Vectors, err = corpus.LoadVectorsFile(vectors); err != nil {
			return err
		}
	}
	index := corpus.NewIndex(opts)
	st, err := corpus.Run(context.Background(), a, src, corpus.SinkFunc(func(o corpus.Output) error {
		if o.Err != nil {
			fmt.Fprintf(os.Stderr, "skip %s: %v\n", o.ID, o.Err)
		}
		index.Add(o.ID, o.Result)
		return nil
	}), corpus.RunOptions{})
	if err != nil {
		return err
	}
	s := index.Summary()
	fmt.Fprintf(w, "%d articles (%d failed)\n\nTop speakers:\n", st.Records, st.Errors)
	for i, sp := range s.Speakers {
		if i == n {
			break
		}
		fmt.Fprintf(w, "%3d quotes in %2d articles  %s  (about: %s)\n", sp.Quotes, sp.Articles, sp.Name, strings.Join(sp.Topics, ", "))
	}
	fmt.Fprintf(w, "\nClaims carried by more than one article: %d\n", len(s.Claims))
	for _, g := range s.Claims {
		fmt.Fprintf(w, "- %d articles: %.100q\n", len(g.Articles), g.Text)
		for _, it := range g.Items {
			fmt.Fprintf(w, "    %s (%s)\n", it.Article, it.Who)
		}
	}
	return nil
}
