package claims

// nominal finds claims framed by a noun: "tuduhan Barat bahwa Y",
// "pernyataan KPK bahwa Y", "Moscow's claim that Y", "the allegation by
// Western officials that Y". The complementizer is required.
func nominal(st *state, si int) []frame {
	s := st.d.Sentences[si]
	sf, se := s.First, s.End
	var out []frame
	for k := sf; k < se; k++ {
		c, n, ok := st.cueAt(k, se)
		if !ok || !c.has('n') {
			continue
		}
		f := frame{cueFirst: k, cueEnd: k + n, cue: c}
		switch {
		case st.ownerEnd(k-1, sf) > sf:
			// Moscow's claim that Y
			f.srcEnd = st.ownerEnd(k-1, sf)
			f.srcFirst = f.srcEnd - 1
			if loc, ok := st.ents.At(f.srcEnd - 1); ok && loc.End == f.srcEnd {
				f.srcFirst = loc.First
			}
			if !st.is(f.cueEnd, roleComp) {
				continue
			}
		default:
			// tuduhan Barat bahwa Y / the claim by X that Y
			i := f.cueEnd
			if st.is(i, roleLink) {
				i++
			}
			f.srcFirst = i
			f.srcEnd = st.scanRight(i, se)
			if !st.is(f.srcEnd, roleComp) {
				continue
			}
		}
		if f.srcFirst >= f.srcEnd || !st.hasHead(f.srcFirst, f.srcEnd) {
			continue
		}
		comp := f.srcEnd
		if f.srcEnd < f.cueFirst {
			comp = f.cueEnd
		}
		f.conFirst = st.skipComp(comp)
		f.conEnd, f.conEndByte = st.contentEnd(f.conFirst, se)
		out = append(out, f)
		k = f.conEnd - 1
	}
	return out
}

// ownerEnd returns the end of the owner of a possessive ending at token i,
// or -1.
func (st *state) ownerEnd(i, sf int) int {
	if e, ok := st.possessiveAt(i); ok && e > sf {
		return e
	}
	return -1
}
