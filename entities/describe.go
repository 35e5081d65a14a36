package entities

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/wartalab/warta/lexicon"
)

// maxDescribed bounds how many mentions [Set.DescribedOrganization] looks
// at on each side of the description, so that its cost does not grow with
// the article.
const maxDescribed = 200

// DescribedOrganization returns the organization that a definite description
// refers to: "the police" after "the Singapore Police Force", "the
// department" after "the Department of Health", "kementerian tersebut" after
// "Kementerian Kesehatan", "the country's disaster agency" before "the
// National Disaster Management Agency (BNPB)".
//
// nouns are the case-folded words of the description without its
// determiners and possessor ("the", "itu", "tersebut", "the country's"):
// ["police"], ["disaster", "agency"], ["kementerian"]. An organization fits
// when every noun is a word of its name or of one of its aliases, directly
// or through a synonym for a kind of body (police: Police, Polri, Polda;
// ministry and department: Ministry, Department, Kementerian, Kemen…;
// agency: Agency, Badan, Administration, Authority; company: Holdings,
// Corporation, PT, Tbk; see [DescribesOrganization]).
//
// The organization is the one mentioned last in tokens [from, at) (token
// indexes of the article, at being the first token of the description);
// when none fits there, the one mentioned first in [at, to) — pass to = at
// to look back only. keep, when not nil, must accept the organization. At
// most a fixed number of mentions is looked at on each side, so the cost
// does not grow with the article.
func (s *Set) DescribedOrganization(nouns []string, from, at, to int, keep func(Ref) bool) (Ref, bool) {
	if s == nil || len(nouns) == 0 {
		return Ref{}, false
	}
	seen := map[int]bool{} // organization index -> fits, each worked out once
	fits := func(l Located) bool {
		if l.Kind != KindOrganization || l.Index < 0 || l.Index >= len(s.Organizations) {
			return false
		}
		if ok, done := seen[l.Index]; done {
			return ok
		}
		ok := (keep == nil || keep(l.Ref)) && DescribesOrganization(s.Organizations[l.Index], nouns)
		seen[l.Index] = ok
		return ok
	}
	idx := s.Index
	k := sort.Search(len(idx), func(k int) bool { return idx[k].First >= at })
	for j, n := k-1, 0; j >= 0 && n < maxDescribed && idx[j].First >= from; j, n = j-1, n+1 {
		if idx[j].End <= at && fits(idx[j]) {
			return idx[j].Ref, true
		}
	}
	for j, n := k, 0; j < len(idx) && n < maxDescribed && idx[j].First < to; j, n = j+1, n+1 {
		if fits(idx[j]) {
			return idx[j].Ref, true
		}
	}
	return Ref{}, false
}

// DescribesOrganization reports whether every word of nouns (case folded) is
// a word of the name or of one alias of o — the same name for all of them —
// either as written or through a synonym for a kind of body: "police" fits
// "Singapore Police Force" and "Polri", "department" fits "Department of
// Health" and "Ministry of Health", "agency" fits "Badan Nasional
// Penanggulangan Bencana". A word for any organization ("organisation",
// "lembaga", "institution") fits every organization.
func DescribesOrganization(o Organization, nouns []string) bool {
	if len(nouns) == 0 {
		return false
	}
	names := append([]string{o.Name}, o.Aliases...)
	for _, name := range names {
		words := nameWords(name)
		all := true
		for _, n := range nouns {
			if !nounFits(n, words) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// nameWords returns the case-folded words of an organization name, without
// the punctuation around them ("Philippine Atmospheric, Geophysical …").
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w = strings.Trim(w, ",.;:()[]\"'’"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// nounFits reports whether noun n is one of the words of a name or names it
// through the lexicon's body nouns.
func nounFits(n string, words []string) bool {
	n = strings.ToLower(n)
	if anyBody(n) {
		return true
	}
	syn := bodyNouns()[n]
	for _, w := range words {
		if w == n {
			return true
		}
		for _, sy := range syn {
			if p, ok := strings.CutSuffix(sy, "*"); ok {
				if strings.HasPrefix(w, p) && len(w) > len(p) {
					return true
				}
			} else if w == sy {
				return true
			}
		}
	}
	return false
}

// bodyNouns maps a noun for a kind of body, of any language, to the name
// words that make an organization such a body (lexicon body_nouns.txt);
// ["*"] marks a word for any organization ("the organisation", "lembaga
// itu"). An entry ending in * is a prefix of a name word (Kemenkes).
var bodyNouns = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, l := range lexicon.Languages {
		for n, words := range lexicon.For(l).BodyNouns {
			m[n] = appendMissing(m[n], words)
		}
	}
	return m
})

func appendMissing(list, add []string) []string {
	for _, w := range add {
		if !slices.Contains(list, w) {
			list = append(list, w)
		}
	}
	return list
}

func anyBody(n string) bool {
	w := bodyNouns()[n]
	return len(w) == 1 && w[0] == "*"
}

// BodyNoun reports whether the case-folded word w is a noun for a kind of
// body that a definite description can name ("police", "department",
// "agency", "kementerian", "organisation"): a noun that
// [DescribesOrganization] knows.
func BodyNoun(w string) bool {
	_, ok := bodyNouns()[w]
	return ok
}
