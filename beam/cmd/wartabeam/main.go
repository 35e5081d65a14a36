// Command wartabeam analyses a corpus of news articles on Apache Beam: it
// reads JSON Lines records ({"id", "text", "url"?, "published"?, "lang"?})
// from files or globs, and writes one JSON line per record plus the
// cross-article aggregates.
//
// Usage:
//
//	wartabeam --input 'news/*.jsonl' --output out [beam flags]
//
// It writes, under --output (a local directory or a gs:// prefix):
//
//	analyses.jsonl       one line per analysed record, as `warta -jsonl` writes it
//	                     (analyses-SSSSS-of-NNNNN.jsonl with --output_shards N)
//	errors.jsonl         one {"id", "error"} line per record that could not be analysed
//	entities.jsonl       people, organizations, countries merged across articles
//	speakers.jsonl       quotes and articles per speaker
//	country_pairs.jsonl  countries named in the same article
//
// Every non-blank input line is in analyses.jsonl or errors.jsonl. The
// runner is chosen with --runner: prism (the default, in-process, no setup),
// dataflow, flink, spark; see beam/README.md for their flags.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/beam/wartabeam"
)

var (
	input          = flag.String("input", "", "JSON Lines `files or globs` to read, comma-separated (local, gs://)")
	output         = flag.String("output", "", "`prefix` (directory) of the output files (local, gs://)")
	maxBytes       = flag.Int("max_bytes", 0, "largest article in bytes; 0 means warta's default, -1 no limit")
	skipAggregates = flag.Bool("skip_aggregates", false, "write only analyses.jsonl and errors.jsonl")
	shards         = flag.Int("shards", wartabeam.DefaultShards, "groups the input is spread over: the most workers that analyse at once")
	workers        = flag.Int("workers", 0, "articles one worker analyses at once; 0 means its number of CPUs")
	outputShards   = flag.Int("output_shards", 0, "write analyses to `N` files analyses-SSSSS-of-NNNNN.jsonl, by N workers at once; 0 means one analyses.jsonl")
)

func main() {
	flag.Parse()
	beam.Init()
	ctx := context.Background()
	opts := wartabeam.Options{Warta: warta.Options{MaxBytes: *maxBytes}, Shards: *shards, Workers: *workers}
	p, err := build(*input, *output, opts, *outputShards, !*skipAggregates)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		flag.Usage()
		os.Exit(2)
	}
	if err := beamx.Run(ctx, p); err != nil {
		log.Exitf(ctx, "wartabeam: run: %v", err)
	}
}

// build makes the pipeline: read every glob of inputs, analyse, write
// analyses (in outShards files when it is positive) and errors, and, when
// aggregates is set, the aggregates.
func build(inputs, out string, opts wartabeam.Options, outShards int, aggregates bool) (*beam.Pipeline, error) {
	if inputs == "" || out == "" {
		return nil, fmt.Errorf("wartabeam: --input and --output are required")
	}
	if _, err := warta.New(opts.Warta); err != nil {
		return nil, fmt.Errorf("wartabeam: %w", err)
	}
	if !strings.Contains(out, "://") {
		// Beam's local file system does not create directories.
		if err := os.MkdirAll(out, 0o755); err != nil {
			return nil, fmt.Errorf("wartabeam: %w", err)
		}
	}
	p, s := beam.NewPipelineWithRoot()
	var cols []beam.PCollection
	for _, glob := range strings.Split(inputs, ",") {
		if glob = strings.TrimSpace(glob); glob != "" {
			cols = append(cols, textio.Read(s, glob))
		}
	}
	lines := beam.Flatten(s, cols...)
	ok, bad := wartabeam.Analyze(s, opts, lines)
	path := func(name string) string { return strings.TrimSuffix(out, "/") + "/" + name }
	if outShards > 0 {
		wartabeam.WriteSharded(s, path("analyses"), outShards, wartabeam.Format(s, ok))
	} else {
		wartabeam.WriteLines(s, path("analyses.jsonl"), wartabeam.Format(s, ok))
	}
	wartabeam.WriteLines(s, path("errors.jsonl"), wartabeam.Format(s, bad))
	if aggregates {
		agg := wartabeam.Aggregate(s, ok)
		wartabeam.WriteSorted(s, path("entities.jsonl"), agg.Entities)
		wartabeam.WriteSorted(s, path("speakers.jsonl"), agg.Speakers)
		wartabeam.WriteSorted(s, path("country_pairs.jsonl"), agg.CountryPairs)
	}
	return p, nil
}
