// Command warta analyses news articles and prints what it found as JSON.
//
// Usage:
//
//	warta                     analyse the embedded sample article (or stdin when it is piped)
//	warta FILE                print one JSON object for FILE
//	warta < FILE              the same, reading standard input
//	warta -o DIR FILE...      write DIR/<name>.json for each FILE
//	warta eval [-v] DIR       score against gold files in the ../shared/dev format
//
// Bad input (invalid UTF-8, an empty or unreadable file, a directory) is
// reported on stderr and makes the exit status non-zero; with several files
// the others are still processed.
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
	enc := func(w io.Writer, v any) error {
		e := json.NewEncoder(w)
		e.SetEscapeHTML(false)
		if !*compact {
			e.SetIndent("", "  ")
		}
		return e.Encode(v)
	}
	files := fs.Args()
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
			return writeFile(enc, *outDir, "stdin", res, stderr)
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
					if writeFile(enc, *outDir, f, res, stderr) != 0 {
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

func writeFile(enc func(io.Writer, any) error, dir, name string, res *warta.Result, stderr io.Writer) int {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	var buf bytes.Buffer
	if err := enc(&buf, res); err != nil {
		fmt.Fprintf(stderr, "warta: %s: %v\n", name, err)
		return 1
	}
	if err := os.WriteFile(filepath.Join(dir, base+".json"), buf.Bytes(), 0o644); err != nil {
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
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: warta eval [-v] [-lang id|en] GOLD_DIR")
		return 2
	}
	a, err := warta.New(warta.Options{})
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
