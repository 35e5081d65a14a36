package score

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestReport(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []string
		entity     Counts
		token      Counts
	}{
		{"exact", []string{"B-PER", "I-PER", "O"}, []string{"B-PER", "I-PER", "O"}, Counts{1, 0, 0}, Counts{2, 0, 0}},
		{"too-short", []string{"B-PER", "I-PER", "O"}, []string{"B-PER", "O", "O"}, Counts{0, 1, 1}, Counts{1, 0, 1}},
		{"wrong-label", []string{"B-ORG", "O"}, []string{"B-LOC", "O"}, Counts{0, 1, 1}, Counts{0, 1, 1}},
		{"spurious", []string{"O", "O"}, []string{"O", "B-LOC"}, Counts{0, 1, 0}, Counts{0, 1, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReport()
			r.Add(tc.gold, tc.pred)
			assert.Equal(t, tc.entity, Overall(r.Entity))
			assert.Equal(t, tc.token, Overall(r.Token))
		})
	}
}

func TestF1(t *testing.T) {
	assert.InDelta(t, 0.8, Counts{TP: 4, FP: 1, FN: 1}.F1(), 1e-9)
	assert.Zero(t, Counts{}.F1())
}
