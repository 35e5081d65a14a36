// Command render analyses one article and writes it as a self-contained HTML
// page (see package render).
//
// Usage:
//
//	go run ./examples/render [-o FILE] [ARTICLE.txt]
//
// Without ARTICLE.txt it renders the embedded Indonesian sample article;
// without -o it writes the page to standard output.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/corpus"
	"github.com/wartalab/warta/render"
)

func main() {
	out := flag.String("o", "", "write the page to `FILE` instead of standard output")
	flag.Parse()
	if err := run(*out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(out string, args []string) error {
	text := corpus.SampleText()
	if len(args) > 0 {
		b, err := os.ReadFile(args[0])
		if err != nil {
			return err
		}
		text = string(b)
	}
	res, err := warta.Analyze(text)
	if err != nil {
		return err
	}
	page, err := render.HTML(res)
	if err != nil {
		return err
	}
	if out == "" {
		_, err = os.Stdout.Write(page)
		return err
	}
	return os.WriteFile(out, page, 0o644)
}
