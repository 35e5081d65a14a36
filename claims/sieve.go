package claims

// A pass finds the claim frames of one sentence (index si of Doc.Sentences).
// It is pure: [state.accept] decides, in sieve order, whether a frame becomes
// a claim, and never lets a later frame reuse the cue or content words of an
// earlier claim.
type pass func(st *state, si int) []frame

// sieve lists the passes, most certain first.
var sieve = []struct {
	name string
	run  pass
}{
	{"according", according},   // Menurut Arief, harga gabah turun.   According to the ministry, 34 children died.
	{"cue-after", cueAfter},    // Inflasi terkendali, kata Perry.      The bank was right, Goldfajn said.
	{"participle", participle}, // X menolak, seraya menegaskan bahwa Y.  The IMF cut its forecast, saying Y.
	{"cue-before", cueBefore},  // Analis Korea Selatan mengatakan Y.  Western diplomats said (that) Y.
	{"nominal", nominal},       // tuduhan Barat bahwa Y.               Moscow's claim that Y.
}
