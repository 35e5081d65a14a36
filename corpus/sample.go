package corpus

import "embed"

//go:embed sample
var sampleFiles embed.FS

// SampleText returns the text of the embedded sample article, an
// Indonesian news story written for warta's examples and tests.
func SampleText() string {
	b, err := sampleFiles.ReadFile("sample/id-01.txt")
	if err != nil {
		return ""
	}
	return string(b)
}
