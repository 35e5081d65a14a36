// Command warta analyses news articles and prints what it found as JSON.
//
// Usage:
//
//	warta                     analyse the embedded sample article (or stdin when it is piped)
//	warta FILE                print one JSON object for FILE
//	warta < FILE              the same, reading standard input
//	warta -o DIR FILE...      write DIR/<name>.json for each FILE
//	warta -format html FILE   a self-contained HTML page of the analysis
//	warta -o OUT DIR...       analyse every .txt file under each DIR, recursively, into OUT/<path>.json
//	warta -jsonl < in.jsonl > out.jsonl
//	                          one article per JSON line in, one record per line out
//	warta -csv OUTDIR INPUT...
//	                          write CSV tables (articles, people, organizations,
//	                          countries, quotes, claims) for files, directories or .jsonl files
//	warta -index FILE.json -graph FILE.graphml|FILE.dot INPUT...
//	                          aggregate across articles: merged entities, top
//	                          speakers, co-occurrence, claims carried by several articles
//	warta eval [-v] DIR       score against gold files in the ../shared/dev format
//
// Bad input (invalid UTF-8, an empty or unreadable file, a directory) is
// reported on stderr and makes the exit status non-zero; with several files
// the others are still processed.
//
// Batch runs (-jsonl, -csv, -index, -graph, or a directory with -o) use
// package corpus: -workers N articles at once (default: the number of CPUs),
// output in input order, and exactly one output record per input record: a
// bad record becomes {"id": ..., "error": "..."} and the exit status 1. A
// progress counter goes to stderr when it is a terminal. Inputs ending in
// .jsonl or .ndjson are read as JSON Lines.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/corpus"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/render"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "eval" {
		return runEval(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("warta", flag.ContinueOnError)
	fs.SetOutput(stderr)
	outDir := fs.String("o", "", "write one `DIR`/<name>.json per input file")
	sample := fs.Bool("sample", false, "analyse the embedded sample article")
	compact := fs.Bool("compact", false, "print compact JSON")
	format := fs.String("format", "json", "output `FORMAT` for single articles: json, or html (a self-contained page)")
	var b batch
	fs.BoolVar(&b.jsonl, "jsonl", false, "read JSON Lines (standard input or .jsonl files) and write JSON Lines")
	fs.IntVar(&b.workers, "workers", 0, "analyse `N` articles at once in batch runs (default: number of CPUs)")
	fs.StringVar(&b.csvDir, "csv", "", "write CSV tables into `DIR`")
	fs.StringVar(&b.indexOut, "index", "", "write the cross-article aggregation as JSON to `FILE`")
	fs.StringVar(&b.graphOut, "graph", "", "write the entity co-occurrence graph to `FILE` (.graphml or .dot)")
	fs.StringVar(&b.vectors, "vectors", "", "word vectors (`FILE`, word2vec .bin or text .vec) for -index and -graph")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: warta [-o DIR] [FILE...] | warta eval [-v] GOLD_DIR")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	a, err := warta.New(warta.Options{})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if *format != "json" && *format != "html" {
		fmt.Fprintf(stderr, "warta: unknown -format %q (json or html)\n", *format)
		return 2
	}
	ext := "." + *format
	enc := func(w io.Writer, v any) error {
		if *format == "html" {
			res, ok := v.(*warta.Result)
			if !ok {
				return fmt.Errorf("warta: cannot render %T as html", v)
			}
			return render.Write(w, res)
		}
		e := json.NewEncoder(w)
		e.SetEscapeHTML(false)
		if !*compact {
			e.SetIndent("", "  ")
		}
		return e.Encode(v)
	}
	files := fs.Args()
	b.outDir, b.compact = *outDir, *compact
	if b.wanted(files) {
		if *format != "json" {
			fmt.Fprintln(stderr, "warta: -format html works on single articles, not batch runs")
			return 2
		}
		return b.run(a, files, stdin, stdout, stderr)
	}
	if len(files) == 0 {
		var text string
		if *sample || isTerminal(stdin) {
			text = corpus.SampleText()
		} else {
			b, err := io.ReadAll(stdin)
			if err != nil {
				fmt.Fprintf(stderr, "warta: read stdin: %v\n", err)
				return 1
			}
			text = string(b)
		}
		res, err := analyze(a, "stdin", text)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		if *outDir != "" {
			return writeFile(enc, *outDir, "stdin", ext, res, stderr)
		}
		if err := enc(stdout, res); err != nil {
			fmt.Fprintf(stderr, "warta: write: %v\n", err)
			return 1
		}
		return 0
	}
	if *outDir != "" {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			fmt.Fprintf(stderr, "warta: %v\n", err)
			return 1
		}
	}
	status := 0
	for _, f := range files {
		text, err := readFile(f)
		if err == nil {
			var res *warta.Result
			res, err = analyze(a, f, text)
			if err == nil {
				if *outDir != "" {
					if writeFile(enc, *outDir, f, ext, res, stderr) != 0 {
						status = 1
					}
					continue
				}
				err = enc(stdout, res)
			}
		}
		if err != nil {
			fmt.Fprintln(stderr, err)
			status = 1
		}
	}
	return status
}

func analyze(a *warta.Analyzer, name, text string) (*warta.Result, error) {
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("warta: %s: empty input", name)
	}
	res, err := a.Analyze(text)
	if err != nil {
		return nil, fmt.Errorf("warta: %s: %w", name, err)
	}
	return res, nil
}

func readFile(name string) (string, error) {
	st, err := os.Stat(name)
	if err != nil {
		return "", fmt.Errorf("warta: %w", err)
	}
	if st.IsDir() {
		return "", fmt.Errorf("warta: %s: is a directory", name)
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return "", fmt.Errorf("warta: %w", err)
	}
	return string(b), nil
}

func writeFile(enc func(io.Writer, any) error, dir, name, ext string, res *warta.Result, stderr io.Writer) int {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	var buf bytes.Buffer
	if err := enc(&buf, res); err != nil {
		fmt.Fprintf(stderr, "warta: %s: %v\n", name, err)
		return 1
	}
	if err := os.WriteFile(filepath.Join(dir, base+ext), buf.Bytes(), 0o644); err != nil {
		fmt.Fprintf(stderr, "warta: %v\n", err)
		return 1
	}
	return 0
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("warta eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "list every miss")
	lang := fs.String("lang", "", "score only articles of this language (default: each language separately)")
	noTagger := fs.Bool("no-tagger", false, "turn off the statistical name tagger (to measure what it adds)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: warta eval [-v] [-lang id|en] GOLD_DIR")
		return 2
	}
	a, err := warta.New(warta.Options{Entities: entities.Options{DisableTagger: *noTagger}})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	golds, err := corpus.ReadGoldDir(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if len(golds) == 0 {
		fmt.Fprintln(stderr, errors.New("warta eval: no gold files"))
		return 1
	}
	langs := []string{"id", "en"}
	if *lang != "" {
		langs = []string{*lang}
	}
	for _, l := range langs {
		var rep corpus.Report
		for _, g := range golds {
			if g.Lang != l {
				continue
			}
			res, err := a.Analyze(g.Text)
			if err != nil {
				fmt.Fprintf(stderr, "warta eval: %s: %v\n", g.ID, err)
				continue
			}
			log := rep.Add(g, corpus.PredictionOf(res))
			if *verbose && len(log) > 0 {
				fmt.Fprintln(stdout, g.ID)
				for _, m := range log {
					fmt.Fprintln(stdout, m)
				}
			}
		}
		fmt.Fprintf(stdout, "== %s\n", l)
		rep.Print(stdout)
	}
	return 0
}
