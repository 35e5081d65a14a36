package corpus

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/wartalab/warta"
)

// A GoldEntity is a person or organization of a gold file.
type GoldEntity struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases,omitempty"`
	Optional bool     `json:"optional,omitempty"`
}

// A GoldCountry is a country of a gold file.
type GoldCountry struct {
	Code     string `json:"code"`
	Optional bool   `json:"optional,omitempty"`
}

// A GoldQuote is a quote of a gold file; Speaker nil means no speaker.
type GoldQuote struct {
	Text     string  `json:"text"`
	Speaker  *string `json:"speaker"`
	Optional bool    `json:"optional,omitempty"`
}

// A GoldClaim is a claim of a gold file.
type GoldClaim struct {
	Source   string `json:"source"`
	Cue      string `json:"cue"`
	Content  string `json:"content"`
	Optional bool   `json:"optional,omitempty"`
}

// A Gold is one annotated article in the format of the warta development set
// (see the README of the dev set): the text and the entities, quotes and
// claims a reader finds in it.
type Gold struct {
	ID            string        `json:"id"`
	Lang          string        `json:"lang"`
	Source        string        `json:"source,omitempty"`
	Text          string        `json:"text"`
	People        []GoldEntity  `json:"people"`
	Organizations []GoldEntity  `json:"organizations"`
	Countries     []GoldCountry `json:"countries"`
	Quotes        []GoldQuote   `json:"quotes"`
	Claims        []GoldClaim   `json:"claims"`
}

// A Prediction is what the scorer reads of a result, in the same shape as a
// gold file (Optional is ignored).
type Prediction struct {
	People        []GoldEntity
	Organizations []GoldEntity
	Countries     []string
	Quotes        []GoldQuote
	Claims        []GoldClaim
}

// PredictionOf converts an analysis result into a Prediction.
func PredictionOf(r *warta.Result) Prediction {
	var p Prediction
	for _, x := range r.People {
		p.People = append(p.People, GoldEntity{Name: x.Name, Aliases: x.Aliases})
	}
	for _, x := range r.Organizations {
		p.Organizations = append(p.Organizations, GoldEntity{Name: x.Name, Aliases: x.Aliases})
	}
	for _, x := range r.Countries {
		p.Countries = append(p.Countries, x.Code)
	}
	for _, q := range r.Quotes {
		p.Quotes = append(p.Quotes, GoldQuote{Text: q.Text, Speaker: q.Speaker})
	}
	for _, c := range r.Claims {
		p.Claims = append(p.Claims, GoldClaim{Source: c.Source, Cue: c.Cue, Content: c.Content})
	}
	return p
}

// ReadGold reads one gold file.
func ReadGold(name string) (Gold, error) {
	var g Gold
	b, err := os.ReadFile(name)
	if err != nil {
		return g, fmt.Errorf("corpus: %w", err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return g, fmt.Errorf("corpus: read %s: %w", name, err)
	}
	if g.ID == "" {
		g.ID = strings.TrimSuffix(filepath.Base(name), ".json")
	}
	return g, nil
}

// ReadGoldDir reads every *.json gold file of dir, sorted by name.
func ReadGoldDir(dir string) ([]Gold, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	sort.Strings(names)
	var out []Gold
	for _, n := range names {
		g, err := ReadGold(n)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

// PRF counts true positives, false positives and false negatives.
type PRF struct{ TP, FP, FN int }

// P returns the precision.
func (c PRF) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R returns the recall.
func (c PRF) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of P and R.
func (c PRF) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// A Report accumulates scores over articles with the matching rules of the
// reference scorer (shared/eval/score.py).
type Report struct {
	Articles      int
	People        PRF
	Organizations PRF
	Countries     PRF
	Quotes        PRF
	Attribution   PRF // TP right speaker, FP wrong speaker, over matched required quotes
	QuoteSpeaker  PRF
	Claims        PRF
	ClaimSource   PRF // TP right source, FP wrong source, over matched required claims
}

// Add scores one article and returns a log of its misses.
func (r *Report) Add(g Gold, p Prediction) []string {
	var log []string
	r.Articles++
	log = scoreEntities(g.People, p.People, &r.People, log, "people")
	log = scoreEntities(g.Organizations, p.Organizations, &r.Organizations, log, "organizations")

	gc := map[string]bool{}
	for _, c := range g.Countries {
		gc[strings.ToUpper(c.Code)] = c.Optional
	}
	pc := map[string]bool{}
	for _, c := range p.Countries {
		if c != "" {
			pc[strings.ToUpper(c)] = true
		}
	}
	for _, c := range sortedKeys(pc) {
		opt, ok := gc[c]
		switch {
		case !ok:
			r.Countries.FP++
			log = append(log, "  FP country: "+c)
		case !opt:
			r.Countries.TP++
		}
	}
	for _, c := range sortedKeys(gc) {
		if !gc[c] && !pc[c] {
			r.Countries.FN++
			log = append(log, "  FN country: "+c)
		}
	}

	used := map[int]bool{}
	for _, q := range p.Quotes {
		bi, best := -1, 0.0
		for i, gq := range g.Quotes {
			if used[i] {
				continue
			}
			if d := Dice(q.Text, gq.Text); d > best {
				best, bi = d, i
			}
		}
		if bi >= 0 && best >= 0.5 {
			used[bi] = true
			gq := g.Quotes[bi]
			if gq.Optional {
				continue
			}
			r.Quotes.TP++
			if speakerOK(g, gq.Speaker, q.Speaker) {
				r.Attribution.TP++
				r.QuoteSpeaker.TP++
			} else {
				r.Attribution.FP++
				r.QuoteSpeaker.FP++
				r.QuoteSpeaker.FN++
				log = append(log, fmt.Sprintf("  WRONG speaker: %s for gold %s: %.60q", deref(q.Speaker), deref(gq.Speaker), gq.Text))
			}
		} else {
			r.Quotes.FP++
			r.QuoteSpeaker.FP++
			log = append(log, fmt.Sprintf("  FP quote: %.70q", q.Text))
		}
	}
	for i, gq := range g.Quotes {
		if !used[i] && !gq.Optional {
			r.Quotes.FN++
			r.QuoteSpeaker.FN++
			log = append(log, fmt.Sprintf("  FN quote (%s): %.70q", deref(gq.Speaker), gq.Text))
		}
	}

	used = map[int]bool{}
	for _, c := range p.Claims {
		bi, best := -1, 0.0
		for i, gcl := range g.Claims {
			if used[i] {
				continue
			}
			if d := Dice(c.Content, gcl.Content); d > best {
				best, bi = d, i
			}
		}
		if bi >= 0 && best >= 0.4 {
			used[bi] = true
			gcl := g.Claims[bi]
			if gcl.Optional {
				continue
			}
			r.Claims.TP++
			src := gcl.Source
			if Dice(c.Source, gcl.Source) >= 0.5 || speakerOK(g, &src, &c.Source) {
				r.ClaimSource.TP++
			} else {
				r.ClaimSource.FP++
				log = append(log, fmt.Sprintf("  WRONG source: %q for gold %q", c.Source, gcl.Source))
			}
		} else {
			r.Claims.FP++
			log = append(log, fmt.Sprintf("  FP claim: %q: %.60q", c.Source, c.Content))
		}
	}
	for i, gcl := range g.Claims {
		if !used[i] && !gcl.Optional {
			r.Claims.FN++
			log = append(log, fmt.Sprintf("  FN claim (%s): %.60q", gcl.Source, gcl.Content))
		}
	}
	return log
}

// Print writes the report as a table.
func (r *Report) Print(w io.Writer) {
	fmt.Fprintf(w, "articles: %d\n", r.Articles)
	row := func(name string, c PRF) {
		fmt.Fprintf(w, "%-15s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)\n", name, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
	}
	acc := func(name string, c PRF) {
		fmt.Fprintf(w, "%-15s accuracy %.3f  (%d/%d)\n", name, c.P(), c.TP, c.TP+c.FP)
	}
	row("people", r.People)
	row("organizations", r.Organizations)
	row("countries", r.Countries)
	row("quotes", r.Quotes)
	acc("attribution", r.Attribution)
	row("quotes+speaker", r.QuoteSpeaker)
	row("claims", r.Claims)
	acc("claim source", r.ClaimSource)
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

func sortedKeys(m map[string]bool) []string {
	k := make([]string, 0, len(m))
	for s := range m {
		k = append(k, s)
	}
	sort.Strings(k)
	return k
}

var folder = cases.Fold()

// Normalize applies the reference scorer's normalisation: NFKC, case
// folding, quotation marks and . , ; : ( ) [ ] turned into spaces, white
// space collapsed.
func Normalize(s string) string {
	s = folder.String(norm.NFKC.String(s))
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u2018', '\u2019', '\u201c', '\u201d', '"', '\'', '`', '.', ',', ';', ':', '(', ')', '[', ']':
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "pak": true, "bu": true, "bapak": true, "ibu": true, "sir": true}

func forms(e GoldEntity) map[string]bool {
	out := map[string]bool{}
	for _, f := range append([]string{e.Name}, e.Aliases...) {
		n := Normalize(f)
		if n == "" {
			continue
		}
		out[n] = true
		if parts := strings.Split(n, " "); len(parts) > 1 && honorifics[parts[0]] {
			out[strings.Join(parts[1:], " ")] = true
		}
	}
	return out
}

func scoreEntities(gold, pred []GoldEntity, c *PRF, log []string, kind string) []string {
	gf := make([]map[string]bool, len(gold))
	for i, g := range gold {
		gf[i] = forms(g)
	}
	used := map[int]bool{}
	for _, p := range pred {
		pf := forms(p)
		hit := -1
		for i := range gold {
			if used[i] {
				continue
			}
			for f := range pf {
				if gf[i][f] {
					hit = i
					break
				}
			}
			if hit >= 0 {
				break
			}
		}
		if hit < 0 {
			c.FP++
			log = append(log, fmt.Sprintf("  FP %s: %s", kind, p.Name))
			continue
		}
		used[hit] = true
		if !gold[hit].Optional {
			c.TP++
		}
	}
	for i, g := range gold {
		if !used[i] && !g.Optional {
			c.FN++
			log = append(log, fmt.Sprintf("  FN %s: %s", kind, g.Name))
		}
	}
	return log
}

func speakerOK(g Gold, gold, pred *string) bool {
	if gold == nil {
		return pred == nil || *pred == ""
	}
	if pred == nil || *pred == "" {
		return false
	}
	var gf map[string]bool
	for _, e := range append(append([]GoldEntity{}, g.People...), g.Organizations...) {
		if e.Name == *gold {
			gf = forms(e)
			break
		}
	}
	if gf == nil {
		gf = map[string]bool{Normalize(*gold): true}
	}
	return gf[Normalize(*pred)]
}

func tokens(s string) []string {
	return strings.FieldsFunc(Normalize(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Mn, r))
	})
}

// Dice returns the token Dice overlap of a and b as the reference scorer
// computes it (tokens are \w+ runs after normalisation).
func Dice(a, b string) float64 {
	ta, tb := tokens(a), tokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	ca := map[string]int{}
	for _, t := range ta {
		ca[t]++
	}
	inter := 0
	for _, t := range tb {
		if ca[t] > 0 {
			ca[t]--
			inter++
		}
	}
	return 2 * float64(inter) / float64(len(ta)+len(tb))
}
