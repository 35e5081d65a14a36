package quotes

import "testing"

var retno = ent{name: "Retno Marsudi", aliases: []string{"Retno"}, gender: "f", titles: []string{"menteri luar negeri"}}
var blinken = ent{name: "Antony Blinken", aliases: []string{"Blinken"}, gender: "m", titles: []string{"secretary of state"}}

// TestMarks covers every quotation-mark convention, nesting, multi-paragraph
// quotes and unbalanced marks.
func TestMarks(t *testing.T) {
	runCases(t, []sieveCase{
		{name: "id/marks/curly", text: "“Kami siap membantu,” kata Retno.", people: []ent{retno},
			want: []want{{"Kami siap membantu", "Retno Marsudi", "cue-after"}}, why: "curly double marks; the trailing comma is left out"},
		{name: "en/marks/curly", text: "“We are ready to help,” Blinken said.", people: []ent{blinken},
			want: []want{{"We are ready to help", "Antony Blinken", "cue-after"}}, why: "curly double marks"},
		{name: "id/marks/straight", text: "\"Kami siap membantu,\" kata Retno.", people: []ent{retno},
			want: []want{{"Kami siap membantu", "Retno Marsudi", "cue-after"}}, why: "straight double marks, direction from spacing"},
		{name: "en/marks/straight", text: "\"We are ready to help,\" Blinken said.", people: []ent{blinken},
			want: []want{{"We are ready to help", "Antony Blinken", "cue-after"}}, why: "straight double marks"},
		{name: "id/marks/right-quote-both-sides", text: "”Kami siap membantu,” kata Retno.", people: []ent{retno},
			want: []want{{"Kami siap membantu", "Retno Marsudi", "cue-after"}}, why: "some Indonesian outlets open with ” too"},
		{name: "en/marks/right-quote-both-sides", text: "”We are ready to help,” Blinken said.", people: []ent{blinken},
			want: []want{{"We are ready to help", "Antony Blinken", "cue-after"}}, why: "” as an opening mark in English text"},
		{name: "id/marks/single-curly", text: "‘Kami siap membantu,’ kata Retno.", people: []ent{retno},
			want: []want{{"Kami siap membantu", "Retno Marsudi", "cue-after"}}, why: "single marks used for speech"},
		{name: "en/marks/single-curly", text: "‘We are ready to help,’ Blinken said.", people: []ent{blinken},
			want: []want{{"We are ready to help", "Antony Blinken", "cue-after"}}, why: "British style single marks"},
		{name: "en/marks/single-straight", text: "'We are ready to help,' Blinken said.", people: []ent{blinken},
			want: []want{{"We are ready to help", "Antony Blinken", "cue-after"}}, why: "straight single marks"},
		{name: "id/marks/guillemets", text: "«Kami siap membantu,» kata Retno.", people: []ent{retno},
			want: []want{{"Kami siap membantu", "Retno Marsudi", "cue-after"}}, why: "« » marks"},
		{name: "en/marks/guillemets", text: "«We are ready to help,» Blinken said.", people: []ent{blinken},
			want: []want{{"We are ready to help", "Antony Blinken", "cue-after"}}, why: "« » marks"},
		{name: "id/marks/low-high", text: "„Kami siap membantu,“ kata Retno.", people: []ent{retno},
			want: []want{{"Kami siap membantu", "Retno Marsudi", "cue-after"}}, why: "„ closed by “ (German style)"},
		{name: "en/marks/low-high", text: "„We are ready to help,“ Blinken said.", people: []ent{blinken},
			want: []want{{"We are ready to help", "Antony Blinken", "cue-after"}}, why: "„ closed by “"},
		{name: "en/marks/tex", text: "``We are ready to help,'' Blinken said.", people: []ent{blinken},
			want: []want{{"We are ready to help", "Antony Blinken", "cue-after"}}, why: "`` '' marks of plain-text wires"},
		{name: "id/marks/tex", text: "``Kami siap membantu,'' kata Retno.", people: []ent{retno},
			want: []want{{"Kami siap membantu", "Retno Marsudi", "cue-after"}}, why: "`` '' marks"},
		{name: "en/marks/mixed-close", text: "Blinken warned that Moscow could make “a very serious mistake that it will regret for years.\"", people: []ent{blinken},
			want: []want{{"a very serious mistake that it will regret for years.", "Antony Blinken", "cue-before"}}, why: "a curly opening mark closed by a straight one"},
		{name: "en/marks/nested", text: "“He told me ‘we will never give up’ and I believed him,” Blinken said.", people: []ent{blinken},
			want: []want{{"He told me ‘we will never give up’ and I believed him", "Antony Blinken", "cue-after"}}, why: "a quote inside a quote stays inside its parent"},
		{name: "id/marks/nested", text: "“Beliau bilang ‘kita tidak akan mundur’ dan saya percaya,” kata Retno.", people: []ent{retno},
			want: []want{{"Beliau bilang ‘kita tidak akan mundur’ dan saya percaya", "Retno Marsudi", "cue-after"}}, why: "nested single marks"},
		{name: "en/marks/apostrophes", text: "Blinken's aides said the leaders’ talks went well. “It's done,” Blinken said.", people: []ent{blinken},
			want: []want{{"It's done", "Antony Blinken", "cue-after"}}, why: "possessive apostrophes never open a quote"},
		{name: "en/marks/multi-paragraph", text: "Blinken told reporters: “We will keep working with our partners.\n\n“There is no other way.”", people: []ent{blinken},
			want: []want{{"We will keep working with our partners.", "Antony Blinken", "cue-before"}, {"There is no other way.", "Antony Blinken", "continuation"}},
			why:  "the closing mark is left off every paragraph but the last: one quote per paragraph, same speaker"},
		{name: "id/marks/multi-paragraph", text: "Retno mengatakan: “Kami akan terus bekerja sama dengan mitra kami.\n\n“Tidak ada jalan lain.”", people: []ent{retno},
			want: []want{{"Kami akan terus bekerja sama dengan mitra kami.", "Retno Marsudi", "cue-before"}, {"Tidak ada jalan lain.", "Retno Marsudi", "continuation"}},
			why:  "multi-paragraph quote in Indonesian"},
		{name: "en/marks/unbalanced", text: "“We will keep working with our partners, Blinken said.\n\nThe talks ended on Friday without a deal.", people: []ent{blinken},
			want: []want{{"We will keep working with our partners, Blinken said.", "", ""}}, why: "an unclosed mark ends at its paragraph and never swallows the rest"},
		{name: "id/marks/unbalanced", text: "“Kami akan terus bekerja sama, kata Retno.\n\nPertemuan berakhir tanpa kesepakatan.", people: []ent{retno},
			want: []want{{"Kami akan terus bekerja sama, kata Retno.", "", ""}}, why: "an unclosed mark ends at its paragraph"},
		{name: "id/marks/split", text: "“Kami siap,” kata Retno, “tetapi kami perlu waktu.”", people: []ent{retno},
			want: []want{{"Kami siap", "Retno Marsudi", "cue-after"}, {"tetapi kami perlu waktu.", "Retno Marsudi", "cue-before"}}, why: "a quote split by its attribution is two quotes, same speaker"},
		{name: "en/marks/split", text: "“We are ready,” Blinken said. “But we need time.”", people: []ent{blinken},
			want: []want{{"We are ready", "Antony Blinken", "cue-after"}, {"But we need time.", "Antony Blinken", "continuation"}}, why: "A,” X said. “B: same speaker"},
		{name: "en/marks/split-comma", text: "“We are ready,” said Blinken, “but we need more time to prepare.”", people: []ent{blinken},
			want: []want{{"We are ready", "Antony Blinken", "cue-after"}, {"but we need more time to prepare.", "Antony Blinken", "cue-before"}}, why: "verb-first split attribution"},
		{name: "en/marks/empty", text: "“” Blinken said nothing.", people: []ent{blinken}, why: "empty marks give no quote"},
	})
}

// TestTerms separates scare quotes, titles and nicknames from speech.
func TestTerms(t *testing.T) {
	runCases(t, []sieveCase{
		{name: "en/terms/scare", text: "Officials called the plan “reckless” on Monday.", why: "a single quoted word inside a sentence"},
		{name: "id/terms/scare", text: "Pemerintah menyebut rencana itu “tidak realistis” pada Senin.", why: "a short quoted fragment inside a sentence"},
		{name: "en/terms/nickname", text: "The striker, nicknamed “The Little Bull Of The South”, scored twice.", why: "a nickname after nicknamed"},
		{name: "id/terms/nickname", text: "Pemain yang dijuluki “Si Kancil Dari Timur Yang Tidak Pernah Lelah” itu mencetak dua gol.", why: "a nickname after dijuluki, however long"},
		{name: "en/terms/title", text: "He read from the book The Dog Of Imperialism And The Long March Home “The Dog Of Imperialism And The Long March Home” every night.", why: "a long quoted title in title case"},
		{name: "id/terms/program", text: "Pemerintah meluncurkan program “Makan Bergizi Gratis” tahun ini.", why: "a programme name"},
		{name: "en/terms/fragment-with-cue", text: "Blinken said the move was “deeply concerning”.", people: []ent{blinken}, why: "a two-word fragment of indirect speech is optional in gold; left out"},
		{name: "id/terms/fragment-with-cue", text: "Retno mengatakan langkah itu “sangat disesalkan” oleh Indonesia.", people: []ent{retno}, why: "a short fragment of indirect speech"},
		{name: "en/terms/short-speech", text: "“No comment,” Blinken said.", people: []ent{blinken},
			want: []want{{"No comment", "Antony Blinken", "cue-after"}}, why: "short words with a cue right after them are speech"},
		{name: "id/terms/short-speech", text: "“Tidak ada komentar,” ujar Retno.", people: []ent{retno},
			want: []want{{"Tidak ada komentar", "Retno Marsudi", "cue-after"}}, why: "short speech with a cue"},
		{name: "en/terms/long-fragment", text: "Blinken said Russia was trying “to develop and strengthen ties with countries that can supply the weapons it needs.”", people: []ent{blinken},
			want: []want{{"to develop and strengthen ties with countries that can supply the weapons it needs.", "Antony Blinken", "cue-before"}}, why: "a fragment of seven words or more is a quote"},
		{name: "id/terms/long-fragment", text: "Retno mengatakan Indonesia ingin “membangun payung kerja sama yang memayungi berbagai bidang ekonomi.”", people: []ent{retno},
			want: []want{{"membangun payung kerja sama yang memayungi berbagai bidang ekonomi.", "Retno Marsudi", "cue-before"}}, why: "a long fragment after a cue is a quote"},
	})
}
