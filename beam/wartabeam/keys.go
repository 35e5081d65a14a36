package wartabeam

import (
	"strconv"
	"strings"

	"github.com/wartalab/warta"
	"github.com/wartalab/warta/corpus"
)

// Entity kinds, the same strings as corpus.KindPerson and friends.
const (
	kindPerson       = "person"
	kindOrganization = "organization"
	kindCountry      = "country"
)

// An observation is one entity of one article as corpus.Index.Add sees it:
// its kind, the name it goes by, its merge keys (prefixed with the kind)
// and its mentions.
type observation struct {
	Kind     string   `json:"kind"`
	Name     string   `json:"name,omitempty"`
	Keys     []string `json:"keys"`
	Mentions int      `json:"mentions"`
}

// facts are what Aggregate needs of one article: its entities, the
// speakers of its quotes, the sources of its claims and its country codes.
// They are a small fraction of a Result, so Aggregate moves them instead.
type facts struct {
	ID        string        `json:"id"`
	Obs       []observation `json:"obs,omitempty"`
	Speakers  []string      `json:"speakers,omitempty"`
	Sources   []string      `json:"sources,omitempty"`
	Countries []string      `json:"countries,omitempty"`
}

// factsOf extracts the facts of a.
func factsOf(a Analysis) facts {
	f := facts{ID: a.ID, Obs: observations(a.ID, a.Result)}
	if a.Result == nil {
		return f
	}
	for _, q := range a.Result.Quotes {
		if q.Speaker != nil && *q.Speaker != "" {
			f.Speakers = append(f.Speakers, *q.Speaker)
		}
	}
	for _, c := range a.Result.Claims {
		f.Sources = append(f.Sources, c.Source)
	}
	for _, c := range a.Result.Countries {
		f.Countries = append(f.Countries, c.Code)
	}
	return f
}

// observations lists the entities of r with the merge keys that
// corpus.Index.Add gives them: for a person the name and every alias of two
// words or more, for an organization the name, acronym and aliases longer
// than one letter, for a country its code. An entity without any key gets
// a key of its own ("kind:#id#n"), because corpus gives it a node of its
// own that nothing else joins.
//
// TODO(corpus): this mirrors unexported corpus code (Index.Add; the name key is corpus.NameKey);
// once corpus exports it (see the report of issue #9: corpus.Observe),
// call it instead.
func observations(id string, r *warta.Result) []observation {
	if r == nil {
		return nil
	}
	var out []observation
	add := func(kind, name string, keys []string, mentions int) {
		var ks []string
		for _, k := range keys {
			if k != "" {
				ks = append(ks, kind+":"+k)
			}
		}
		if len(ks) == 0 {
			ks = []string{kind + ":#" + id + "#" + strconv.Itoa(len(out))}
		}
		out = append(out, observation{Kind: kind, Name: name, Keys: ks, Mentions: mentions})
	}
	for _, p := range r.People {
		keys := []string{corpus.NameKey(p.Name)}
		for _, al := range p.Aliases {
			if k := corpus.NameKey(al); strings.Contains(k, " ") {
				keys = append(keys, k) // a lone surname would join strangers
			}
		}
		add(kindPerson, p.Name, keys, len(p.Mentions))
	}
	for _, o := range r.Organizations {
		keys := []string{corpus.NameKey(o.Name)}
		for _, al := range append([]string{o.Acronym}, o.Aliases...) {
			if k := corpus.NameKey(al); len(k) > 1 {
				keys = append(keys, k)
			}
		}
		add(kindOrganization, o.Name, keys, len(o.Mentions))
	}
	for _, c := range r.Countries {
		add(kindCountry, c.Name, []string{c.Code}, len(c.Mentions))
	}
	return out
}

// A keyTable maps every merge key to the canonical key of its entity: the
// smallest key of the connected group of keys that some observation put
// together. It is the only global state of [Aggregate]; its size grows
// with the number of distinct names.
type keyTable struct {
	Parent map[string]string `json:"parent"`
}

// find returns the canonical key of k (k itself when unknown), compressing
// paths as it goes.
func (t *keyTable) find(k string) string {
	root := k
	for {
		p, ok := t.Parent[root]
		if !ok || p == root {
			break
		}
		root = p
	}
	for k != root {
		p := t.Parent[k]
		t.Parent[k] = root
		k = p
	}
	return root
}

// union joins the groups of a and b; the smaller key becomes the root, so
// the result does not depend on the order of unions.
func (t *keyTable) union(a, b string) {
	if t.Parent == nil {
		t.Parent = map[string]string{}
	}
	for _, k := range []string{a, b} {
		if _, ok := t.Parent[k]; !ok {
			t.Parent[k] = k
		}
	}
	a, b = t.find(a), t.find(b)
	switch {
	case a == b:
	case a < b:
		t.Parent[b] = a
	default:
		t.Parent[a] = b
	}
}

// flat returns the table every key to its canonical key, for read-only use.
func (t *keyTable) flat() canonTable {
	c := canonTable{Canon: make(map[string]string, len(t.Parent))}
	for k := range t.Parent {
		c.Canon[k] = t.find(k)
	}
	return c
}

// A canonTable maps every merge key straight to its canonical key. It is
// read-only, so workers may share it between goroutines.
type canonTable struct {
	Canon map[string]string `json:"canon"`
}

// lookup finds the canonical key of the person or organization named who,
// as corpus.Index looks up quote speakers and claim sources.
func (c canonTable) lookup(who string) (string, bool) {
	k := corpus.NameKey(who)
	if k == "" {
		return "", false
	}
	for _, kind := range []string{kindPerson, kindOrganization} {
		if r, ok := c.Canon[kind+":"+k]; ok {
			return r, true
		}
	}
	return "", false
}
