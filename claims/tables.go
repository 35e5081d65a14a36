package claims

import (
	"bufio"
	"embed"
	"fmt"
	"strings"

	"github.com/wartalab/warta/lexicon"
)

//go:embed data
var dataFS embed.FS

// languages lists the languages with data files; any other language uses
// English tables.
var languages = []string{"id", "en"}

// A role is a class of function word for claim frames (data/<lang>/words.txt).
type role uint32

const (
	roleComp     role = 1 << iota // bahwa, that
	roleAux                       // juga, pun, has, also
	roleConn                      // namun, but: stripped from the start of a source
	rolePrep                      // pada, kepada, on, in: an adjunct after a cue or source
	roleStop                      // yang, who, which: no source crosses it
	roleDet                       // the, itu, tersebut
	roleGroup                     // analis, officials
	roleAnon                      // anonim, anonymity
	rolePronSg                    // dia, he
	rolePronPl                    // mereka, they
	rolePronIt                    // pihaknya, it
	roleLink                      // dari, of: a name under it is not the head
	roleTime                      // kemarin, Monday
	roleObj                       // reporters: the listener after "told"
	roleHedge                     // may, likely
	roleNeg                       // not, never
	roleTitle                     // minister, spokesman
	rolePassive                   // was, been: "had been reported" is no claim
	roleProform                   // demikian, so: "said so" has no proposition
	roleRel                       // which, who: after a comma, ends the content
	roleRelSubj                   // who, yang: a relative clause inside a source
	roleNamed                     // named, bernama: the name that follows is the source
	roleQuestion                  // how, whether, apakah: the content is a question, not a claim
	rolePeriod                    // week, last: "this week", "last month" between a cue and "that"
	roleSingle                    // a, seorang: a phrase for one, not a plural antecedent
	rolePlural                    // people, police: English plurals without -s
	roleThing                     // negara, klub, dokumen: a definite description that is no person
	roleDoc                       // statement, figures, laporan: a text that can be a source
	roleCredit                    // photo, foto: a credit line names no antecedent
	rolePerson                    // legenda, sosok: nouns for one person in a definite description
	roleSub                       // after, before: a conjunction that opens a clause; no source crosses it
	roleFinite                    // would, was, akan, sempat: a subject and one of these make a clause
)

var roleNames = map[string]role{
	"comp": roleComp, "aux": roleAux, "conn": roleConn, "prep": rolePrep, "stop": roleStop,
	"det": roleDet, "group": roleGroup, "anon": roleAnon, "pron-sg": rolePronSg,
	"pron-pl": rolePronPl, "pron-it": rolePronIt, "link": roleLink, "time": roleTime,
	"obj": roleObj, "hedge": roleHedge, "neg": roleNeg, "title": roleTitle,
	"passive": rolePassive, "proform": roleProform, "rel": roleRel, "relsubj": roleRelSubj,
	"named": roleNamed, "question": roleQuestion, "period": rolePeriod,
	"single": roleSingle, "plural": rolePlural, "thing": roleThing, "doc": roleDoc, "credit": roleCredit, "person": rolePerson,
	"sub": roleSub, "finite": roleFinite,
}

// A cue is a claim cue from data/<lang>/cues.txt.
type cue struct {
	class  string
	frames string
}

func (c cue) has(frame byte) bool { return strings.IndexByte(c.frames, frame) >= 0 }

// tables are the per-language lists of the package, immutable after load.
type tables struct {
	cues   *lexicon.Phrases[cue]
	words  map[string]role        // single folded words
	phrase *lexicon.Phrases[role] // multi-word entries
}

func loadTables() (map[string]*tables, error) {
	m := map[string]*tables{}
	for _, l := range languages {
		t := &tables{cues: lexicon.NewPhrases[cue](), words: map[string]role{}, phrase: lexicon.NewPhrases[role]()}
		err := eachRow(l+"/cues.txt", 3, func(f []string) error {
			t.cues.Add(f[0], cue{class: f[1], frames: f[2]})
			return nil
		})
		if err != nil {
			return nil, err
		}
		err = eachRow(l+"/words.txt", 2, func(f []string) error {
			r, ok := roleNames[f[1]]
			if !ok {
				return fmt.Errorf("unknown role %q", f[1])
			}
			if strings.Contains(f[0], " ") {
				old, _ := t.phrase.Get(f[0])
				t.phrase.Add(f[0], old|r)
			} else {
				t.words[f[0]] |= r
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		m[l] = t
	}
	return m, nil
}

// eachRow calls fn with the TAB-separated fields of each data line of
// data/<name>.
func eachRow(name string, fields int, fn func([]string) error) error {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return fmt.Errorf("claims: read %s: %w", name, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) < fields {
			return fmt.Errorf("claims: %s:%d: want %d fields", name, line, fields)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("claims: %s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}
