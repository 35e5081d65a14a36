package quotes

// cueAfterPass takes the speaker named right after the closing mark:
// "“…,” kata Retno", "“…,” ungkap Direktur Penyidikan KPK Asep Guntur",
// "“…,” Blinken told reporters", "“…,” said Jumisi".
func cueAfterPass(s *state, i int) (attribution, bool) {
	return entityCue(s, s.qs[i].after)
}

// cueBeforePass takes the speaker of the nearest speech verb before the
// quote in its sentence: "Jokowi mengatakan, “…”", "Wang said the U.S.
// should “…”", "“A,” kata X, “B.”" (for B).
func cueBeforePass(s *state, i int) (attribution, bool) {
	if s.qs[i].after.ok && s.qs[i].after.subj != subjNone {
		return attribution{}, false // the cue after the quote decides
	}
	return entityCue(s, s.qs[i].before)
}

func entityCue(s *state, c cue) (attribution, bool) {
	if !c.ok || c.subj != subjEntity || !s.isSpeaker(c.ent.Ref) {
		return attribution{}, false
	}
	sp := c.ent.Span
	return attribution{ref: c.ent.Ref, mention: &sp, cue: &c}, true
}
