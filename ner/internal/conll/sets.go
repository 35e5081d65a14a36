package conll

import (
	"fmt"
	"path/filepath"
)

// A Set names one corpus file under the shared data directory.
type Set struct {
	Name string // e.g. "idner-news-2k/train"
	Path string // relative to the data directory
}

// Files used for training and evaluation. Test files are never trained on.
var (
	IdnerTrain   = Set{"idner-news-2k/train", "idner-news-2k/train.txt"}
	IdnerDev     = Set{"idner-news-2k/dev", "idner-news-2k/dev.txt"}
	IdnerTest    = Set{"idner-news-2k/test", "idner-news-2k/test.txt"}
	NeruiTrain   = Set{"indolem-nerui/train.01", "indolem-nerui/train.01.tsv"}
	NeruiDev     = Set{"indolem-nerui/dev.01", "indolem-nerui/dev.01.tsv"}
	NergritTrain = Set{"indonlu-nergrit/train", "indonlu-nergrit/train_preprocess.txt"}
	NergritValid = Set{"indonlu-nergrit/valid", "indonlu-nergrit/valid_preprocess.txt"}
	NergritTest  = Set{"indonlu-nergrit/test", "indonlu-nergrit/test_preprocess.txt"}
	Wikigold     = Set{"wikigold-en", "wikigold-en/wikigold.conll.txt"}
)

// EnglishHeldOut selects the English evaluation slice: wikigold documents
// whose index modulo EnglishHeldOutMod equals EnglishHeldOutRem (a fifth).
const (
	EnglishHeldOutMod = 5
	EnglishHeldOutRem = 4
)

// Load reads set from the data directory dir.
func Load(dir string, set Set) ([]Sentence, error) {
	s, err := ReadFile(filepath.Join(dir, set.Path))
	if err != nil {
		return nil, fmt.Errorf("conll: load %s: %w", set.Name, err)
	}
	return s, nil
}

// LoadAll reads and concatenates sets.
func LoadAll(dir string, sets ...Set) ([]Sentence, error) {
	var out []Sentence
	for _, set := range sets {
		s, err := Load(dir, set)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	return out, nil
}

// English returns wikigold split into the training part and the held-out
// evaluation slice.
func English(dir string) (train, test []Sentence, err error) {
	s, err := Load(dir, Wikigold)
	if err != nil {
		return nil, nil, err
	}
	train, test = SplitDocs(s, EnglishHeldOutMod, EnglishHeldOutRem)
	return train, test, nil
}
