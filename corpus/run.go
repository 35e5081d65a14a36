package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/wartalab/warta"
)

// RunOptions configure [Run]. The zero value is ready to use.
type RunOptions struct {
	// Workers is the number of articles analysed at once; 0 means
	// runtime.NumCPU().
	Workers int
	// Unordered writes each output as soon as it is ready instead of in
	// input order. Throughput is the same; it only lets one slow article
	// not hold back the ones after it.
	Unordered bool
	// Progress, when not nil, receives a one-line counter that rewrites
	// itself ("\r") a few times a second, and a final line with a newline.
	// The CLI sets it to standard error when that is a terminal.
	Progress io.Writer
}

// Stats count what [Run] did.
type Stats struct {
	// Records is the number of outputs written, errors included.
	Records int `json:"records"`
	// Errors is the number of error outputs.
	Errors int `json:"errors"`
	// Bytes is the total size of the texts read.
	Bytes int64 `json:"bytes"`
	// Elapsed is the wall time of the run.
	Elapsed time.Duration `json:"elapsed_ns"`
}

// A Sink receives the outputs of [Run], one call at a time.
type Sink interface {
	Write(Output) error
}

// SinkFunc adapts a function to a [Sink].
type SinkFunc func(Output) error

// Write calls f(o).
func (f SinkFunc) Write(o Output) error { return f(o) }

type job struct {
	index int
	rec   Record
	err   error // the cause of a *RecordError from the source
}

// Run reads every record of in, analyses the records with a pool of
// opts.Workers goroutines sharing a, and writes one [Output] per record to
// out, in input order unless opts.Unordered is set.
//
// Nothing is lost: a record that cannot be analysed (see [RecordError]:
// invalid UTF-8, empty text, a line that is not JSON, a missing text field,
// an article over the analyzer's size limit) becomes an output with Err set,
// and the run goes on. Memory stays flat however long the input: at most
// 4×Workers records are in flight.
//
// Run stops early and returns an error when ctx is cancelled, when out.Write
// fails, or when in.Next returns an error other than io.EOF or a
// *RecordError; outputs already written stay written. A Source blocked in
// Next when ctx is cancelled is left to return in the background. Run does
// not close out.
func Run(ctx context.Context, a *warta.Analyzer, in Source, out Sink, opts RunOptions) (Stats, error) {
	start := time.Now()
	var st Stats
	if a == nil || in == nil || out == nil {
		return st, errors.New("corpus: run: nil analyzer, source or sink")
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	slots := make(chan struct{}, 4*workers)
	jobs := make(chan job, workers)
	results := make(chan analyzed, workers)
	var readErr error

	go func() { // reader: one record per free slot
		defer close(jobs)
		for i := 0; ; i++ {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			rec, err := in.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			j := job{index: i, rec: rec}
			if err != nil {
				var re *RecordError
				if !errors.As(err, &re) {
					readErr = err
					return
				}
				j.err = re.Err
				if j.rec.ID == "" {
					j.rec.ID = re.ID
				}
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				var j job
				var ok bool
				select {
				case j, ok = <-jobs:
				case <-ctx.Done():
					return
				}
				if !ok {
					return
				}
				o := analyze(a, j)
				select {
				case results <- o:
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() { wg.Wait(); close(results) }()

	prog := progress{w: opts.Progress, start: start}
	write := func(o Output) error {
		if err := out.Write(o); err != nil {
			return fmt.Errorf("corpus: write %s: %w", o.ID, err)
		}
		st.Records++
		if o.Err != nil {
			st.Errors++
		}
		prog.tick(st, false)
		<-slots
		return nil
	}
	pending := map[int]Output{}
	next := 0
	var werr error
	for o := range results {
		if werr != nil {
			continue // drain so the workers can stop
		}
		st.Bytes += int64(o.bytes)
		if opts.Unordered {
			werr = write(o.Output)
		} else {
			pending[o.Index] = o.Output
			for werr == nil {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				werr = write(p)
			}
		}
		if werr != nil {
			cancel()
		}
	}
	st.Elapsed = time.Since(start)
	prog.tick(st, true)
	switch {
	case werr != nil:
		return st, werr
	case ctx.Err() != nil:
		return st, fmt.Errorf("corpus: run: %w", context.Cause(ctx))
	case readErr != nil:
		return st, fmt.Errorf("corpus: run: %w", readErr)
	}
	return st, nil
}

// analyzed is an Output with the size of its text, for Stats.
type analyzed struct {
	Output
	bytes int
}

func analyze(a *warta.Analyzer, j job) (o analyzed) {
	o.Output = Output{Index: j.index, ID: j.rec.ID, URL: j.rec.URL, Published: j.rec.Published}
	o.bytes = len(j.rec.Text)
	fail := func(err error) { o.Err = &RecordError{Index: j.index, ID: j.rec.ID, Err: err} }
	if j.err != nil {
		fail(j.err)
		return o
	}
	if strings.TrimSpace(j.rec.Text) == "" {
		fail(ErrEmptyText)
		return o
	}
	defer func() {
		// The analyzer must not panic on any text; if it ever does, the
		// record still comes back, as an error.
		if p := recover(); p != nil {
			o.Result = nil
			fail(fmt.Errorf("corpus: internal error: %v", p))
		}
	}()
	res, err := a.Analyze(j.rec.Text)
	if err != nil {
		fail(err)
		return o
	}
	o.Result = res
	return o
}

type progress struct {
	w     io.Writer
	start time.Time
	last  time.Time
}

func (p *progress) tick(st Stats, final bool) {
	if p.w == nil {
		return
	}
	now := time.Now()
	if !final && now.Sub(p.last) < 250*time.Millisecond {
		return
	}
	p.last = now
	secs := now.Sub(p.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(st.Records) / secs
	}
	fmt.Fprintf(p.w, "\rwarta: %d articles, %d errors, %.0f/s", st.Records, st.Errors, rate)
	if final {
		fmt.Fprintln(p.w)
	}
}
