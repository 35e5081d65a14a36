package wartabeam_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/wartalab/warta/beam/wartabeam"
)

// Analyse three JSON lines (one of them broken) and count countries across
// the articles, with the in-process prism runner.
func Example() {
	dir, err := os.MkdirTemp("", "wartabeam")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	p, s := beam.NewPipelineWithRoot()
	lines := beam.Create(s,
		`{"id": "a1", "text": "Menteri Luar Negeri Retno Marsudi bertemu delegasi Jepang dan Australia di Jakarta."}`,
		`{"id": "a2", "text": "Prime Minister Anthony Albanese visited Japan and Indonesia on Monday."}`,
		`{"id": "a3", "text": `,
	)
	ok, bad := wartabeam.Analyze(s, wartabeam.Options{}, lines)
	agg := wartabeam.Aggregate(s, ok)
	wartabeam.WriteSorted(s, filepath.Join(dir, "country_pairs.jsonl"), agg.CountryPairs)
	wartabeam.WriteLines(s, filepath.Join(dir, "errors.jsonl"), wartabeam.Format(s, bad))
	if err := ptest.Run(p); err != nil {
		fmt.Println(err)
		return
	}
	for _, name := range []string{"country_pairs.jsonl", "errors.jsonl"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Print(string(b))
	}
	// Output:
	// {"a":"AU","b":"JP","articles":1}
	// {"a":"ID","b":"JP","articles":1}
	// {"id":"sha256-bfe45796ac807f87","error":"corpus: line is not a JSON object: unexpected end of JSON input"}
}
