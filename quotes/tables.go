package quotes

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"

	"github.com/wartalab/warta/lexicon"
)

//go:embed data/verbs.txt
var verbsData string

//go:embed data/title_abbrev.txt
var titleAbbrevData string

// verbKind says where an attribution verb finds its speaker.
type verbKind uint8

const (
	// either: "said X" and "X said" (English).
	either verbKind = iota + 1
	// verbFirst: the speaker follows, "kata X", "ujar X", "menurut X",
	// "dikatakan X".
	verbFirst
	// subjectFirst: the speaker precedes, "X mengatakan", "ia menandaskan".
	subjectFirst
	// clitic: the verb carries its speaker as -nya, "ujarnya", "katanya".
	clitic
)

type verb struct {
	lemma string
	kind  verbKind
}

// tables are the read-only word tables of one language.
type tables struct {
	lxs      []*lexicon.Set
	verbs    map[string]verb
	pronouns map[string]string // folded third-person singular subject pronoun -> gender m, f or x
	abbrev   map[string]string // folded title short form -> expansion
}

// Words that may sit between a subject and its verb: "he also said", "Retno
// juga mengatakan", "Starmer has said".
var adverbs = map[string]bool{
	"also": true, "has": true, "had": true, "have": true, "then": true, "later": true, "earlier": true,
	"previously": true, "further": true, "once": true, "again": true, "simply": true, "repeatedly": true,
	"juga": true, "pun": true, "telah": true, "sudah": true, "pernah": true, "sempat": true, "kembali": true,
	"lalu": true, "kemudian": true, "pun.": true, "lantas": true, "sebelumnya": true, "bahkan": true,
}

// Indefinite determiners that open the phrase of an unnamed speaker:
// "Seorang ekonom menilai", "A senior official said".
var indefinites = map[string]bool{"seorang": true, "a": true, "an": true, "one": true}

// Words that may lead a verb-first attribution after a quote: "…,” demikian
// kata Retno.
var leadFillers = map[string]bool{"demikian": true, "begitu": true, "so": true}

// Words before a noun, so the word after them is no verb: "the report".
var nounMarkers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "its": true, "his": true, "her": true, "their": true, "our": true, "my": true}

// Words that open a new clause or phrase after a quote, so the verb that
// follows is not its attribution: "…” but he says", "…’ when he accused".
var conjunctions = map[string]bool{
	"but": true, "and": true, "while": true, "as": true, "when": true, "after": true, "before": true, "because": true,
	"since": true, "although": true, "though": true, "if": true, "over": true, "which": true, "who": true, "that": true,
	"where": true, "or": true, "yet": true, "in": true, "on": true, "at": true, "with": true, "for": true, "to": true,
	"from": true, "by": true, "tetapi": true, "namun": true, "dan": true, "serta": true, "sementara": true,
	"sedangkan": true, "atau": true, "yang": true, "ketika": true, "saat": true, "karena": true, "sebab": true,
	"setelah": true, "sebelum": true, "jika": true, "kalau": true, "walaupun": true, "meskipun": true, "di": true,
	"ke": true, "dari": true, "pada": true, "dengan": true, "untuk": true, "agar": true, "supaya": true,
}

// Determiners allowed inside a speaker phrase: "said the minister", "kata
// sang menteri".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "sang": true, "si": true, "seorang": true, "para": true}

// Words that end an addressee phrase: "told reporters on Monday", "kepada
// wartawan di Jakarta".
var addresseeStops = map[string]bool{
	"on": true, "in": true, "at": true, "after": true, "before": true, "during": true, "that": true, "when": true,
	"while": true, "as": true, "by": true, "from": true, "via": true, "with": true, "this": true, "last": true,
	"di": true, "pada": true, "saat": true, "usai": true, "seusai": true, "setelah": true, "dalam": true,
	"ketika": true, "melalui": true, "lewat": true, "bahwa": true, "sebelum": true, "sesudah": true, "yang": true,
	"dan": true, "and": true, "soal": true, "terkait": true, "tentang": true, "about": true,
}

// Subject-like English pronoun forms are taken from the lexicon; these forms
// of it never stand as the subject of a speech verb.
var notSubject = map[string]bool{"him": true, "his": true, "her": true, "hers": true, "himself": true, "herself": true, "its": true, "itself": true}

// buildTables builds the tables of every language of package lexicon, merged:
// an article's cue words are in its own language, but a short or mixed
// article may be detected as the other one (an Indonesian story quoting an
// English speaker), and the word lists hardly collide.
func buildTables() (*tables, error) {
	langs := lexicon.Languages
	t := &tables{verbs: map[string]verb{}, pronouns: map[string]string{}, abbrev: map[string]string{}}
	for _, l := range langs {
		lx := lexicon.For(l)
		t.lxs = append(t.lxs, lx)
		for form, v := range lx.SpeechVerbs {
			t.addVerb(l, form, v.Lemma)
		}
		for form, p := range lx.Pronouns {
			if p.Kind == "third" && p.Number == "sg" && !notSubject[form] {
				t.pronouns[form] = p.Gender
			}
		}
	}
	err := eachLine(verbsData, "data/verbs.txt", 3, func(f []string) {
		for _, l := range langs {
			if f[0] == l {
				if _, ok := t.verbs[f[1]]; !ok {
					t.addVerb(l, f[1], f[2])
				}
			}
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(titleAbbrevData, "data/title_abbrev.txt", 2, func(f []string) { t.abbrev[f[0]] = f[1] })
	if err != nil {
		return nil, err
	}
	return t, nil
}

// addVerb records form, reading its kind from its shape. English verbs bind
// their speaker on either side. Indonesian meN-, ber- and ter- forms take
// the speaker before them, bare roots and di- forms after them, and a root
// with -nya carries its own pronoun.
func (t *tables) addVerb(lang, form, lemma string) {
	if lemma == "" {
		lemma = form
	}
	k := either
	if lang == "id" {
		switch {
		case strings.HasPrefix(form, "me") || strings.HasPrefix(form, "ber") || strings.HasPrefix(form, "ter"):
			k = subjectFirst
			if form == "menurut" {
				k = verbFirst
			}
		case strings.HasPrefix(form, "di"):
			k = verbFirst
		case strings.HasSuffix(form, "nya") && form != lemma:
			k = clitic
		default:
			k = verbFirst
		}
		if form == "menurutnya" {
			k = clitic
		}
	}
	if old, ok := t.verbs[form]; ok && old.kind != k {
		k = either
	}
	t.verbs[form] = verb{lemma: lemma, kind: k}
}

func eachLine(data, name string, minFields int, fn func([]string)) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < minFields {
			return fmt.Errorf("quotes: %s:%d: want %d fields", name, n, minFields)
		}
		fn(f)
	}
	return sc.Err()
}

// isTitleWord reports whether the folded word can begin an office or role
// title ("menteri", "minister", "spokesman").
func (t *tables) isTitleWord(w string) bool {
	if _, ok := t.abbrev[w]; ok {
		return true
	}
	for _, lx := range t.lxs {
		if lx.Titles.StartsAny(w) || lx.Titles.Has(w) {
			return true
		}
	}
	return false
}

// isRole reports whether the folded word is a role noun that may stand
// before a name like a title: "fisherman Sholeh", "petani Sutrisno".
func (t *tables) isRole(w string) bool {
	for _, lx := range t.lxs {
		if lx.Roles.Has(w) {
			return true
		}
	}
	return false
}

// isHonorific reports whether the folded word is an honorific (pak, Mr.).
func (t *tables) isHonorific(w string) bool {
	for _, lx := range t.lxs {
		if lx.Honorifics.Has(w) {
			return true
		}
	}
	return false
}
