package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/corpus"
)

// batch holds the flags of a batch run (package corpus).
type batch struct {
	jsonl    bool
	workers  int
	outDir   string
	csvDir   string
	indexOut string
	graphOut string
	vectors  string
	compact  bool
}

// wanted reports whether the arguments ask for a batch run. A plain
// "warta FILE..." or "warta -o DIR FILE..." keeps the single-article
// behaviour (a directory among files is an error there); "-o OUT DIR..."
// with directories only is a batch run.
func (b *batch) wanted(files []string) bool {
	if b.jsonl || b.csvDir != "" || b.indexOut != "" || b.graphOut != "" {
		return true
	}
	if b.outDir == "" || len(files) == 0 {
		return false
	}
	for _, f := range files {
		if st, err := os.Stat(f); err != nil || !st.IsDir() {
			return false
		}
	}
	return true
}

func (b *batch) run(a *warta.Analyzer, files []string, stdin io.Reader, stdout, stderr io.Writer) int {
	src, err := b.source(files, stdin)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	sinks, closers, index, err := b.sinks(stdout)
	defer func() {
		for _, c := range closers {
			_ = c.Close()
		}
	}()
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	opts := corpus.RunOptions{Workers: b.workers}
	if isTerminal(os.Stderr) && stderr == io.Writer(os.Stderr) {
		opts.Progress = stderr
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	st, runErr := corpus.Run(ctx, a, src, corpus.SinkFunc(func(o corpus.Output) error {
		// With JSON Lines on stdout the error is in the output stream and
		// stderr only counts it.
		if o.Err != nil && !(b.jsonl && b.outDir == "" && b.csvDir == "") {
			cause := o.Err
			var re *corpus.RecordError
			if errors.As(cause, &re) {
				cause = re.Err
			}
			fmt.Fprintf(stderr, "warta: %s: %v\n", o.ID, cause)
		}
		var errs []error
		for _, s := range sinks {
			errs = append(errs, s.Write(o))
		}
		if index != nil {
			index.Add(o.ID, o.Result)
		}
		return errors.Join(errs...)
	}), opts)
	status := 0
	for _, c := range closers {
		if err := c.Close(); err != nil {
			fmt.Fprintln(stderr, err)
			status = 1
		}
	}
	closers = nil
	if runErr != nil {
		fmt.Fprintln(stderr, runErr)
		return 1
	}
	if index != nil {
		if err := b.writeIndex(index); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
	}
	if st.Errors > 0 {
		fmt.Fprintf(stderr, "warta: %d of %d records failed\n", st.Errors, st.Records)
		status = 1
	}
	return status
}

// source chains the inputs: standard input without files, then each file,
// directory or JSON Lines file in order.
func (b *batch) source(files []string, stdin io.Reader) (corpus.Source, error) {
	if len(files) == 0 {
		if b.jsonl {
			return corpus.NewJSONLReader(stdin), nil
		}
		return corpus.NewTextReader(stdin, "stdin"), nil
	}
	var srcs []corpus.Source
	for _, f := range files {
		st, err := os.Stat(f)
		switch {
		case err != nil:
			srcs = append(srcs, &failed{id: f, err: err})
		case st.IsDir():
			d, err := corpus.NewDirReader(f)
			if err != nil {
				return nil, fmt.Errorf("warta: %w", err)
			}
			srcs = append(srcs, d)
		case b.jsonl || isJSONL(f):
			fh, err := os.Open(f)
			if err != nil {
				srcs = append(srcs, &failed{id: f, err: err})
				continue
			}
			srcs = append(srcs, &closing{Source: corpus.NewJSONLReader(fh), f: fh})
		default:
			fh, err := os.Open(f)
			if err != nil {
				srcs = append(srcs, &failed{id: f, err: err})
				continue
			}
			id := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
			srcs = append(srcs, &closing{Source: corpus.NewTextReader(fh, id), f: fh})
		}
	}
	return &chain{srcs: srcs}, nil
}

func isJSONL(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".jsonl" || ext == ".ndjson"
}

// sinks builds the writers the flags ask for. It is the one place that
// maps output flags to writers (a future -format flag belongs here).
func (b *batch) sinks(stdout io.Writer) ([]corpus.Sink, []io.Closer, *corpus.Index, error) {
	var sinks []corpus.Sink
	var closers []io.Closer
	if b.outDir != "" {
		d, err := corpus.NewDirWriter(b.outDir)
		if err != nil {
			return nil, closers, nil, err
		}
		if b.compact {
			d.Indent = ""
		}
		sinks = append(sinks, d)
	}
	if b.csvDir != "" {
		c, err := corpus.NewCSVWriter(b.csvDir)
		if err != nil {
			return nil, closers, nil, err
		}
		sinks, closers = append(sinks, c), append(closers, c)
	}
	if b.jsonl || len(sinks) == 0 && b.indexOut == "" && b.graphOut == "" {
		j := corpus.NewJSONLWriter(stdout)
		sinks, closers = append(sinks, j), append(closers, j)
	}
	var index *corpus.Index
	if b.indexOut != "" || b.graphOut != "" {
		var opts corpus.IndexOptions
		if b.vectors != "" {
			v, err := corpus.LoadVectorsFile(b.vectors)
			if err != nil {
				return nil, closers, nil, err
			}
			opts.Vectors = v
		}
		index = corpus.NewIndex(opts)
	}
	return sinks, closers, index, nil
}

func (b *batch) writeIndex(x *corpus.Index) error {
	s := x.Summary()
	if b.indexOut != "" {
		data, err := marshalIndent(s)
		if err != nil {
			return err
		}
		if err := os.WriteFile(b.indexOut, data, 0o644); err != nil {
			return fmt.Errorf("warta: %w", err)
		}
	}
	if b.graphOut != "" {
		f, err := os.Create(b.graphOut)
		if err != nil {
			return fmt.Errorf("warta: %w", err)
		}
		if strings.EqualFold(filepath.Ext(b.graphOut), ".dot") {
			err = corpus.WriteDOT(f, s)
		} else {
			err = corpus.WriteGraphML(f, s)
		}
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("warta: %w", cerr)
		}
		return err
	}
	return nil
}

// chain reads its sources one after the other.
type chain struct{ srcs []corpus.Source }

func (c *chain) Next() (corpus.Record, error) {
	for len(c.srcs) > 0 {
		r, err := c.srcs[0].Next()
		if errors.Is(err, io.EOF) {
			if cl, ok := c.srcs[0].(*closing); ok {
				_ = cl.f.Close()
			}
			c.srcs = c.srcs[1:]
			continue
		}
		return r, err
	}
	return corpus.Record{}, io.EOF
}

// closing is a Source reading an open file, closed by chain at its end.
type closing struct {
	corpus.Source
	f *os.File
}

// failed is an input that could not be opened: one error record.
type failed struct {
	id   string
	err  error
	done bool
}

func (f *failed) Next() (corpus.Record, error) {
	if f.done {
		return corpus.Record{}, io.EOF
	}
	f.done = true
	return corpus.Record{ID: f.id}, &corpus.RecordError{ID: f.id, Err: f.err}
}

func marshalIndent(v any) ([]byte, error) {
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	if err := e.Encode(v); err != nil {
		return nil, fmt.Errorf("warta: %w", err)
	}
	return buf.Bytes(), nil
}
