package lexicon

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/wartalab/warta/internal/fold"
)

//go:embed data
var dataFiles embed.FS

// Languages lists the languages that have their own data files.
var Languages = []string{"id", "en"}

// Words is a set of folded words or phrases.
type Words map[string]struct{}

// Has reports whether the folded form w is in the set.
func (s Words) Has(w string) bool { _, ok := s[w]; return ok }

// A Set is the lexicon of one language. All fields are read-only after
// construction.
type Set struct {
	Lang string

	Honorifics    Words // pak, bu, mr., dr.: stripped from names
	Months        Words
	Days          Words
	Stopwords     Words // function words that never start a name
	Roles         Words // analis, official: people nouns that are not names
	RolesOf       Words // roles usually followed by their place or organization (warga, karyawan): never a title
	Clitics       []string
	Abbreviations Words // tokens ending in a period that do not end a sentence
	Hedges        *Phrases[string]
	Negations     *Phrases[string]
	LangID        Words               // frequent function words used to detect the language
	Locatives     Words               // prepositions of place: a capital after them is a place, not a government
	NotNames      Words               // capitalised words and acronyms that are never entity names (WIB, CEO, RUU)
	PlaceWords    Words               // words that make a name a place: island, strait, pulau, jalan
	Events        Words               // words that make a name an event: championship, summit, piala, kejuaraan
	Regions       *Phrases[string]    // provinces and cities (Jawa Barat, Surabaya): places, never people
	Programs      Words               // nouns before a named programme, law or plan (program, RUU, bill): not organizations
	BodyNouns     map[string][]string // "police" -> name words of a police body (police, polri, polda, …); ["*"]: any
	CommonWords   Words               // words the tagged corpora write in lower case and never in a name (generated)
	OrgNouns      Words               // kinds of organization (firm, lender, perusahaan, emiten): a name next to one is an organization
	Units         Words               // words ending a title before the name of an office's unit (Kepala Bidang Humas, Kasubbag Umum)

	Titles      *Phrases[string] // office -> kind
	OrgHeads    *Phrases[string] // first word(s) of organization names -> kind
	OrgTails    *Phrases[string] // last word(s) of organization names -> kind
	Orgs        []Org
	OrgIndex    *Phrases[int] // folded name, acronym or alias -> index in Orgs
	People      []KnownPerson
	PeopleIndex *Phrases[int] // folded name or alias -> index in People

	SpeechVerbs map[string]Verb // folded form -> verb
	CuePhrases  *Phrases[Cue]
	Pronouns    map[string]Pronoun
	Gendered    map[string]string // honorific or role word -> "m" or "f" (Mrs., spokeswoman, Ibu, janda)

	Boilerplate []BoilerplateRule

	Countries     *Phrases[CountryRef]  // folded phrase -> country
	CountriesCase map[string]CountryRef // exact-case forms such as US, UK, AS
}

// An Org is a well-known organization.
type Org struct {
	Name    string   `json:"name"`
	Acronym string   `json:"acronym,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	Kind    string   `json:"kind"`
}

// A KnownPerson is a public figure with the short forms news uses for them.
type KnownPerson struct {
	Name    string
	Aliases []string
}

// A Verb is a speech or attribution verb form.
type Verb struct {
	Class string // assert, deny, accuse, warn, predict, believe, report, ask, add, promise
	Lemma string
}

// A Cue is a multi-word attribution frame such as "according to".
type Cue struct {
	Class    string
	Position string // "before": the source follows the cue; "after": the source precedes it
}

// A Pronoun describes a personal pronoun form.
type Pronoun struct {
	Gender string // m, f, x
	Number string // sg, pl
	Kind   string // third, first, ...
}

// A BoilerplateRule marks a line starting with Prefix as scraped page
// furniture; with Tail set, everything after the line is too; with Whole
// set, only a line that is exactly Prefix (a lone "RELATED") counts.
type BoilerplateRule struct {
	Prefix string
	Tail   bool
	Whole  bool
}

var sets = sync.OnceValue(func() map[string]*Set {
	m := make(map[string]*Set, len(Languages))
	for _, l := range Languages {
		s, err := load(l)
		if err != nil {
			// Built-in data is checked by the package tests; a failure here is
			// a programmer error in the embedded files.
			panic(err)
		}
		m[l] = s
	}
	return m
})

// For returns the lexicon of lang ("id" or "en"). Any other language gets the
// English lexicon, the most common second language of international news.
func For(lang string) *Set {
	m := sets()
	if s, ok := m[lang]; ok {
		return s
	}
	return m["en"]
}

// Union returns the union of the words of all languages selected by pick, for
// language-independent work such as tokenizing before the language is known.
func Union(pick func(*Set) Words) Words {
	u := Words{}
	for _, l := range Languages {
		for w := range pick(For(l)) {
			u[w] = struct{}{}
		}
	}
	return u
}

func load(lang string) (*Set, error) {
	s := &Set{Lang: lang}
	var err error
	word := func(kind string) Words {
		if err != nil {
			return nil
		}
		w := Words{}
		err = eachRow(lang, kind, 1, func(f []string) error { w[f[0]] = struct{}{}; return nil })
		return w
	}
	kinded := func(kind string) *Phrases[string] {
		p := NewPhrases[string]()
		if err != nil {
			return p
		}
		err = eachRow(lang, kind, 1, func(f []string) error {
			k := ""
			if len(f) > 1 {
				k = f[1]
			}
			p.Add(f[0], k)
			return nil
		})
		return p
	}
	s.Honorifics = word("honorifics")
	s.Months = word("months")
	s.Days = word("days")
	s.Stopwords = word("stopwords")
	s.Roles = word("roles")
	s.Abbreviations = word("abbreviations")
	s.LangID = word("langid")
	s.Locatives = word("locatives")
	s.NotNames = word("not_names")
	s.PlaceWords = word("place_words")
	s.Events = word("events")
	s.Programs = word("programs")
	s.RolesOf = Words{}
	if err == nil {
		err = eachRow(lang, "roles", 1, func(f []string) error {
			if len(f) > 1 && f[1] == "of" {
				s.RolesOf[f[0]] = struct{}{}
			}
			return nil
		})
	}
	s.Units = word("units")
	s.OrgNouns = word("org_nouns")
	s.CommonWords = word("common_words")
	s.BodyNouns = map[string][]string{}
	if err == nil {
		err = eachRow(lang, "body_nouns", 2, func(f []string) error {
			s.BodyNouns[f[0]] = strings.Fields(f[1])
			return nil
		})
	}
	for c := range word("clitics") {
		s.Clitics = append(s.Clitics, c)
	}
	sort.Slice(s.Clitics, func(i, j int) bool { return len(s.Clitics[i]) > len(s.Clitics[j]) })
	s.Regions = kinded("regions")
	s.Hedges = kinded("hedges")
	s.Negations = kinded("negations")
	s.Titles = kinded("titles")
	s.OrgHeads = kinded("org_heads")
	s.OrgTails = kinded("org_tails")
	if err != nil {
		return nil, err
	}

	s.OrgIndex = NewPhrases[int]()
	err = eachRow(lang, "orgs", 2, func(f []string) error {
		o := Org{Name: f[1]}
		if len(f) > 2 {
			o.Acronym = f[2]
		}
		if len(f) > 3 && f[3] != "" {
			o.Aliases = strings.Split(f[3], "|")
		}
		if len(f) > 4 {
			o.Kind = f[4]
		}
		i := len(s.Orgs)
		s.Orgs = append(s.Orgs, o)
		for _, n := range append([]string{o.Name, o.Acronym}, o.Aliases...) {
			if n != "" {
				s.OrgIndex.AddFirst(fold.String(n), i)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}

	s.PeopleIndex = NewPhrases[int]()
	err = eachRow(lang, "people", 1, func(f []string) error {
		p := KnownPerson{Name: f[0]}
		if len(f) > 1 && f[1] != "" {
			p.Aliases = strings.Split(f[1], "|")
		}
		i := len(s.People)
		s.People = append(s.People, p)
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			s.PeopleIndex.AddFirst(fold.String(n), i)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}

	s.SpeechVerbs = map[string]Verb{}
	err = eachRow(lang, "speech_verbs", 1, func(f []string) error {
		v := Verb{Class: "assert", Lemma: f[0]}
		if len(f) > 1 && f[1] != "" {
			v.Class = f[1]
		}
		if len(f) > 2 && f[2] != "" {
			v.Lemma = f[2]
		}
		s.SpeechVerbs[f[0]] = v
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.CuePhrases = NewPhrases[Cue]()
	err = eachRow(lang, "cue_phrases", 1, func(f []string) error {
		c := Cue{Class: "report", Position: "before"}
		if len(f) > 1 && f[1] != "" {
			c.Class = f[1]
		}
		if len(f) > 2 && f[2] != "" {
			c.Position = f[2]
		}
		s.CuePhrases.Add(f[0], c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.Pronouns = map[string]Pronoun{}
	err = eachRow(lang, "pronouns", 1, func(f []string) error {
		p := Pronoun{}
		if len(f) > 1 {
			p.Gender = f[1]
		}
		if len(f) > 2 {
			p.Number = f[2]
		}
		if len(f) > 3 {
			p.Kind = f[3]
		}
		s.Pronouns[f[0]] = p
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.Gendered = map[string]string{}
	err = eachRow(lang, "gendered", 2, func(f []string) error {
		s.Gendered[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(lang, "boilerplate", 1, func(f []string) error {
		scope := ""
		if len(f) > 1 {
			scope = f[1]
		}
		s.Boilerplate = append(s.Boilerplate, BoilerplateRule{Prefix: f[0], Tail: scope == "tail", Whole: scope == "whole"})
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(s.Boilerplate, func(i, j int) bool { return len(s.Boilerplate[i].Prefix) > len(s.Boilerplate[j].Prefix) })

	s.Countries = NewPhrases[CountryRef]()
	for p, ref := range CountryPhrases(lang) {
		s.Countries.Add(p, ref)
	}
	s.CountriesCase = CountryCaseSensitive(lang)
	return s, nil
}

// eachRow calls fn with the TAB-separated fields of every data line of
// data/<lang>/<kind>.txt. A missing file is an empty list.
func eachRow(lang, kind string, minFields int, fn func([]string) error) error {
	name := "data/" + lang + "/" + kind + ".txt"
	b, err := dataFiles.ReadFile(name)
	if err != nil {
		if errorsIsNotExist(err) {
			return nil
		}
		return fmt.Errorf("lexicon: read %s: %w", name, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(strings.TrimSpace(t), "#") {
			continue
		}
		f := strings.Split(t, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		// A trailing "# comment" column is not data.
		for i := 1; i < len(f); i++ {
			if strings.HasPrefix(f[i], "#") {
				f = f[:i]
				break
			}
		}
		if len(f) < minFields || f[0] == "" {
			return fmt.Errorf("lexicon: %s:%d: want at least %d fields", name, line, minFields)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("lexicon: %s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

func errorsIsNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }
