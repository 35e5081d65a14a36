package perceptron

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAllowed(t *testing.T) {
	tests := []struct {
		name      string
		prev, cur string
		want      bool
	}{
		{"o-then-b", "O", "B-PER", true},
		{"o-then-i", "O", "I-PER", false},
		{"b-then-same-i", "B-ORG", "I-ORG", true},
		{"b-then-other-i", "B-ORG", "I-LOC", false},
		{"i-then-same-i", "I-LOC", "I-LOC", true},
		{"start-then-i", "", "I-PER", false},
		{"start-then-b", "", "B-PER", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := nTags
			if tc.prev != "" {
				p = tagIndex(tc.prev)
			}
			assert.Equal(t, tc.want, allowed(p, tagIndex(tc.cur)))
		})
	}
}

// TestTrainRoundTrip trains on a few sentences we wrote, writes the model,
// reads it back and checks that it tags its own training data.
func TestTrainRoundTrip(t *testing.T) {
	data := []Example{
		{strings.Fields("Presiden Joko Widodo tiba di Bandung ."), strings.Fields("O B-PER I-PER O O B-LOC O")},
		{strings.Fields("Menteri Retno Marsudi bertemu wartawan di Surabaya ."), strings.Fields("O B-PER I-PER O O O B-LOC O")},
		{strings.Fields("Bank Indonesia menaikkan suku bunga ."), strings.Fields("B-ORG I-ORG O O O O")},
	}
	tr := Train(data, TrainOptions{Lang: "id", Epochs: 5, Seed: 1, Gaz: Gazetteer{"joko": GazFirst}})
	var buf bytes.Buffer
	n, err := tr.Write(&buf, 0)
	require.NoError(t, err)
	require.Positive(t, n)
	var again bytes.Buffer
	_, err = tr.Write(&again, 0)
	require.NoError(t, err)
	assert.Equal(t, buf.Bytes(), again.Bytes(), "writing is deterministic")
	m, err := Read(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	assert.Equal(t, "id", m.Lang())
	for _, ex := range data {
		assert.Equal(t, ex.Tags, m.Tag(ex.Words))
	}
}

func TestReadGarbage(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"not-gzip", []byte("hello")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(tc.in))
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), "perceptron: "))
		})
	}
}
