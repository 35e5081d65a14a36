package claims

import (
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// flags sets Hedged, Negated and Entities of c from its content tokens.
func (st *state) flags(c *Claim, f frame) {
	c.Negated = f.negCue
	c.Hedged = c.CueClass == "predict"
	end := f.conEnd
	for k := f.conFirst; k < end; k++ {
		t := st.d.Tokens[k]
		if t.Kind != article.Word || t.Start >= c.End {
			continue
		}
		if st.is(k, roleHedge) || st.lx.Hedges.Has(t.Fold) {
			c.Hedged = true
		} else if _, n, ok := st.lx.Hedges.Match(end-k, func(i int) string { return st.d.Tokens[k+i].Fold }); ok && n > 0 {
			c.Hedged = true
		}
		if st.negation(k) {
			c.Negated = true
		}
	}
	seen := map[entities.Ref]bool{}
	for _, loc := range st.ents.Between(f.conFirst, end) {
		if loc.Span.Start >= c.End || seen[loc.Ref] {
			continue
		}
		seen[loc.Ref] = true
		c.Entities = append(c.Entities, loc.Ref)
	}
}
