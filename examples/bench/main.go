// Command bench compares warta's speed with prose's, in one process and on
// the same articles, and measures warta's start-up.
//
//	go run ./examples/bench [-dir DIR] [-min 2s] [-cli PATH]
//
// It reads the 20 articles of the bundled sample corpus (corpus/sample),
// or the *.json (dev-set format) and *.txt files of -dir, and times, one
// article at a time on one goroutine:
//
//   - warta: (*warta.Analyzer).Analyze, the whole pipeline;
//   - prose: prose.NewDocument(text) with its default options (it rebuilds
//     its tagger, NER model and segmenter on every call);
//   - prose, model reused: the same with UsingModel, for reference;
//   - prose tokenizer: NewDocument with segmentation, tagging and
//     extraction off, which leaves prose's tokenizer alone.
//
// It prints MB/s of article text for each and the ratios. Start-up is the
// time to build the default Analyzer (lexicons) and decode both tagger
// models, measured first, in this fresh process. With -cli, it also runs
// that warta binary (go build -o /tmp/warta ./cmd/warta) on the shortest
// article a number of times and prints the wall time.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/internal/benchtext"
	"github.com/wartalab/warta/ner"
)

func main() {
	var (
		dir    = flag.String("dir", "", "read articles from `DIR` (*.json in the dev-set format, *.txt) instead of the sample corpus")
		minDur = flag.Duration("min", 2*time.Second, "time each contender for at least `D` (at least one pass over all articles)")
		cli    = flag.String("cli", "", "also time this warta `BINARY` on the shortest article")
		runs   = flag.Int("runs", 20, "runs of -cli")
	)
	flag.Parse()
	if err := run(*dir, *minDur, *cli, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(dir string, minDur time.Duration, cli string, runs int) error {
	// Start-up first, while nothing is loaded.
	t0 := time.Now()
	a, err := warta.New(warta.Options{})
	if err != nil {
		return err
	}
	tNew := time.Since(t0)
	t1 := time.Now()
	if _, err := ner.Load("id"); err != nil {
		return err
	}
	tID := time.Since(t1)
	t2 := time.Now()
	if _, err := ner.Load("en"); err != nil {
		return err
	}
	tEN := time.Since(t2)
	total := time.Since(t0)

	var arts []benchtext.Article
	if dir == "" {
		arts, err = benchtext.Sample()
	} else {
		arts, err = benchtext.Dir(dir)
	}
	if err != nil {
		return err
	}
	size := benchtext.Bytes(arts)
	fmt.Printf("machine: %s/%s, %d CPUs, GOMAXPROCS %d, %s; one goroutine\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version())
	fmt.Printf("articles: %d (%d bytes, %s)\n\n", len(arts), size, source(dir))
	fmt.Printf("start-up: %.1f ms (warta.New with lexicons %.1f ms, id model %.1f ms, en model %.1f ms); target < 150 ms\n\n",
		ms(total), ms(tNew), ms(tID), ms(tEN))

	for _, x := range arts { // warm up: first use of each language's tables
		if _, err := a.Analyze(x.Text); err != nil {
			return fmt.Errorf("%s: %w", x.ID, err)
		}
	}
	doc, err := prose.NewDocument("Warm up.")
	if err != nil {
		return err
	}
	model := doc.Model

	type contender struct {
		name string
		f    func(string) error
		min  time.Duration
	}
	cs := []contender{
		{"warta Analyze (whole pipeline)", func(s string) error { _, err := a.Analyze(s); return err }, minDur},
		{"prose NewDocument (default options)", func(s string) error { _, err := prose.NewDocument(s); return err }, 0},
		{"prose NewDocument, model reused", func(s string) error { _, err := prose.NewDocument(s, prose.UsingModel(model)); return err }, minDur},
		{"prose tokenizer alone", func(s string) error {
			_, err := prose.NewDocument(s, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
			return err
		}, minDur},
	}
	speed := make([]float64, len(cs))
	fmt.Printf("%-38s %10s %10s %8s\n", "", "MB/s", "articles/s", "passes")
	for i, c := range cs {
		runtime.GC()
		passes := 0
		start := time.Now()
		for passes == 0 || time.Since(start) < c.min {
			for _, x := range arts {
				if err := c.f(x.Text); err != nil {
					return fmt.Errorf("%s: %s: %w", c.name, x.ID, err)
				}
			}
			passes++
		}
		el := time.Since(start).Seconds()
		speed[i] = float64(size) * float64(passes) / el / 1e6
		fmt.Printf("%-38s %10.3f %10.1f %8d\n", c.name, speed[i], float64(len(arts)*passes)/el, passes)
	}
	fmt.Println()
	fmt.Printf("warta / prose default pipeline:   %8.1fx  (target: far ahead)\n", speed[0]/speed[1])
	fmt.Printf("warta / prose, model reused:      %8.1fx\n", speed[0]/speed[2])
	fmt.Printf("prose tokenizer / warta:          %8.1fx  (target: within 20x)\n", speed[3]/speed[0])
	fmt.Printf("warta whole pipeline per core:    %8.2f MB/s (target >= 2 MB/s)\n", speed[0])

	if cli != "" {
		return timeCLI(cli, arts, runs)
	}
	return nil
}

// timeCLI runs bin on the shortest article runs times and prints the wall
// times.
func timeCLI(bin string, arts []benchtext.Article, runs int) error {
	short := slices.MinFunc(arts, func(x, y benchtext.Article) int { return len(x.Text) - len(y.Text) })
	f, err := os.CreateTemp("", "warta-bench-*.txt")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.WriteString(short.Text); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	var ds []time.Duration
	for range max(runs, 1) {
		cmd := exec.Command(bin, f.Name())
		start := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %w: %s", bin, err, out)
		}
		ds = append(ds, time.Since(start))
	}
	slices.Sort(ds)
	fmt.Printf("\nCLI %s on %s (%d bytes), %d runs: min %.1f ms, median %.1f ms, max %.1f ms wall; target < 250 ms\n",
		filepath.Base(bin), short.ID, len(short.Text), len(ds), ms(ds[0]), ms(ds[len(ds)/2]), ms(ds[len(ds)-1]))
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func source(dir string) string {
	if dir == "" {
		return "bundled sample corpus, " + filepath.Clean(benchtext.SampleDir())
	}
	return dir
}
