package lexicon

import "strings"

// Phrases maps folded multi-word phrases to values and finds the longest
// phrase starting at a position of a folded word sequence, without
// allocating. The zero value is not usable; call [NewPhrases].
type Phrases[V any] struct {
	byFirst  map[string][]phrase[V]
	maxWords int
	n        int
}

type phrase[V any] struct {
	words []string
	val   V
}

// NewPhrases returns an empty phrase table.
func NewPhrases[V any]() *Phrases[V] { return &Phrases[V]{byFirst: map[string][]phrase[V]{}} }

// Add adds a folded phrase (words separated by single spaces), replacing an
// earlier value for the same phrase.
func (p *Phrases[V]) Add(key string, v V) { p.add(key, v, true) }

// AddFirst adds a phrase unless it is already present.
func (p *Phrases[V]) AddFirst(key string, v V) { p.add(key, v, false) }

func (p *Phrases[V]) add(key string, v V, replace bool) {
	words := strings.Fields(key)
	if len(words) == 0 {
		return
	}
	list := p.byFirst[words[0]]
	for i := range list {
		if equalWords(list[i].words, words) {
			if replace {
				list[i].val = v
			}
			return
		}
	}
	// Keep longest first so that Match returns the longest phrase.
	i := len(list)
	for i > 0 && len(list[i-1].words) < len(words) {
		i--
	}
	list = append(list, phrase[V]{})
	copy(list[i+1:], list[i:])
	list[i] = phrase[V]{words: words, val: v}
	p.byFirst[words[0]] = list
	if len(words) > p.maxWords {
		p.maxWords = len(words)
	}
	p.n++
}

// Len returns the number of phrases.
func (p *Phrases[V]) Len() int { return p.n }

// MaxWords returns the length in words of the longest phrase.
func (p *Phrases[V]) MaxWords() int { return p.maxWords }

// Get returns the value of a single folded phrase.
func (p *Phrases[V]) Get(key string) (V, bool) {
	words := strings.Fields(key)
	if len(words) > 0 {
		for _, ph := range p.byFirst[words[0]] {
			if equalWords(ph.words, words) {
				return ph.val, true
			}
		}
	}
	var zero V
	return zero, false
}

// Match returns the value and length in words of the longest phrase that
// starts at words[0]. word(i) returns the folded i-th word; n is how many words
// are available.
func (p *Phrases[V]) Match(n int, word func(i int) string) (v V, length int, ok bool) {
	if n == 0 {
		return v, 0, false
	}
	for _, ph := range p.byFirst[word(0)] {
		if len(ph.words) > n {
			continue
		}
		hit := true
		for i := 1; i < len(ph.words); i++ {
			if word(i) != ph.words[i] {
				hit = false
				break
			}
		}
		if hit {
			return ph.val, len(ph.words), true
		}
	}
	return v, 0, false
}

// Has reports whether a single word is a whole phrase of the table.
func (p *Phrases[V]) Has(word string) bool {
	for _, ph := range p.byFirst[word] {
		if len(ph.words) == 1 {
			return true
		}
	}
	return false
}

// StartsAny reports whether some phrase begins with word.
func (p *Phrases[V]) StartsAny(word string) bool { return len(p.byFirst[word]) > 0 }

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
