package corpus

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A JSONLWriter writes one JSON object per line (see [Output] for the
// shape). Call Close (or Flush) when done; it does not close the
// underlying writer.
type JSONLWriter struct {
	w *bufio.Writer
}

// NewJSONLWriter returns a JSON Lines writer on w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	return &JSONLWriter{w: bufio.NewWriterSize(w, 1<<16)}
}

// Write implements Sink.
func (j *JSONLWriter) Write(o Output) error {
	b, err := o.MarshalJSON()
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if _, err := j.w.Write(b); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	return nil
}

// Flush writes buffered lines to the underlying writer.
func (j *JSONLWriter) Flush() error {
	if err := j.w.Flush(); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	return nil
}

// Close flushes the writer.
func (j *JSONLWriter) Close() error { return j.Flush() }

// A DirWriter writes one indented JSON file per article, DIR/<id>.json. An
// id with slashes (as [DirReader] makes them) gives subdirectories; path
// elements that are empty, "." or ".." and characters that file systems
// refuse are replaced by "_". When two records share an id, the later one
// gets "<id>~2.json" and so on (the writer remembers every name it wrote).
type DirWriter struct {
	// Indent is the JSON indentation; "" writes compact JSON.
	Indent string

	dir  string
	seen map[string]int
}

// NewDirWriter creates dir if needed and returns a writer into it.
func NewDirWriter(dir string) (*DirWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	return &DirWriter{Indent: "  ", dir: dir, seen: map[string]int{}}, nil
}

// Write implements Sink.
func (d *DirWriter) Write(o Output) error {
	name := FileName(o.ID)
	if n := d.seen[name]; n > 0 {
		d.seen[name] = n + 1
		name += "~" + strconv.Itoa(n+1)
	} else {
		d.seen[name] = 1
	}
	full := filepath.Join(d.dir, filepath.FromSlash(name)+".json")
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	b, err := marshalIndent(o, d.Indent)
	if err != nil {
		return err
	}
	if err := os.WriteFile(full, b, 0o644); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	return nil
}

// Close implements io.Closer; a DirWriter holds no open files.
func (d *DirWriter) Close() error { return nil }

// FileName turns a record id into a relative, slash-separated file name
// (without extension) that stays inside its directory on every system.
func FileName(id string) string {
	parts := strings.Split(strings.ReplaceAll(id, "\\", "/"), "/")
	for i, p := range parts {
		p = strings.Map(func(r rune) rune {
			if r < 0x20 || strings.ContainsRune(`:*?"<>|`, r) {
				return '_'
			}
			return r
		}, p)
		if p == "" || p == "." || p == ".." {
			p = "_"
		}
		parts[i] = p
	}
	return strings.Join(parts, "/")
}

func marshalIndent(o Output, indent string) ([]byte, error) {
	b, err := o.MarshalJSON()
	if err != nil {
		return nil, err
	}
	if indent == "" {
		return append(b, '\n'), nil
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, b, "", indent); err != nil {
		return nil, fmt.Errorf("corpus: encode: %w", err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// CSV table names written by [CSVWriter], in order.
var csvTables = []struct {
	name   string
	header []string
}{
	{"articles", []string{"article_id", "url", "published", "language", "people", "organizations", "countries", "quotes", "claims", "error"}},
	{"people", []string{"article_id", "name", "aliases", "titles", "mentions", "start", "end"}},
	{"organizations", []string{"article_id", "name", "acronym", "aliases", "type", "mentions", "start", "end"}},
	{"countries", []string{"article_id", "code", "name", "mentions", "start", "end"}},
	{"quotes", []string{"article_id", "speaker", "text", "start", "end"}},
	{"claims", []string{"article_id", "source", "cue", "content"}},
}

// A CSVWriter writes six CSV tables into a directory: articles.csv (one row
// per record, errors included, with the counts of each list), and
// people.csv, organizations.csv, countries.csv, quotes.csv and claims.csv
// with one row per item and the article id in the first column. Aliases and
// titles are joined with " | "; start and end are the byte span of the
// first mention. Call Close to flush and close the files.
type CSVWriter struct {
	files []*os.File
	w     []*csv.Writer
}

// NewCSVWriter creates dir if needed and the six tables in it, with their
// header rows.
func NewCSVWriter(dir string) (*CSVWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	c := &CSVWriter{}
	for _, t := range csvTables {
		f, err := os.Create(filepath.Join(dir, t.name+".csv"))
		if err != nil {
			_ = c.Close()
			return nil, fmt.Errorf("corpus: %w", err)
		}
		w := csv.NewWriter(f) // buffered
		c.files = append(c.files, f)
		c.w = append(c.w, w)
		if err := w.Write(t.header); err != nil {
			_ = c.Close()
			return nil, fmt.Errorf("corpus: %w", err)
		}
	}
	return c, nil
}

// Write implements Sink.
func (c *CSVWriter) Write(o Output) error {
	itoa := strconv.Itoa
	join := func(s []string) string { return strings.Join(s, " | ") }
	row := func(t int, rec ...string) error {
		if err := c.w[t].Write(rec); err != nil {
			return fmt.Errorf("corpus: write %s.csv: %w", csvTables[t].name, err)
		}
		return nil
	}
	r := o.Result
	if o.Err != nil || r == nil {
		return row(0, o.ID, o.URL, o.Published, "", "", "", "", "", "", errorText(o.Err))
	}
	if err := row(0, o.ID, o.URL, o.Published, r.Language, itoa(len(r.People)), itoa(len(r.Organizations)),
		itoa(len(r.Countries)), itoa(len(r.Quotes)), itoa(len(r.Claims)), ""); err != nil {
		return err
	}
	var errs []error
	for _, p := range r.People {
		s, e := "", ""
		if len(p.Mentions) > 0 {
			s, e = itoa(p.Mentions[0].Start), itoa(p.Mentions[0].End)
		}
		errs = append(errs, row(1, o.ID, p.Name, join(p.Aliases), join(p.Titles), itoa(len(p.Mentions)), s, e))
	}
	for _, g := range r.Organizations {
		s, e := "", ""
		if len(g.Mentions) > 0 {
			s, e = itoa(g.Mentions[0].Start), itoa(g.Mentions[0].End)
		}
		errs = append(errs, row(2, o.ID, g.Name, g.Acronym, join(g.Aliases), g.Type, itoa(len(g.Mentions)), s, e))
	}
	for _, k := range r.Countries {
		s, e := "", ""
		if len(k.Mentions) > 0 {
			s, e = itoa(k.Mentions[0].Start), itoa(k.Mentions[0].End)
		}
		errs = append(errs, row(3, o.ID, k.Code, k.Name, itoa(len(k.Mentions)), s, e))
	}
	for _, q := range r.Quotes {
		sp := ""
		if q.Speaker != nil {
			sp = *q.Speaker
		}
		errs = append(errs, row(4, o.ID, sp, q.Text, itoa(q.Start), itoa(q.End)))
	}
	for _, cl := range r.Claims {
		errs = append(errs, row(5, o.ID, cl.Source, cl.Cue, cl.Content))
	}
	return errors.Join(errs...)
}

// Close flushes and closes every table and returns the first error.
func (c *CSVWriter) Close() error {
	var errs []error
	for _, w := range c.w {
		w.Flush()
		errs = append(errs, w.Error())
	}
	for _, f := range c.files {
		errs = append(errs, f.Close())
	}
	c.w, c.files = nil, nil
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("corpus: close csv: %w", err)
	}
	return nil
}
