package wartabeam

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/corpus"
	"github.com/wartalab/warta/entities"
)

// An Analysis is the result of one record, as it travels between
// transforms. Its JSON form (see [Analysis.MarshalJSON]) is the line that
// [corpus.JSONLWriter] writes for the same record; it is also its Beam
// coding, so Result loses the fields that JSON does not carry (Doc,
// Entities) when a runner moves it between workers. Until entities.Kind
// can be read back from JSON, the kind inside affiliations and speaker or
// source references also reads back as zero after such a move; the line
// that [Format] writes is made before and always complete.
type Analysis struct {
	ID        string
	URL       string
	Published string
	Result    *warta.Result

	// line is the JSON form made for the fields in lineOf; see cached.
	line   string
	lineOf lineKey
}

// lineKey is the part of an Analysis its cached line was made from.
type lineKey struct {
	res                *warta.Result
	id, url, published string
}

// withLine returns a with line cached as its JSON form.
func (a Analysis) withLine(line string) Analysis {
	a.line, a.lineOf = line, a.key()
	return a
}

func (a Analysis) key() lineKey { return lineKey{a.Result, a.ID, a.URL, a.Published} }

// cached returns the JSON form made by Analyze or the coder, unless a copy
// of a was given other fields since. (Like every Beam element, a Result
// must not be modified in place.)
func (a Analysis) cached() (string, bool) {
	return a.line, a.line != "" && a.lineOf == a.key()
}

// MarshalJSON implements json.Marshaler: the result's fields plus "id",
// "url" and "published", as [corpus.Output] writes them.
func (a Analysis) MarshalJSON() ([]byte, error) {
	if l, ok := a.cached(); ok {
		return []byte(l), nil
	}
	b, err := corpus.Output{ID: a.ID, URL: a.URL, Published: a.Published, Result: a.Result}.MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("wartabeam: encode %s: %w", a.ID, err)
	}
	return b, nil
}

// A Failure is a record that could not be analysed. Error is the message of
// the cause, without the record's index (a Beam input has no global order).
type Failure struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Error     string `json:"error"`
}

// MarshalJSON implements json.Marshaler: {"id", "url"?, "published"?,
// "error"}, as [corpus.Output] writes an error output.
func (f Failure) MarshalJSON() ([]byte, error) {
	b, err := corpus.Output{ID: f.ID, URL: f.URL, Published: f.Published, Err: errors.New(f.Error)}.MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("wartabeam: encode %s: %w", f.ID, err)
	}
	return b, nil
}

// An Entity is one person, organization or country merged across articles,
// the counterpart of [corpus.IndexEntity].
type Entity struct {
	// Key names the entity independently of input order: its kind and the
	// smallest of its merge keys ("person:retno marsudi", "country:ID").
	Key  string `json:"key"`
	Kind string `json:"kind"`
	// Name is the form most articles use (ties: the longest, then the
	// first in byte order), as in corpus.
	Name string `json:"name"`
	// Code is the ISO 3166-1 alpha-2 code of a country.
	Code     string `json:"code,omitempty"`
	Mentions int    `json:"mentions"`
	Articles int    `json:"articles"`
	// Quotes and Claims count the quotes and claims attributed to the
	// entity.
	Quotes int `json:"quotes"`
	Claims int `json:"claims"`
}

// A Speaker is someone quoted in the collection, the counterpart of
// [corpus.Speaker] without topics and examples.
type Speaker struct {
	// Entity is the [Entity.Key] of the speaker, or "" when the speaker is
	// not a known person or organization.
	Entity   string `json:"entity,omitempty"`
	Name     string `json:"name"`
	Quotes   int    `json:"quotes"`
	Articles int    `json:"articles"`
}

// A CountryPair says that two countries are named in the same articles. A
// is the smaller ISO code.
type CountryPair struct {
	A        string `json:"a"`
	B        string `json:"b"`
	Articles int    `json:"articles"`
}

// encodeAnalysis and decodeAnalysis are the Beam coder of Analysis: its
// JSON line (see [Analysis.MarshalJSON]), made once by Analyze and reused.
// They are top-level functions so that remote workers find them by name.
func encodeAnalysis(a Analysis) ([]byte, error) {
	return a.MarshalJSON()
}

func decodeAnalysis(b []byte) (Analysis, error) {
	var head struct {
		ID        string `json:"id"`
		URL       string `json:"url"`
		Published string `json:"published"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return Analysis{}, fmt.Errorf("wartabeam: decode analysis: %w", err)
	}
	res := new(warta.Result)
	if err := json.Unmarshal(b, res); err != nil && !isKindError(err) {
		return Analysis{}, fmt.Errorf("wartabeam: decode analysis %s: %w", head.ID, err)
	}
	a := Analysis{ID: head.ID, URL: head.URL, Published: head.Published, Result: res}
	return a.withLine(string(b)), nil
}

// isKindError reports whether err only says that an entities.Kind could not
// be read back: Kind marshals to a name but has no UnmarshalText yet, and
// encoding/json fills in every other field before it reports that.
//
// TODO(entities): drop once entities.Kind implements encoding.TextUnmarshaler.
func isKindError(err error) bool {
	var te *json.UnmarshalTypeError
	return errors.As(err, &te) && te.Type == reflect.TypeFor[entities.Kind]()
}

func init() {
	beam.RegisterCoder(reflect.TypeFor[Analysis](), encodeAnalysis, decodeAnalysis)
	beam.RegisterType(reflect.TypeFor[Failure]())
	beam.RegisterType(reflect.TypeFor[Entity]())
	beam.RegisterType(reflect.TypeFor[Speaker]())
	beam.RegisterType(reflect.TypeFor[CountryPair]())
}
