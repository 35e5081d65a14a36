package quotes

import (
	"strings"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
	"github.com/wartalab/warta/lexicon"
)

// definitePass resolves a definite description of an organization named
// earlier, or of a person by a role noun ("kata pemain Thailand itu", "the
// 34-year-old said"), which then stands for the person as a pronoun would: "“…,” the police said" after "the Singapore Police Force",
// "“…,” kata kementerian tersebut" after "Kementerian Kesehatan". Every
// noun of the description must be a word of the organization's name or of
// one of its aliases; the most recent such organization within the last
// paragraphs wins.
func definitePass(s *state, i int) (attribution, bool) {
	c, ok := s.primary(i)
	if !ok {
		c = s.qs[i].after // a cue whose speaker words were not read
		if !c.ok {
			return attribution{}, false
		}
	}
	if (c.subj == subjNone || c.subj == subjOther) && c.subjFirst == c.verbEnd && !s.endsDefinite(c.subjEnd) {
		// a lower-case phrase after a verb-first cue: "kata kementerian
		// tersebut", "kata pemain berusia 23 tahun itu"
		pend := s.d.Paragraphs[s.qs[i].para].End
		for e := c.verbEnd + 1; e < pend && e-c.verbEnd <= 6; e++ {
			if k := s.d.Tokens[e].Kind; k != article.Word && k != article.Number {
				break
			}
			if f := s.d.Tokens[e].Fold; f == "itu" || f == "tersebut" {
				c.subj, c.subjEnd = subjOther, e+1
				break
			}
		}
	}
	if c.subj != subjOther || c.subjEnd-c.subjFirst < 2 {
		return attribution{}, false
	}
	first, last := s.d.Tokens[c.subjFirst].Fold, s.d.Tokens[c.subjEnd-1].Fold
	var nouns []string
	switch {
	case first == "the":
		for k := c.subjFirst + 1; k < c.subjEnd; k++ {
			nouns = append(nouns, s.d.Tokens[k].Fold)
		}
	case last == "itu" || last == "tersebut":
		for k := c.subjFirst; k < c.subjEnd-1; k++ {
			nouns = append(nouns, s.d.Tokens[k].Fold)
		}
	default:
		return attribution{}, false
	}
	for k := c.subjFirst; k < c.subjEnd; k++ {
		if t := s.d.Tokens[k]; t.Kind != article.Word && t.Kind != article.Number {
			return attribution{}, false // ("pemain berusia 23 tahun itu" keeps its number)
		}
	}
	q := &s.qs[i]
	from := s.d.Paragraphs[max(q.para-lookBack, 0)].First
	if ref, ok := s.antecedent(i, entities.KindOrganization, ""); ok && ref.Index < len(s.ents.Organizations) && entities.DescribesOrganization(s.ents.Organizations[ref.Index], nouns) {
		// the body the last sentences are about, if the description fits it:
		// "Sinar Logam, which is owned by Hengda Metals Group, said …" then
		// "the company said" is Sinar Logam's
		sp := s.d.Slice(c.subjFirst, c.subjEnd)
		return attribution{ref: ref, mention: &sp, cue: &c}, true
	}
	if ref, ok := s.ents.DescribedOrganization(nouns, from, q.open, q.open, s.isSpeaker); ok {
		// "the police" after "the Singapore Police Force", "the club" after
		// "Kawasaki Frontale FC", "kementerian tersebut"
		sp := s.d.Slice(c.subjFirst, c.subjEnd)
		return attribution{ref: ref, mention: &sp, cue: &c}, true
	}
	if len(nouns) == 1 && entities.BodyNoun(nouns[0]) {
		// "Siam Horizon denied any wrongdoing. “…,” the company said": the
		// organization the last sentences are about, as "it" would be
		if ref, ok := s.antecedent(i, entities.KindOrganization, ""); ok {
			sp := s.d.Slice(c.subjFirst, c.subjEnd)
			return attribution{ref: ref, mention: &sp, cue: &c}, true
		}
	}
	if g, ok := s.personDescription(nouns); ok && !s.introducedUnnamed(i, nouns) {
		// "“…,” kata pemain Thailand itu", "“…,” the 34-year-old said": a
		// role noun stands for a person named before, as a pronoun does
		if ref, ok := s.antecedent(i, entities.KindPerson, g); ok {
			sp := s.d.Slice(c.subjFirst, c.subjEnd)
			return attribution{ref: ref, mention: &sp, cue: &c}, true
		}
	}
	return attribution{}, false
}

// personDescription reports whether the words of a definite description
// name one person by a singular role ("pemain Thailand", "Thai player",
// "34-year-old", "woman"), and the gender its words show ("" if none).
func (s *state) personDescription(nouns []string) (string, bool) {
	person, gender := false, ""
	if len(nouns) >= 1 && len(nouns) <= 3 {
		for _, lx := range s.tb.lxs {
			if ref, ok := lx.Countries.Get(strings.Join(nouns, " ")); ok && ref.Kind == lexicon.CountryDemonym {
				return "", true // "the German said", "the South Korean said": a demonym standing for a person
			}
		}
	}
	for _, n := range nouns {
		if strings.HasSuffix(n, "-year-old") || strings.HasSuffix(n, "-tahun") {
			person = true
		}
		for _, lx := range s.tb.lxs {
			if g, ok := lx.Gendered[n]; ok {
				person, gender = true, g
			}
			if lx.Roles.Has(n) {
				if stem, ok := strings.CutSuffix(n, "s"); ok && lx.Roles.Has(stem) {
					return "", false // a plural: "the officials"
				}
				if strings.HasSuffix(n, "men") || strings.HasSuffix(n, "people") {
					return "", false
				}
				person = true
			}
		}
	}
	return gender, person
}

// endsDefinite reports whether the speaker phrase ending at token e ends
// with itu or tersebut.
func (s *state) endsDefinite(e int) bool {
	if e <= 0 || e > len(s.d.Tokens) {
		return false
	}
	f := s.d.Tokens[e-1].Fold
	return f == "itu" || f == "tersebut"
}

// introducedUnnamed reports whether one of the nouns was introduced with an
// indefinite article in the paragraphs before quote i: "An analyst at a
// Taipei-based brokerage … said …" then "“…,” the analyst said" speaks for
// that unnamed analyst, not for a person named earlier.
func (s *state) introducedUnnamed(i int, nouns []string) bool {
	q := &s.qs[i]
	from := s.d.Paragraphs[max(q.para-2, 0)].First
	for k := from; k < q.open; k++ {
		if !indefinites[s.d.Tokens[k].Fold] {
			continue
		}
		if k >= 2 && s.d.isPunct(k-1, ",") {
			if l, ok := s.ents.At(k - 2); ok && l.Kind == entities.KindPerson {
				continue // an apposition to a named person: "Rajesh Kumar, a 45-year-old …"
			}
		}
		for m := k + 1; m < q.open && m-k <= 3; m++ {
			f := s.d.Tokens[m].Fold
			for _, n := range nouns {
				if f == n {
					return true
				}
			}
		}
	}
	return false
}
