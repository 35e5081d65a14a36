package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/wartalab/warta"
)

// Errors that turn one input record into an error record. Run never stops
// for them; see [RecordError].
var (
	// ErrEmptyText is reported for a record whose text is empty or only
	// white space.
	ErrEmptyText = errors.New("corpus: empty text")
	// ErrMissingText is reported for a JSON line without a "text" field (or
	// with a text that is not a string).
	ErrMissingText = errors.New("corpus: missing text field")
	// ErrNotJSON is reported for a line that is not a JSON object.
	ErrNotJSON = errors.New("corpus: line is not a JSON object")
	// ErrLineTooLong is reported for a JSON line longer than the reader's
	// MaxLineBytes; the line is skipped without being held in memory.
	ErrLineTooLong = errors.New("corpus: line too long")
)

// A Record is one input article. Only Text is analysed; URL, Published and
// Lang are carried to the output unchanged (the analyzer detects the
// language itself and takes Lang as information only).
type Record struct {
	// ID names the article in every output. Readers fill it in when the
	// input has none (the line number of a JSON line, the path of a file).
	ID        string `json:"id"`
	Text      string `json:"text"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
}

// A RecordError is the error of one input record: Index is its position in
// the input, counted from 0, and ID its id ("" when unknown). It unwraps to
// the cause, so errors.Is(err, warta.ErrInvalidUTF8) works.
type RecordError struct {
	Index int
	ID    string
	Err   error
}

// Error implements error.
func (e *RecordError) Error() string {
	return fmt.Sprintf("corpus: record %d (%s): %v", e.Index, e.ID, e.Err)
}

// Unwrap returns the cause.
func (e *RecordError) Unwrap() error { return e.Err }

// An Output is the outcome of one record: either Result or Err is set.
//
// As JSON it is the result's fields plus "id" (and "url", "published" when
// the input had them), or {"id": ..., "error": "..."} for a failed record.
type Output struct {
	// Index is the record's position in the input, counted from 0.
	Index     int
	ID        string
	URL       string
	Published string
	Result    *warta.Result
	Err       error
}

type outputHead struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Error     string `json:"error,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (o Output) MarshalJSON() ([]byte, error) {
	head := outputHead{ID: o.ID, URL: o.URL, Published: o.Published}
	if o.Err != nil || o.Result == nil {
		head.Error = errorText(o.Err)
		return marshal(head)
	}
	h, err := marshal(head)
	if err != nil {
		return nil, err
	}
	body, err := marshal(o.Result)
	if err != nil {
		return nil, err
	}
	if len(body) <= 2 {
		return h, nil
	}
	// Splice {"id":...} and {"language":...} into one object, so the result
	// keeps every field it will grow.
	out := make([]byte, 0, len(h)+len(body))
	out = append(out, h[:len(h)-1]...)
	out = append(out, ',')
	return append(out, body[1:]...), nil
}

// errorText is the message of err without the RecordError wrapper, which
// only repeats the index and id already in the record.
func errorText(err error) string {
	if err == nil {
		return "no result"
	}
	var re *RecordError
	if errors.As(err, &re) && re.Err != nil {
		return re.Err.Error()
	}
	return err.Error()
}

func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("corpus: encode: %w", err)
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}
