package entities

import (
	"fmt"
	"sort"

	"github.com/wartalab/warta/article"
)

// Kind is the type of an entity.
type Kind uint8

// Entity kinds.
const (
	KindPerson Kind = iota + 1
	KindOrganization
	KindCountry
)

var kindNames = [...]string{"", "person", "organization", "country"}

// String returns "person", "organization" or "country".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText encodes k as its lower-case name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a name written by MarshalText, so that results
// saved as JSON read back into the same types.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if i > 0 && n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("entities: unknown kind %q", b)
}

// An Affiliation is the country or organization a person's title names:
// "Menteri Luar Negeri AS Antony Blinken" is affiliated with US,
// "Sekjen NATO Jens Stoltenberg" with NATO.
type Affiliation struct {
	Kind Kind   `json:"kind"`
	Name string `json:"name"`
	// Code is the ISO 3166-1 alpha-2 code when Kind is KindCountry.
	Code string `json:"code,omitempty"`
}

// A Person is one named human being of the article, with every mention of
// them merged.
type Person struct {
	// Name is the fullest form the text gives, without titles or honorifics.
	Name string `json:"name"`
	// Aliases lists every distinct surface form used for the person
	// (including Name), in order of first use.
	Aliases []string `json:"aliases"`
	// Titles lists the offices and roles written before the name
	// ("Menteri Luar Negeri", "Secretary of State"), folded to lower case.
	Titles      []string     `json:"titles"`
	Affiliation *Affiliation `json:"affiliation,omitempty"`
	// Gender is "m" or "f" when the text shows it (an honorific such as Mr. or
	// Ibu, or a pronoun bound to the name), otherwise empty.
	Gender   string            `json:"gender,omitempty"`
	Mentions []article.Mention `json:"mentions"`
}

// An Organization is a named organization of the article.
type Organization struct {
	// Name is the expansion when the text (or the lexicon) gives one,
	// otherwise the fullest form used; an organization the text only ever
	// names by its acronym ("PSSI") is named by it, as the text names it.
	Name string `json:"name"`
	// Acronym is the short form ("PBB", "IMF") when known.
	Acronym string `json:"acronym,omitempty"`
	// Expansion is the long form of Acronym, from the text or the lexicon
	// ("Perserikatan Bangsa-Bangsa"), when known.
	Expansion string `json:"expansion,omitempty"`
	// Aliases lists every distinct surface form used, including Name.
	Aliases []string `json:"aliases"`
	// Type is a coarse class when known: government, legislature, military,
	// police, judicial, international, company, media, party, education,
	// health, ngo, sports, religious, other.
	Type     string            `json:"type,omitempty"`
	Mentions []article.Mention `json:"mentions"`
}

// How a country mention refers to its country.
const (
	ReferName         = "name"
	ReferAbbreviation = "abbreviation"
	ReferDemonym      = "demonym"
	ReferCapital      = "capital"
	ReferNickname     = "nickname"
)

// A CountryMention is one reference to a country.
type CountryMention struct {
	article.Mention
	// Refer says how the mention refers: name, abbreviation, demonym,
	// capital or nickname.
	Refer string `json:"refer"`
}

// A Country is a country referred to by the article.
type Country struct {
	// Code is the ISO 3166-1 alpha-2 code, upper case.
	Code string `json:"code"`
	// Name is the country's display name in the article's language.
	Name     string           `json:"name"`
	Mentions []CountryMention `json:"mentions"`
}

// A Ref points at one entity of a [Set].
type Ref struct {
	Kind  Kind `json:"kind"`
	Index int  `json:"index"`
}

// A Located is one mention of an entity, for position lookups.
type Located struct {
	Ref
	// Span is the mention's byte range in the text.
	Span article.Span
	// First and End are the half-open token range of the mention (token
	// indexes, not bytes).
	First, End int
}

// A Set is everything the extractor found in one article. Its lists are in
// order of first mention.
type Set struct {
	People        []Person       `json:"people"`
	Organizations []Organization `json:"organizations"`
	Countries     []Country      `json:"countries"`

	// Index lists every mention of every entity sorted by position.
	Index []Located `json:"-"`
}

// Name returns the canonical name of the entity r points at.
func (s *Set) Name(r Ref) string {
	switch r.Kind {
	case KindPerson:
		return s.People[r.Index].Name
	case KindOrganization:
		return s.Organizations[r.Index].Name
	case KindCountry:
		return s.Countries[r.Index].Name
	}
	return ""
}

// At returns the mention covering token i, if any.
func (s *Set) At(i int) (Located, bool) {
	// The index is sorted by First, the longer mention first; a country
	// named inside an organization's name is nested in it ("Kementerian
	// Luar Negeri China"). The widest mention covering i wins.
	k := sort.Search(len(s.Index), func(k int) bool { return s.Index[k].First > i })
	var best Located
	found := false
	for n := k - 1; n >= 0 && k-n <= atLookBack; n-- {
		l := s.Index[n]
		if l.First <= i && i < l.End && (!found || l.End-l.First > best.End-best.First) {
			best, found = l, true
		}
	}
	return best, found
}

// atLookBack bounds how many mentions starting at or before a token At
// examines: mentions nest at most a few deep, so the cost stays constant.
const atLookBack = 8

// Between returns the mentions whose tokens lie within [first, end).
func (s *Set) Between(first, end int) []Located {
	k := sort.Search(len(s.Index), func(k int) bool { return s.Index[k].First >= first })
	j := k
	for j < len(s.Index) && s.Index[j].End <= end {
		j++
	}
	return s.Index[k:j]
}
