package conll

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		words [][]string
		tags  [][]string
		docs  []int
	}{
		{
			name:  "idner/crlf-three-columns",
			in:    "Presiden NOUN O\r\nJoko PROPN B-PER\r\nWidodo PROPN I-PER\r\n\r\nDi ADP O\r\nBogor PROPN B-LOC\r\n",
			words: [][]string{{"Presiden", "Joko", "Widodo"}, {"Di", "Bogor"}},
			tags:  [][]string{{"O", "B-PER", "I-PER"}, {"O", "B-LOC"}},
			docs:  []int{0, 0},
		},
		{
			name:  "nergrit/tab-labels",
			in:    "Universitas\tB-ORGANISATION\nIndonesia\tI-ORGANISATION\ndi\tO\nDepok\tB-PLACE\n",
			words: [][]string{{"Universitas", "Indonesia", "di", "Depok"}},
			tags:  [][]string{{"B-ORG", "I-ORG", "O", "B-LOC"}},
			docs:  []int{0},
		},
		{
			name:  "wikigold/iob1-and-misc",
			in:    "-DOCSTART- O\n\nThe I-ORG\nBeatles I-ORG\nmet O\nGerman I-MISC\nfans O\nin O\nParis I-LOC\nLondon B-LOC\n",
			words: [][]string{{"The", "Beatles", "met", "German", "fans", "in", "Paris", "London"}},
			tags:  [][]string{{"B-ORG", "I-ORG", "O", "O", "O", "O", "B-LOC", "B-LOC"}},
			docs:  []int{1},
		},
		{
			name:  "nerui/person-organization-location",
			in:    "Federer\tB-PERSON\n,\tO\nReuters\tB-ORGANIZATION\nJakarta\tI-LOCATION\n",
			words: [][]string{{"Federer", ",", "Reuters", "Jakarta"}},
			tags:  [][]string{{"B-PER", "O", "B-ORG", "B-LOC"}},
			docs:  []int{0},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Read(strings.NewReader(tc.in))
			require.NoError(t, err)
			require.Len(t, got, len(tc.words))
			for i, s := range got {
				assert.Equal(t, tc.words[i], s.Words)
				assert.Equal(t, tc.tags[i], s.Tags)
				assert.Equal(t, tc.docs[i], s.Doc)
			}
		})
	}
}

func TestReadError(t *testing.T) {
	_, err := Read(strings.NewReader("lonely\n"))
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "conll: "))
}

func TestSplitDocs(t *testing.T) {
	s := []Sentence{{Doc: 1}, {Doc: 2}, {Doc: 4}, {Doc: 9}}
	kept, held := SplitDocs(s, 5, 4)
	assert.Equal(t, []Sentence{{Doc: 1}, {Doc: 2}}, kept)
	assert.Equal(t, []Sentence{{Doc: 4}, {Doc: 9}}, held)
}
