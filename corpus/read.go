package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wartalab/warta"
)

// A Source yields input records one at a time. Next returns io.EOF after
// the last record. A *[RecordError] means that one record could not be read
// (a line that is not JSON, an unreadable file): [Run] turns it into an
// error output and goes on. Any other error ends the run.
//
// A Source is used by one goroutine at a time.
type Source interface {
	Next() (Record, error)
}

// DefaultMaxLineBytes is the default [JSONLReader.MaxLineBytes].
const DefaultMaxLineBytes = 64 << 20

// A JSONLReader reads JSON Lines: one object per line with the fields of
// [Record] ({"id": ..., "text": ..., "url"?, "published"?, "lang"?}). An id
// may be a string or a number; a line without one gets "line-N" (N counted
// from 1). Lines that are empty or only white space are skipped; every other
// line yields one record or one *RecordError. Memory is one line at a time.
type JSONLReader struct {
	// MaxLineBytes limits the length of one line; a longer line is skipped
	// and reported as ErrLineTooLong. 0 means DefaultMaxLineBytes.
	MaxLineBytes int

	r     *bufio.Reader
	line  int // lines read so far
	index int // records returned so far
	buf   []byte
}

// NewJSONLReader returns a reader of the JSON Lines in r.
func NewJSONLReader(r io.Reader) *JSONLReader {
	return &JSONLReader{r: bufio.NewReaderSize(r, 1<<16)}
}

type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
	Lang      string          `json:"lang"`
}

// Next implements Source.
func (j *JSONLReader) Next() (Record, error) {
	for {
		line, tooLong, err := j.readLine()
		atEOF := errors.Is(err, io.EOF)
		if err != nil && !atEOF {
			return Record{}, fmt.Errorf("corpus: read line %d: %w", j.line+1, err)
		}
		if atEOF && len(line) == 0 && !tooLong {
			return Record{}, io.EOF
		}
		j.line++
		if !tooLong && len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		idx := j.index
		j.index++
		def := "line-" + strconv.Itoa(j.line)
		if tooLong {
			return Record{ID: def}, &RecordError{Index: idx, ID: def, Err: fmt.Errorf("%w: over %d bytes", ErrLineTooLong, j.max())}
		}
		return j.decode(line, idx, def)
	}
}

func (j *JSONLReader) decode(line []byte, idx int, def string) (Record, error) {
	var jr jsonRecord
	if err := json.Unmarshal(line, &jr); err != nil {
		return Record{ID: def}, &RecordError{Index: idx, ID: def, Err: fmt.Errorf("%w: %v", ErrNotJSON, err)}
	}
	rec := Record{ID: idString(jr.ID, def), URL: jr.URL, Published: jr.Published, Lang: jr.Lang}
	switch {
	case !utf8.Valid(line):
		// encoding/json would quietly replace the bad bytes with U+FFFD.
		return rec, &RecordError{Index: idx, ID: rec.ID, Err: warta.ErrInvalidUTF8}
	case jr.Text == nil:
		return rec, &RecordError{Index: idx, ID: rec.ID, Err: ErrMissingText}
	}
	rec.Text = *jr.Text
	return rec, nil
}

func idString(raw json.RawMessage, def string) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return def
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		if s == "" {
			return def
		}
		return s
	}
	return string(raw) // a number or another literal, as written
}

func (j *JSONLReader) max() int {
	if j.MaxLineBytes > 0 {
		return j.MaxLineBytes
	}
	return DefaultMaxLineBytes
}

// readLine returns the next line without its newline. A line longer than
// max is consumed to its end and reported with tooLong, without being kept.
func (j *JSONLReader) readLine() (line []byte, tooLong bool, err error) {
	j.buf = j.buf[:0]
	for {
		chunk, err := j.r.ReadSlice('\n')
		if !tooLong {
			if len(j.buf)+len(chunk) > j.max()+1 {
				tooLong = true
				j.buf = j.buf[:0]
			} else {
				j.buf = append(j.buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimSuffix(j.buf, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if tooLong {
			line = nil
		}
		if cap(j.buf) > 1<<20 {
			// Do not keep a huge buffer alive for the rest of the run.
			line = bytes.Clone(line)
			j.buf = nil
		}
		return line, tooLong, err
	}
}

// A DirReader reads every text file under a directory, recursively, in
// lexical order of paths. The record ID is the path relative to the
// directory, with forward slashes and without the extension
// ("2024/09/kompas-01"). Files and directories whose name starts with a dot
// are skipped. Memory is one directory listing per level, not one entry per
// article.
type DirReader struct {
	// Exts lists the file name extensions to read; nil means ".txt".
	Exts []string

	root  string
	stack []dirFrame
	index int
	err   error
}

type dirFrame struct {
	rel     string
	entries []os.DirEntry
}

// NewDirReader returns a reader of the text files under dir. It fails when
// dir cannot be listed.
func NewDirReader(dir string) (*DirReader, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	return &DirReader{root: dir, stack: []dirFrame{{entries: entries}}}, nil
}

// Next implements Source.
func (d *DirReader) Next() (Record, error) {
	for len(d.stack) > 0 {
		top := &d.stack[len(d.stack)-1]
		if len(top.entries) == 0 {
			d.stack = d.stack[:len(d.stack)-1]
			continue
		}
		e := top.entries[0]
		top.entries = top.entries[1:]
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		rel := path.Join(top.rel, name)
		full := filepath.Join(d.root, filepath.FromSlash(rel))
		if e.IsDir() {
			entries, err := os.ReadDir(full)
			if err != nil {
				idx := d.index
				d.index++
				return Record{ID: rel}, &RecordError{Index: idx, ID: rel, Err: fmt.Errorf("corpus: %w", err)}
			}
			d.stack = append(d.stack, dirFrame{rel: rel, entries: entries})
			continue
		}
		if !d.wants(name) {
			continue
		}
		id := strings.TrimSuffix(rel, path.Ext(rel))
		idx := d.index
		d.index++
		b, err := os.ReadFile(full)
		if err != nil {
			return Record{ID: id}, &RecordError{Index: idx, ID: id, Err: fmt.Errorf("corpus: %w", err)}
		}
		return Record{ID: id, Text: string(b)}, nil
	}
	return Record{}, io.EOF
}

func (d *DirReader) wants(name string) bool {
	exts := d.Exts
	if exts == nil {
		exts = []string{".txt"}
	}
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range exts {
		if strings.EqualFold(e, ext) {
			return true
		}
	}
	return false
}

// NewTextReader returns a Source of exactly one record: all of r as the
// text of an article named id (standard input, one file).
func NewTextReader(r io.Reader, id string) Source {
	return &textReader{r: r, id: id}
}

type textReader struct {
	r    io.Reader
	id   string
	done bool
}

func (t *textReader) Next() (Record, error) {
	if t.done {
		return Record{}, io.EOF
	}
	t.done = true
	b, err := io.ReadAll(t.r)
	if err != nil {
		return Record{}, fmt.Errorf("corpus: read %s: %w", t.id, err)
	}
	return Record{ID: t.id, Text: string(b)}, nil
}

// NewRecordReader returns a Source of the given records, in order.
func NewRecordReader(recs []Record) Source { return &sliceReader{recs: recs} }

type sliceReader struct{ recs []Record }

func (s *sliceReader) Next() (Record, error) {
	if len(s.recs) == 0 {
		return Record{}, io.EOF
	}
	r := s.recs[0]
	s.recs = s.recs[1:]
	return r, nil
}
