package corpus

import (
	"cmp"
	"slices"
	"strings"
)

// groups finds statements carried by more than one article. Candidate pairs
// share at least one of each other's rarest words (so the work stays near
// linear); a pair is the same statement when its word overlap reaches
// MinOverlap or, with vectors, its embedding cosine reaches MinSimilarity.
func (x *Index) groups(items []textObs) []Group {
	n := len(items)
	toks := make([][]string, n)
	df := map[string]int{}
	for i, it := range items {
		toks[i] = words(it.text)
		for _, w := range uniq(toks[i]) {
			df[w]++
		}
	}
	var emb [][]float32
	if x.opts.Vectors != nil {
		emb = make([][]float32, n)
		for i, it := range items {
			emb[i], _ = x.opts.Vectors.Embed(it.text)
		}
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	postings := map[string][]int{}
	for i, it := range items {
		if len(toks[i]) == 0 {
			continue
		}
		rare := uniq(toks[i])
		rare = slices.DeleteFunc(rare, func(w string) bool { return stopwords.Has(w) })
		slices.SortFunc(rare, func(a, b string) int { return cmp.Or(cmp.Compare(df[a], df[b]), strings.Compare(a, b)) })
		if len(rare) > 8 {
			rare = rare[:8]
		}
		seen := map[int]bool{}
		for _, w := range rare {
			for _, j := range postings[w] {
				if seen[j] || items[j].article == it.article || find(i) == find(j) {
					continue
				}
				seen[j] = true
				same := dice(toks[i], toks[j]) >= x.opts.MinOverlap
				if !same && emb != nil && emb[i] != nil && emb[j] != nil {
					same = float64(dot(emb[i], emb[j])) >= x.opts.MinSimilarity
				}
				if same {
					parent[find(i)] = find(j)
				}
			}
			if len(postings[w]) < 256 { // a word this common no longer narrows anything
				postings[w] = append(postings[w], i)
			}
		}
	}
	members := map[int][]int{}
	var roots []int
	for i := range items {
		r := find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	var out []Group
	for _, r := range roots {
		m := members[r]
		if len(m) < 2 {
			continue
		}
		g := Group{Text: items[m[0]].text}
		seenArt := map[int]bool{}
		for _, i := range m {
			it := items[i]
			if !seenArt[it.article] {
				seenArt[it.article] = true
				g.Articles = append(g.Articles, x.arts[it.article].id)
			}
			g.Items = append(g.Items, GroupItem{Article: x.arts[it.article].id, Who: it.who, Text: it.text})
		}
		if len(g.Articles) > 1 {
			out = append(out, g)
		}
	}
	slices.SortStableFunc(out, func(a, b Group) int { return cmp.Compare(len(b.Articles), len(a.Articles)) })
	return out
}

func uniq(ws []string) []string {
	out := slices.Clone(ws)
	slices.Sort(out)
	return slices.Compact(out)
}

// dice is the token Dice overlap of two token lists (see [Dice]).
func dice(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	c := map[string]int{}
	for _, t := range a {
		c[t]++
	}
	inter := 0
	for _, t := range b {
		if c[t] > 0 {
			c[t]--
			inter++
		}
	}
	return 2 * float64(inter) / float64(len(a)+len(b))
}

// suggest proposes merges between people (or organizations) whose names
// share a word prefix and look alike.
func (x *Index) suggest(ents []IndexEntity) []MergeSuggestion {
	buckets := map[string][]int{}
	for i, e := range ents {
		if e.Kind == KindCountry {
			continue
		}
		for _, t := range uniq(strings.Fields(NameKey(e.Name))) {
			r := []rune(t)
			if len(r) < 3 {
				continue
			}
			if len(r) > 4 {
				r = r[:4]
			}
			k := e.Kind + ":" + string(r)
			buckets[k] = append(buckets[k], i)
		}
	}
	done := map[[2]int]bool{}
	var out []MergeSuggestion
	keys := make([]string, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		b := buckets[k]
		if len(b) > 64 {
			continue
		}
		for ii, i := range b {
			for _, j := range b[ii+1:] {
				p := [2]int{min(i, j), max(i, j)}
				if done[p] {
					continue
				}
				done[p] = true
				if s, ok := x.alike(ents[i].Name, ents[j].Name); ok {
					s.A, s.B, s.NameA, s.NameB = ents[i].ID, ents[j].ID, ents[i].Name, ents[j].Name
					out = append(out, s)
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b MergeSuggestion) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.A, b.A), strings.Compare(a.B, b.B))
	})
	if len(out) > 500 {
		out = out[:500]
	}
	return out
}

func (x *Index) alike(a, b string) (MergeSuggestion, bool) {
	ka, kb := NameKey(a), NameKey(b)
	ta, tb := strings.Fields(ka), strings.Fields(kb)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	if len(ta) > 0 && subset(ta, tb) {
		return MergeSuggestion{Score: float64(len(ta)) / float64(len(tb)), Reason: "subset"}, true
	}
	ra, rb := []rune(strings.ReplaceAll(ka, " ", "")), []rune(strings.ReplaceAll(kb, " ", ""))
	if m := max(len(ra), len(rb)); m >= 5 {
		if s := 1 - float64(levenshtein(ra, rb))/float64(m); s >= 0.8 {
			return MergeSuggestion{Score: s, Reason: "spelling"}, true
		}
	}
	if v := x.opts.Vectors; v != nil {
		if s, ok := v.Similarity(a, b); ok && s >= x.opts.MinSimilarity {
			return MergeSuggestion{Score: s, Reason: "vectors"}, true
		}
	}
	return MergeSuggestion{}, false
}

func subset(small, big []string) bool {
	for _, t := range small {
		if !slices.Contains(big, t) {
			return false
		}
	}
	return true
}

func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
