package wartabeam

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // WriteSorted to local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.Function1x2[Analysis, string, error](analysisLine)
	register.Function1x2[Failure, string, error](failureLine)
	register.Function1x2[Entity, string, error](entityLine)
	register.Function1x2[Speaker, string, error](speakerLine)
	register.Function1x2[CountryPair, string, error](countryPairLine)
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&writeFn{})
	register.Iter1[string]()
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
}

// Format turns a PCollection of [Analysis], [Failure], [Entity], [Speaker]
// or [CountryPair] into a PCollection<string> of JSON lines (without the
// newline). Analyses and failures are the lines [corpus.JSONLWriter]
// writes. It panics when col holds another type, a mistake in the
// pipeline's construction.
func Format(s beam.Scope, col beam.PCollection) beam.PCollection {
	s = s.Scope("wartabeam.Format")
	var fn any
	switch t := col.Type().Type(); t {
	case reflect.TypeFor[Analysis]():
		fn = analysisLine
	case reflect.TypeFor[Failure]():
		fn = failureLine
	case reflect.TypeFor[Entity]():
		fn = entityLine
	case reflect.TypeFor[Speaker]():
		fn = speakerLine
	case reflect.TypeFor[CountryPair]():
		fn = countryPairLine
	default:
		panic(fmt.Sprintf("wartabeam: Format: unsupported element type %v", t))
	}
	return beam.ParDo(s, fn, col)
}

func analysisLine(a Analysis) (string, error) { return line(a) }
func failureLine(f Failure) (string, error)   { return line(f) }
func entityLine(e Entity) (string, error)     { return line(e) }
func speakerLine(sp Speaker) (string, error)  { return line(sp) }
func countryPairLine(p CountryPair) (string, error) {
	return line(p)
}

func line(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("wartabeam: encode %T: %w", v, err)
	}
	return string(b), nil
}

// WriteSorted writes the [Entity], [Speaker] or [CountryPair] elements of
// col to one JSON Lines file, filename, in corpus's order: entities by
// articles, then mentions, most first, then by key; speakers by quotes,
// then articles, most first, then by name; country pairs by articles, most
// first, then by codes. The file is written, empty, when col is empty. All
// elements meet on one worker, which suits aggregates (their size grows
// with the number of distinct names). filename may be local or of any
// scheme registered with Beam's filesystem package (gs:// in wartabeam's
// command).
func WriteSorted(s beam.Scope, filename string, col beam.PCollection) {
	s = s.Scope("wartabeam.WriteSorted")
	kind := ""
	switch t := col.Type().Type(); t {
	case reflect.TypeFor[Entity]():
		kind = "entity"
	case reflect.TypeFor[Speaker]():
		kind = "speaker"
	case reflect.TypeFor[CountryPair]():
		kind = "pair"
	default:
		panic(fmt.Sprintf("wartabeam: WriteSorted: unsupported element type %v", t))
	}
	writeLines(s, filename, kind, Format(s, col))
}

// WriteLines writes the strings of col to one file, filename, one per line,
// in no particular order, like textio.Write, except that the file is
// written, empty, when col is empty: a run without errors still leaves an
// empty errors.jsonl behind. All lines pass through one worker.
func WriteLines(s beam.Scope, filename string, col beam.PCollection) {
	s = s.Scope("wartabeam.WriteLines")
	writeLines(s, filename, "", col)
}

// writeLines runs writeFn once, from an impulse, with the lines as a side
// input, so that it runs even when there are none. kind "" keeps the order.
func writeLines(s beam.Scope, filename, kind string, lines beam.PCollection) {
	filesystem.ValidateScheme(filename)
	beam.ParDo0(s, &writeFn{Filename: filename, Kind: kind}, beam.Impulse(s), beam.SideInput{Input: lines})
}

// writeFn writes all lines of one output file.
type writeFn struct {
	Filename string `json:"filename"`
	Kind     string `json:"kind"`
}

// ProcessElement writes the file. Unsorted lines stream from the side
// input to the file; sorted ones are held in memory to sort them.
func (w *writeFn) ProcessElement(ctx context.Context, _ []byte, lines func(*string) bool) error {
	next := lines
	if w.Kind != "" {
		var all []string
		var l string
		for lines(&l) {
			all = append(all, l)
		}
		if err := sortLines(w.Kind, all); err != nil {
			return err
		}
		next = func(l *string) bool {
			if len(all) == 0 {
				return false
			}
			*l, all = all[0], all[1:]
			return true
		}
	}
	return writeFile(ctx, w.Filename, next)
}

// writeFile writes the lines of next to filename, one per line.
func writeFile(ctx context.Context, filename string, next func(*string) bool) error {
	fs, err := filesystem.New(ctx, filename)
	if err != nil {
		return fmt.Errorf("wartabeam: write %s: %w", filename, err)
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, filename)
	if err != nil {
		return fmt.Errorf("wartabeam: write %s: %w", filename, err)
	}
	bw := bufio.NewWriterSize(fd, 1<<20)
	var l string
	for next(&l) {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		fd.Close()
		return fmt.Errorf("wartabeam: write %s: %w", filename, err)
	}
	if err := fd.Close(); err != nil {
		return fmt.Errorf("wartabeam: write %s: %w", filename, err)
	}
	return nil
}

// WriteSharded writes the strings of col, one per line, to n files named
// prefix-SSSSS-of-NNNNN.jsonl (S counted from 0), each line in the shard
// given by a hash of it, so that n workers write at once. Use it instead
// of [WriteLines] for analyses of corpora too large for one worker to write.
// A shard that receives no line is not written.
func WriteSharded(s beam.Scope, prefix string, n int, col beam.PCollection) {
	s = s.Scope("wartabeam.WriteSharded")
	filesystem.ValidateScheme(prefix)
	if n <= 0 {
		n = 1
	}
	keyed := beam.ParDo(s, &shardFn{Shards: n}, col)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: n}, beam.GroupByKey(s, keyed))
}

// writeShardFn writes one shard of WriteSharded.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

// ProcessElement writes the lines of one shard.
func (w *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	return writeFile(ctx, ShardName(w.Prefix, shard, w.Shards), lines)
}

// ShardName is the name of shard i of n written by [WriteSharded]:
// prefix-0000i-of-0000n.jsonl.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// sortLines sorts the JSON lines of one aggregate kind in corpus's order.
func sortLines(kind string, lines []string) error {
	type row struct {
		line string
		e    Entity
		sp   Speaker
		p    CountryPair
	}
	rows := make([]row, len(lines))
	for i, l := range lines {
		rows[i].line = l
		var err error
		switch kind {
		case "entity":
			err = json.Unmarshal([]byte(l), &rows[i].e)
		case "speaker":
			err = json.Unmarshal([]byte(l), &rows[i].sp)
		default:
			err = json.Unmarshal([]byte(l), &rows[i].p)
		}
		if err != nil {
			return fmt.Errorf("wartabeam: sort %s lines: %w", kind, err)
		}
	}
	slices.SortFunc(rows, func(a, b row) int {
		switch kind {
		case "entity":
			return cmp.Or(cmp.Compare(b.e.Articles, a.e.Articles), cmp.Compare(b.e.Mentions, a.e.Mentions), strings.Compare(a.e.Key, b.e.Key))
		case "speaker":
			return cmp.Or(cmp.Compare(b.sp.Quotes, a.sp.Quotes), cmp.Compare(b.sp.Articles, a.sp.Articles),
				strings.Compare(a.sp.Name, b.sp.Name), strings.Compare(a.sp.Entity, b.sp.Entity))
		}
		return cmp.Or(cmp.Compare(b.p.Articles, a.p.Articles), strings.Compare(a.p.A, b.p.A), strings.Compare(a.p.B, b.p.B))
	})
	for i, r := range rows {
		lines[i] = r.line
	}
	return nil
}
