package claims

import (
	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// according finds prepositional frames whose source follows the cue:
// "Menurut Arief, Y", "Y, menurut polisi", "yang menurut Kim Y",
// "According to the ministry, Y", "Y, according to President Marcos", and the
// sentence-initial verb "Kata dia, Y".
func according(st *state, si int) []frame {
	s := st.d.Sentences[si]
	sf, se := s.First, s.End
	var out []frame
	for k := sf; k < se; k++ {
		c, n, ok := st.cueAt(k, se)
		if !ok {
			continue
		}
		initial := st.atStart(k, sf)
		if !c.has('p') && !(c.has('i') && initial) {
			continue
		}
		f := frame{cueFirst: k, cueEnd: k + n, cue: c, srcFirst: k + n}
		f.srcEnd = st.scanRight(f.srcFirst, se)
		if f.srcEnd <= f.srcFirst || !st.hasHead(f.srcFirst, f.srcEnd) {
			continue
		}
		// Menurut sumber Tempo di Kejaksaan Agung, Y: a place adjunct ends
		// the source phrase, a date adjunct does not belong to it
		if st.is(f.srcEnd, rolePrep) && !st.isTime(f.srcEnd+1) {
			if e := st.scanRight(f.srcEnd, se); e > f.srcEnd+1 && e-f.srcFirst <= maxSource && (st.comma(e) || st.endsAfterSource(e, se)) {
				f.srcEnd = e
			}
		}
		// Menurut Kepala Pusat Data, Informasi, dan Komunikasi BNPB Abdul
		// Muhari, Y: a title holding a list runs on to the person's name;
		// "According to the Philippine Atmospheric, Geophysical and
		// Astronomical Services Administration, Y": so does a name
		if e := st.titleListPerson(f.srcEnd, se); e > 0 {
			f.srcEnd = e
		} else if e := st.orgRunningPast(f.srcFirst, f.srcEnd); e > f.srcEnd && e <= se {
			f.srcEnd = max(e, st.scanRight(e, se)) // and its bracketed acronym
		}
		switch {
		case !initial && st.comma(k-1):
			// Y, menurut X.
			if !st.endsAfterSource(f.srcEnd, se) || st.hasCue(st.contentStart(sf), k-1, 'b') {
				continue
			}
			f.conFirst = st.contentStart(sf)
			f.conEnd, f.conEndByte = st.contentEnd(f.conFirst, k-1)
		case st.comma(f.srcEnd):
			// Menurut X, Y.
			f.conFirst = st.skipComp(f.srcEnd + 1)
			f.conEnd, f.conEndByte = st.contentEnd(f.conFirst, se)
		default:
			// yang menurut Kim Y: the source is the entity or pronoun right after the cue.
			end := f.srcFirst + 1
			if loc, ok := st.ents.At(f.srcFirst); ok && loc.First == f.srcFirst {
				end = loc.End
			} else if st.pronoun(f.srcFirst) == 0 {
				continue
			}
			f.srcEnd = end
			f.conFirst = st.skipComp(end)
			f.conEnd, f.conEndByte = st.contentEnd(f.conFirst, se)
		}
		out = append(out, f)
		k = f.srcEnd - 1
	}
	return out
}

// atStart reports whether token k opens its sentence, after connectives
// ("Namun, menurut X").
func (st *state) atStart(k, sf int) bool {
	for j := sf; j < k; j++ {
		if !st.is(j, roleConn|roleAux) && !st.comma(j) {
			return false
		}
	}
	return true
}

// endsAfterSource reports whether nothing but adjuncts and final punctuation
// follows token j in a sentence ending at se ("kata Korsel pada Jumat.").
func (st *state) endsAfterSource(j, se int) bool {
	if j >= se || st.comma(j) || st.is(j, rolePrep) || st.isTime(j) {
		return true
	}
	for k := j; k < se; k++ {
		t := st.d.Tokens[k]
		if t.Kind == article.Punct && t.Is(article.Terminal) || st.punct(k, ")") {
			continue
		}
		return false
	}
	return true
}

// contentStart skips the dateline and leading connectives of a sentence
// starting at sf.
func (st *state) contentStart(sf int) int {
	k := sf
	for k < len(st.d.Tokens) && st.d.Tokens[k].Is(article.Dateline) {
		k++
	}
	return k
}

// skipComp skips a colon, comma or complementizer (bahwa, that) at token i.
func (st *state) skipComp(i int) int {
	for i < len(st.d.Tokens) && (st.punct(i, ":") || st.comma(i) || st.is(i, roleComp)) {
		i++
	}
	return i
}

// hasCue reports whether a cue with the given frame lies in [i, j). A cue
// with no source before it is a participle, not a frame of its own ("612
// infections reported in the week"), unless it is the passive "was
// reported".
func (st *state) hasCue(i, j int, frame byte) bool {
	for k := i; k < j; k++ {
		if c, _, ok := st.cueAt(k, j); ok && c.has(frame) && !st.capitalized(k) {
			if frame == 'b' && st.lx.Lang == "en" && k > i && !st.is(k-1, rolePassive|roleAux) {
				if _, _, _, found := st.sourceBefore(k, i); !found {
					continue
				}
			}
			return true
		}
	}
	return false
}

// titleListPerson returns the end of a person's name that closes a title
// written as a list, when the source phrase stopped at the comma at token
// comma inside it ("Kepala Pusat Data, Informasi, dan Komunikasi
// Kebencanaan BNPB Abdul Muhari,"): capitalized words, commas and "dan"
// up to a person's name followed by a comma. It returns 0 otherwise.
func (st *state) titleListPerson(comma, se int) int {
	if !st.comma(comma) {
		return 0
	}
	for k := comma + 1; k < se && k-comma <= maxSource; k++ {
		if loc, ok := st.ents.At(k); ok && loc.First == k && loc.Kind == entities.KindPerson {
			if loc.End > comma+1 && st.comma(loc.End) && !st.comma(k-1) {
				return loc.End
			}
			return 0
		}
		switch {
		case st.comma(k) && !st.comma(k-1):
		case st.is(k, roleConn) && st.comma(k-1):
		case st.capitalized(k) && !st.is(k, roleConn|roleDet|roleStop) && st.pronoun(k) == 0:
		default:
			return 0
		}
	}
	return 0
}
