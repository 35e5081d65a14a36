package wartabeam

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/corpus"
)

func init() {
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn5x1[context.Context, int, func(*string) bool, func(Analysis), func(Failure), error](&analyzeFn{})
	register.Emitter1[Analysis]()
	register.Emitter1[Failure]()
	register.Iter1[string]()
}

// DefaultShards is the default [Options.Shards].
const DefaultShards = 256

// Options configure [Analyze]. The zero value is ready to use.
type Options struct {
	// Warta configures the analyzer each worker builds.
	Warta warta.Options `json:"warta"`
	// Shards is the number of groups the lines are spread over before
	// analysis: the most workers that can analyse at once. 0 means
	// DefaultShards.
	Shards int `json:"shards"`
	// Workers is the number of articles one DoFn instance analyses at once
	// (goroutines sharing its analyzer); 0 means the number of CPUs of the
	// worker machine.
	Workers int `json:"workers"`
}

// Analyze analyses every JSON Lines record of lines (a PCollection<string>,
// one line per element, as textio.Read gives them). It returns a
// PCollection<[Analysis]> and a PCollection<[Failure]>: every line that is
// not blank yields exactly one element on one of the two, so nothing is
// dropped.
//
// The lines are spread over opts.Shards groups by a hash of their text
// (one shuffle of the input), and each group is analysed by
// [corpus.Run] with opts.Workers goroutines, so a record is decoded,
// checked and analysed exactly as the single-machine batch run does it,
// with one difference: a Beam input has no line numbers, so a record
// without an id gets "sha256-" and the first 16 hex digits of the line's
// hash instead of "line-N". Output order is not input order.
//
// The [warta.Analyzer] is built once per DoFn instance, in Setup, and
// shared by every element the instance processes.
func Analyze(s beam.Scope, opts Options, lines beam.PCollection) (analyses, failures beam.PCollection) {
	s = s.Scope("wartabeam.Analyze")
	shards := opts.Shards
	if shards <= 0 {
		shards = DefaultShards
	}
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	return beam.ParDo2(s, &analyzeFn{Options: opts}, beam.GroupByKey(s, keyed))
}

// shardFn keys a line by a hash of its text, so that shards get equal work
// whatever the input order.
type shardFn struct {
	Shards int `json:"shards"`
}

// ProcessElement keys one line.
func (f *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(f.Shards)), line
}

// analyzeFn is the DoFn of Analyze. Options is exported so that Beam
// serializes it to the workers.
type analyzeFn struct {
	Options Options `json:"options"`

	a *warta.Analyzer
}

// Setup builds the analyzer, once per DoFn instance.
func (f *analyzeFn) Setup() error {
	a, err := warta.New(f.Options.Warta)
	if err != nil {
		return fmt.Errorf("wartabeam: new analyzer: %w", err)
	}
	f.a = a
	return nil
}

// ProcessElement analyses one group of lines with corpus.Run. It returns an
// error only when the pipeline cannot go on (a cancelled context); every
// problem with a record becomes a Failure.
func (f *analyzeFn) ProcessElement(ctx context.Context, _ int, lines func(*string) bool, ok func(Analysis), bad func(Failure)) error {
	sink := corpus.SinkFunc(func(o corpus.Output) error {
		emit(o, ok, bad)
		return nil
	})
	if _, err := corpus.Run(ctx, f.a, &groupSource{next: lines}, sink, corpus.RunOptions{Workers: f.Options.Workers, Unordered: true}); err != nil {
		return fmt.Errorf("wartabeam: analyze: %w", err)
	}
	return nil
}

// emit sends o to ok or bad.
func emit(o corpus.Output, ok func(Analysis), bad func(Failure)) {
	if o.Err == nil && o.Result != nil {
		js, err := o.MarshalJSON()
		if err == nil {
			ok(Analysis{ID: o.ID, URL: o.URL, Published: o.Published, Result: o.Result}.withLine(string(js)))
			return
		}
		o.Err = err
	}
	bad(Failure{ID: o.ID, URL: o.URL, Published: o.Published, Error: causeText(o.Err)})
}

// groupSource is a corpus.Source of the records in a group of lines;
// blank lines are skipped, as corpus.JSONLReader skips them.
type groupSource struct {
	next func(*string) bool
}

// Next implements corpus.Source.
func (g *groupSource) Next() (corpus.Record, error) {
	var line string
	for g.next(&line) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		return (&lineSource{line: line}).Next()
	}
	return corpus.Record{}, io.EOF
}

// lineSource is a corpus.Source of the one record in line, decoded by
// corpus.JSONLReader, with a content-derived id for a record that has none.
//
// TODO(corpus): once corpus exports its line decoding with the fallback id
// as an argument (see the report of issue #9), call it instead of a
// one-line JSONLReader and the "line-1" rewrite.
type lineSource struct {
	line string
	done bool
}

// Next implements corpus.Source.
func (l *lineSource) Next() (corpus.Record, error) {
	if l.done {
		return corpus.Record{}, io.EOF
	}
	l.done = true
	rec, err := corpus.NewJSONLReader(strings.NewReader(l.line)).Next()
	// corpus falls back to "line-N" when it cannot read the record or it
	// has no id; a real id "line-1" is kept.
	unread := errors.Is(err, corpus.ErrNotJSON) || errors.Is(err, corpus.ErrLineTooLong)
	if rec.ID == "line-1" && (unread || !hasID(l.line)) {
		rec.ID = lineID(l.line)
		var re *corpus.RecordError
		if errors.As(err, &re) {
			re.ID = rec.ID
		}
	}
	return rec, err
}

// hasID reports whether line is a JSON object with a non-empty "id", the
// rule corpus.JSONLReader uses before it falls back to "line-N".
func hasID(line string) bool {
	var v struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal([]byte(line), &v) != nil {
		return false
	}
	id := strings.TrimSpace(string(v.ID))
	return id != "" && id != "null" && id != `""`
}

// lineID is the id of a record without one: "sha256-" and 16 hex digits of
// the hash of its line, stable across runs and runners.
func lineID(line string) string {
	h := sha256.Sum256([]byte(strings.TrimSpace(line)))
	return "sha256-" + hex.EncodeToString(h[:8])
}

// causeText is the message of a record's error without the RecordError
// wrapper (index and id), as corpus writes it.
func causeText(err error) string {
	if err == nil {
		return "no result"
	}
	var re *corpus.RecordError
	if errors.As(err, &re) && re.Err != nil {
		return re.Err.Error()
	}
	return err.Error()
}
