// Command gencorpus writes synthetic articles as JSON Lines to standard
// output, for throughput runs of wartabeam and of the single-machine batch
// run on the same file:
//
//	go run ./internal/cmd/gencorpus -n 20000 > /tmp/corpus.jsonl
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/wartalab/warta/beam/wartabeam/wartabeamtest"
)

func main() {
	n := flag.Int("n", 20000, "number of articles")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	if err := wartabeamtest.WriteJSONL(w, *n); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}
