package fold

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestString(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"ascii lower unchanged", "kata", "kata"},
		{"upper", "PBB", "pbb"},
		{"curly apostrophe", "China’s", "china's"},
		{"abbreviation", "U.S.", "u.s."},
		{"non-ascii", "ÉLYSÉE", "élysée"},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, String(c.in))
		})
	}
}

func TestStringNoAllocWhenFolded(t *testing.T) {
	n := testing.AllocsPerRun(100, func() { _ = String("mengatakan") })
	assert.Zero(t, n)
}
