package entities

import (
	"slices"
	"strings"

	"github.com/wartalab/warta/article"
)

// genders sets Person.Gender where the text shows it. The evidence, per
// mention:
//
//   - a gendered honorific or role word in the title run before the name
//     ("Mrs. Clinton", "spokeswoman Maria Zakharova", "Ibu Sri Mulyani");
//   - a gendered noun among the first words of an apposition after it
//     ("Rukmini, a grandmother of three,", "Sri, janda tiga anak,"), read up
//     to the first function word or pronoun ("X, whose wife …" gives none);
//   - in languages whose pronouns carry gender, a sentence with no quotation
//     mark whose only person is this one and which uses third-person pronouns
//     of one gender only ("Rukmini, 58, remembers when the walk from her
//     house …").
//
// A person gets a gender only when the evidence agrees.
func (b *builder) genders(s *Set) {
	if len(s.People) == 0 {
		return
	}
	votes := make([][2]int, len(s.People))
	vote := func(p int, g string) {
		switch g {
		case "m":
			votes[p][0]++
		case "f":
			votes[p][1]++
		}
	}
	for _, l := range s.Index {
		if l.Kind != KindPerson {
			continue
		}
		vote(l.Index, b.genderBefore(l.First))
		vote(l.Index, b.genderAfter(l.End))
	}
	b.pronounGenders(s, vote)
	for p, v := range votes {
		switch {
		case v[0] > 0 && v[1] == 0:
			s.People[p].Gender = "m"
		case v[1] > 0 && v[0] == 0:
			s.People[p].Gender = "f"
		}
	}
}

// gendered returns the gender a folded word shows, with or without its
// abbreviation period.
func (b *builder) gendered(k int) string {
	f := b.tok(k).Fold
	if g, ok := b.lx.Gendered[f]; ok {
		return g
	}
	return b.lx.Gendered[strings.TrimSuffix(f, ".")]
}

// genderBefore reads the title run before a mention starting at token i:
// capitalised words, honorifics and gendered words, within the sentence.
func (b *builder) genderBefore(i int) string {
	sent := b.tok(i).Sent
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		t := b.tok(k)
		if t.Sent != sent || t.Kind != article.Word {
			return ""
		}
		if g := b.gendered(k); g != "" {
			return g
		}
		if !t.Is(article.Capitalized) && !b.isHonorific(k) {
			return ""
		}
	}
	return ""
}

// genderAfter reads an apposition after a mention ending at token j: "X, a
// 58-year-old grandmother," or "X, janda tiga anak,". Only the first few
// words count, and a gendered word after a relative or possessive word
// ("whose wife", "who met his mother", "yang istrinya") does not.
func (b *builder) genderAfter(j int) string {
	if j >= len(b.d.Tokens) || b.text(j) != "," {
		return ""
	}
	para := b.tok(j).Para
	for k := j + 1; k < len(b.d.Tokens) && k-j <= 5; k++ {
		t := b.tok(k)
		if t.Para != para || t.Kind == article.Punct || t.Kind == article.Quote {
			return ""
		}
		if g := b.gendered(k); g != "" {
			return g
		}
		if b.lx.Pronouns[t.Fold].Kind != "" || b.lx.Stopwords.Has(t.Fold) && !b.article(t.Fold) {
			return ""
		}
	}
	return ""
}

// article reports whether a folded word is an article that may open an
// apposition ("a", "an", "the", "seorang").
func (b *builder) article(f string) bool {
	switch f {
	case "a", "an", "the", "seorang", "sang", "si":
		return true
	}
	return false
}

// pronounGenders votes from sentences whose only person is one mention and
// whose third-person pronouns all have one gender. Languages without
// gendered pronouns (Indonesian) give no votes.
func (b *builder) pronounGenders(s *Set, vote func(int, string)) {
	if !b.genderedPronouns() {
		return
	}
	k := 0
	for _, sent := range b.d.Sentences {
		for k < len(s.Index) && s.Index[k].First < sent.First {
			k++
		}
		person, persons, firstPerson := -1, 0, sent.End
		for m := k; m < len(s.Index) && s.Index[m].First < sent.End; m++ {
			if l := s.Index[m]; l.Kind == KindPerson {
				if l.Index != person {
					persons++
				}
				person = l.Index
				firstPerson = min(firstPerson, l.End)
			}
		}
		if persons != 1 || b.d.Paragraphs[sent.Para].Boilerplate {
			continue
		}
		g := ""
		for t := sent.First; t < sent.End; t++ {
			tok := b.tok(t)
			if tok.Kind == article.Quote {
				g = "x"
				break
			}
			if t > firstPerson && b.mentionsSomeone(t) {
				g = "x" // "X said the prime minister's ratings gave her …": her may be someone unnamed
				break
			}
			p, ok := b.lx.Pronouns[tok.Fold]
			if !ok || p.Kind != "third" || p.Gender != "m" && p.Gender != "f" {
				continue
			}
			if g != "" && g != p.Gender {
				g = "x"
				break
			}
			g = p.Gender
		}
		vote(person, g)
	}
}

// appositionTitles adds to each person the titles an apposition after one
// of their mentions gives: "Hirofumi Yoshimura, Ishin's co-leader and the
// governor of Osaka," has the titles co-leader and governor; "Suryadi
// Halim, finance director of Harita Nickel," finance director. The title
// pass of the quotes sieve then finds them ("the Osaka governor said").
func (b *builder) appositionTitles(s *Set) {
	n := len(b.d.Tokens)
	for _, l := range s.Index {
		if l.Kind != KindPerson || l.End+1 >= n || b.text(l.End) != "," {
			continue
		}
		para := b.tok(l.End).Para
		p := &s.People[l.Index]
		for k := l.End + 1; k < n && k-l.End <= 10; k++ {
			t := b.tok(k)
			if t.Para != para || t.Kind == article.Quote || t.Kind == article.Punct && b.text(k) != "-" {
				break
			}
			if t.Is(article.Capitalized) || t.Is(article.AllCaps) || t.Kind != article.Word {
				continue // an organization or place inside: "Ishin's co-leader"
			}
			if _, m, ok := b.lx.Titles.Match(n-k, func(x int) string { return b.tok(k + x).Fold }); ok {
				title := strings.ToLower(b.d.Text[t.Start:b.tok(k+m-1).End])
				if !slices.Contains(p.Titles, title) {
					p.Titles = append(p.Titles, title)
				}
				k += m - 1
				continue
			}
			if b.lx.Pronouns[t.Fold].Kind != "" || b.lx.SpeechVerbs[t.Fold].Class != "" {
				break // "X, who …", "X, said …"
			}
		}
	}
}

// mentionsSomeone reports whether token t is a lower-case title or role
// noun, which names a person other than the one mentioned by name.
func (b *builder) mentionsSomeone(t int) bool {
	tok := b.tok(t)
	if tok.Kind != article.Word || tok.Is(article.Capitalized) {
		return false
	}
	return b.lx.Titles.Has(tok.Fold) || b.lx.Roles.Has(tok.Fold)
}

// genderedPronouns reports whether the language's third-person pronouns
// carry gender.
func (b *builder) genderedPronouns() bool {
	for _, p := range b.lx.Pronouns {
		if p.Kind == "third" && (p.Gender == "m" || p.Gender == "f") {
			return true
		}
	}
	return false
}
