// Package fold maps words to the folded form under which warta's lexicons store
// and look them up: lower case, with typographic apostrophes mapped to ASCII.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// String returns the folded form of s: Unicode lower case, with ’ and ‘ (and
// the modifier letter apostrophe) written as '. It does not allocate when s is
// already folded ASCII.
func String(s string) string {
	needs := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			needs = true
			break
		}
	}
	if !needs {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '\u2019', '\u2018', '\u02bc', '\u2032':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
