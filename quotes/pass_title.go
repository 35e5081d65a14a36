package quotes

import (
	"slices"
	"sort"
	"strings"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// titleOnlyPass resolves a speaker named by a title alone: "“…,” kata
// Menlu", "“…,” the minister said", "Australia's prime minister told …". It
// picks the person the article introduced with that title (Person.Titles or
// the title written before one of the person's names), preferring an exact
// title over a partial one and then the most recent mention. "kata Juru
// Bicara KPK" with no such person falls back to the organization.
func titleOnlyPass(s *state, i int) (attribution, bool) {
	c, ok := s.primary(i)
	if !ok || c.subj != subjTitle {
		return attribution{}, false
	}
	words := s.expandTitle(c.titleFirst, c.titleEnd)
	q := &s.qs[i]
	best, bestScore := -1, 0
	minPara := q.para - 2*lookBack
	idx := s.ents.Index
	k := sort.Search(len(idx), func(k int) bool { return idx[k].First >= q.open })
	seen := map[int]bool{}
	for n := 0; k > 0 && n < 400; n++ {
		k--
		l := idx[k]
		if int(s.d.Tokens[l.First].Para) < minPara {
			break
		}
		if l.Kind != entities.KindPerson || seen[l.Index] || l.Index >= len(s.titles) {
			continue
		}
		seen[l.Index] = true
		score := 0
		for _, t := range s.titles[l.Index] {
			score = max(score, titleMatch(words, strings.Fields(t)))
		}
		if score == 0 && c.ent.Kind == entities.KindOrganization && c.ent.Index < len(s.ents.Organizations) {
			// "kata Kepala Basarnas": the head of that body, though the
			// article gave the title in another form
			if a := s.ents.People[l.Index].Affiliation; a != nil && a.Kind == entities.KindOrganization && a.Name == s.ents.Organizations[c.ent.Index].Name {
				score = 1
			}
		}
		if score > 0 && c.ent.Kind == entities.KindOrganization && c.ent.Index < len(s.ents.Organizations) {
			if a := s.ents.People[l.Index].Affiliation; a != nil && a.Name == s.ents.Organizations[c.ent.Index].Name {
				score += 2 // the title's body is the person's
			}
		}
		if score > bestScore {
			best, bestScore = l.Index, score
		}
	}
	sp := s.d.Slice(c.subjFirst, c.subjEnd)
	if best >= 0 {
		return attribution{ref: entities.Ref{Kind: entities.KindPerson, Index: best}, mention: &sp, cue: &c}, true
	}
	if c.ent.Kind == entities.KindOrganization && s.isSpeaker(c.ent.Ref) {
		return attribution{ref: c.ent.Ref, mention: &sp, cue: &c}, true
	}
	if s.addsToSpeaker(c) {
		// "“A,” he said. “B,” the finance director added": no one holds
		// the title by name, and an added remark goes on from the speaker
		// just quoted in the paragraph
		for j := i - 1; j >= 0 && s.qs[j].para == q.para; j-- {
			if s.att[j].ok && s.att[j].ref.Kind == entities.KindPerson {
				return attribution{ref: s.att[j].ref, mention: &sp, cue: &c}, true
			}
		}
	}
	return attribution{}, false
}

// addsToSpeaker reports whether the cue's verb adds to what was said
// (added, continued, imbuhnya, lanjutnya, tambahnya).
func (s *state) addsToSpeaker(c cue) bool {
	for _, lx := range s.tb.lxs {
		if v, ok := lx.SpeechVerbs[s.d.Tokens[c.verbFirst].Fold]; ok && v.Class == "add" {
			return true
		}
	}
	return false
}

// titleMatch scores how well the title words a (from the attribution) match
// a person's title b: 2 for the same title, 1 when one holds all the words
// of the other ("minister" and "foreign minister").
func titleMatch(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if slices.Equal(a, b) {
		return 2
	}
	if subset(a, b) || subset(b, a) {
		return 1
	}
	return 0
}

func subset(a, b []string) bool {
	for _, w := range a {
		found := false
		for _, x := range b {
			if w == x {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// expandTitle returns the folded words of the title tokens [b, e), short
// forms expanded: Menlu -> menteri luar negeri.
func (s *state) expandTitle(b, e int) []string {
	var words []string
	for k := b; k < e; k++ {
		f := s.d.Tokens[k].Fold
		if x, ok := s.tb.abbrev[f]; ok {
			words = append(words, strings.Fields(x)...)
			continue
		}
		words = append(words, f)
	}
	return words
}

// collectTitles gathers the titles of every person: Person.Titles, and the
// title phrase written right before each mention ("Menteri Luar Negeri AS
// Antony Blinken", "national police spokesman Edward Aritonang"). One pass
// over the mention index.
func (s *state) collectTitles() {
	s.titles = make([][]string, len(s.ents.People))
	for p, per := range s.ents.People {
		for _, t := range per.Titles {
			if w := strings.Join(s.expandWords(t), " "); !slices.Contains(s.titles[p], w) {
				s.titles[p] = append(s.titles[p], w)
			}
		}
	}
	for _, l := range s.ents.Index {
		if l.Kind != entities.KindPerson || l.Index >= len(s.titles) || l.First <= 0 || l.First > len(s.d.Tokens) {
			continue
		}
		pf := s.d.Paragraphs[s.d.Tokens[l.First-1].Para].First
		b := l.First
		for b > pf && l.First-b < 12 {
			if s.npWord(b - 1) {
				b--
				continue
			}
			// a short form in parentheses inside the title: "Kepala
			// Kepolisian Resor (Kapolres) Demak AKBP Dwi Hartono"
			if open := s.parenOpen(b-1, pf); open >= 0 {
				if tb, te, ok := s.titleIn(open+1, b-1); ok {
					t := strings.Join(s.expandTitle(tb, te), " ")
					if !slices.Contains(s.titles[l.Index], t) {
						s.titles[l.Index] = append(s.titles[l.Index], t)
					}
				}
				b = open
				continue
			}
			break
		}
		if b == l.First {
			continue
		}
		if tb, te, ok := s.titleIn(b, l.First); ok {
			t := strings.Join(s.expandTitle(tb, te), " ")
			if !slices.Contains(s.titles[l.Index], t) {
				// each distinct title once, so that the title pass costs the
				// same per quote however often a person is mentioned
				s.titles[l.Index] = append(s.titles[l.Index], t)
			}
		}
	}
}

func (s *state) expandWords(t string) []string {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if x, ok := s.tb.abbrev[w]; ok {
			words = append(words, strings.Fields(x)...)
			continue
		}
		words = append(words, w)
	}
	return words
}

// parenOpen returns the "(" of a short parenthesis "( … )" closed at token
// k, not before token lo, or -1.
func (s *state) parenOpen(k, lo int) int {
	if k < lo || !s.d.isPunct(k, ")") {
		return -1
	}
	for o := k - 1; o >= lo && k-o <= 4; o-- {
		if s.d.isPunct(o, "(") {
			return o
		}
		if s.d.Tokens[o].Kind != article.Word {
			return -1
		}
	}
	return -1
}
