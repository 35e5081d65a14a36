package render

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io"

	"github.com/wartalab/warta"
)

// ErrNoDoc is returned for a nil [warta.Result] or one without its parsed
// article (Result.Doc), whose text the page is drawn from.
var ErrNoDoc = errors.New("render: result has no parsed article")

//go:embed page.tmpl
var pageSource string

// pageTemplate is parsed once; a malformed built-in template is a
// programmer mistake caught by every test.
var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"list": func(v ...any) []any { return v },
}).Parse(pageSource))

// HTML returns r as a self-contained HTML page; see [Write].
func HTML(r *warta.Result) ([]byte, error) {
	var b bytes.Buffer
	if err := Write(&b, r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Write writes r as one self-contained HTML5 page (UTF-8) to w: the article
// text of r.Doc with its people, organizations and countries highlighted,
// its quotes and claims marked with their speaker or source, and a side
// panel listing the entities with their mention counts and who said what.
//
// The page has inline CSS only: no script, no external style sheet, font or
// image, so it can be saved, mailed or opened offline. All article text is
// escaped. Marks whose span is empty, out of range or cuts a UTF-8 character
// are skipped; bytes that are not valid UTF-8 are shown as U+FFFD. Write
// returns [ErrNoDoc] when r or r.Doc is nil, and the error of w, wrapped,
// when writing fails.
func Write(w io.Writer, r *warta.Result) error {
	if r == nil || r.Doc == nil {
		return ErrNoDoc
	}
	if err := pageTemplate.Execute(w, newPage(r)); err != nil {
		return fmt.Errorf("render: write page: %w", err)
	}
	return nil
}
