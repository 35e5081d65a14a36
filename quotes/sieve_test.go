package quotes

import "testing"

var (
	jokowi   = ent{name: "Joko Widodo", aliases: []string{"Jokowi"}, gender: "m", titles: []string{"presiden"}}
	albanese = ent{name: "Anthony Albanese", aliases: []string{"Albanese"}, gender: "m", titles: []string{"prime minister"}}
	wong     = ent{name: "Penny Wong", aliases: []string{"Wong"}, gender: "f", titles: []string{"foreign minister"}}
	lamamra  = ent{name: "Ramtane Lamamra", aliases: []string{"Lamamra"}, gender: "m"}
	kemlu    = ent{name: "Kementerian Luar Negeri", aliases: []string{"Kemlu"}}
	kremlin  = ent{name: "Kremlin"}
	kpk      = ent{name: "Komisi Pemberantasan Korupsi", aliases: []string{"KPK"}}
)

func TestPassCueAfter(t *testing.T) {
	runCases(t, []sieveCase{
		{name: "id/cue-after/kata", text: "“Kami siap,” kata Retno.", people: []ent{retno},
			want: []want{{"Kami siap", "Retno Marsudi", "cue-after"}}, why: "bare verb right after the closing mark, name after it"},
		{name: "id/cue-after/ujar-title-name", text: "“Kami siap,” ujar Menteri Luar Negeri Retno Marsudi kepada wartawan.", people: []ent{retno},
			want: []want{{"Kami siap", "Retno Marsudi", "cue-after"}}, why: "a title before the name stays in the speaker phrase"},
		{name: "id/cue-after/org-in-title", text: "“Kami siap,” ungkap Juru Bicara KPK Ali Fikri dalam keterangannya.", people: []ent{{name: "Ali Fikri"}}, orgs: []ent{kpk},
			want: []want{{"Kami siap", "Ali Fikri", "cue-after"}}, why: "the person, not the organization of the title, speaks"},
		{name: "id/cue-after/subject-first", text: "“Kami siap,” Retno menegaskan.", people: []ent{retno},
			want: []want{{"Kami siap", "Retno Marsudi", "cue-after"}}, why: "a meN- verb takes its speaker before it"},
		{name: "id/cue-after/demikian", text: "“Kami siap,” demikian kata Retno.", people: []ent{retno},
			want: []want{{"Kami siap", "Retno Marsudi", "cue-after"}}, why: "demikian before the verb"},
		{name: "en/cue-after/said-x", text: "“We are ready,” said Mr. Blinken.", people: []ent{blinken},
			want: []want{{"We are ready", "Antony Blinken", "cue-after"}}, why: "verb-first English attribution with an honorific"},
		{name: "en/cue-after/told-reporters", text: "“We are ready,” Secretary of State Antony Blinken told reporters on Monday.", people: []ent{blinken},
			want: []want{{"We are ready", "Antony Blinken", "cue-after"}}, why: "subject with a title, then told"},
		{name: "en/cue-after/possessive-title", text: "\"We are ready,\" Australia's prime minister Anthony Albanese told a news conference.", people: []ent{albanese},
			want: []want{{"We are ready", "Anthony Albanese", "cue-after"}}, why: "a possessive country before the title"},
		{name: "en/cue-after/org", text: "“The talks were useful,” the Kremlin said in a statement.", orgs: []ent{kremlin},
			want: []want{{"The talks were useful", "Kremlin", "cue-after"}}, why: "an organization speaks"},
		{name: "id/cue-after/org", text: "“Kami mengecam serangan itu,” Kemlu menyatakan dalam siaran pers.", orgs: []ent{kemlu},
			want: []want{{"Kami mengecam serangan itu", "Kementerian Luar Negeri", "cue-after"}}, why: "an organization speaks in Indonesian"},
		{name: "en/cue-after/apposition-name", text: "\"We are not against a sale,\" the fund's managing partner, Tom Whitcombe, told Reuters.", people: []ent{{name: "Tom Whitcombe"}}, orgs: []ent{{name: "Reuters"}},
			want: []want{{"We are not against a sale", "Tom Whitcombe", "cue-after"}}, why: "a name in apposition to a description, then the verb"},
		{name: "id/cue-before/via-channel", text: "PSSI melalui akun Instagram resminya juga mengimbau, “Mari penuhi stadion dengan warna merah.”", orgs: []ent{{name: "PSSI"}, {name: "Instagram"}},
			want: []want{{"Mari penuhi stadion dengan warna merah.", "PSSI", "cue-before"}}, why: "the speaker is the one before the channel it spoke through"},
		{name: "en/cue-after/anonymous", text: "Blinken met Wong. “We are ready,” a senior official said.", people: []ent{blinken, wong},
			want: []want{{"We are ready", "", ""}}, why: "an unnamed speaker stays null; no pass guesses"},
		{name: "id/cue-after/anonymous", text: "Retno bertemu Lamamra. “Kami siap,” kata seorang pejabat.", people: []ent{retno, lamamra},
			want: []want{{"Kami siap", "", ""}}, why: "an unnamed speaker stays null"},
		{name: "en/cue-after/missed-name", text: "“We are ready,” said Jumisi.", why: "a name the entities result lacks leaves the speaker null",
			want: []want{{"We are ready", "", ""}}},
		{name: "en/cue-after/country", text: "“We are ready,” China said.", why: "a country is no speaker",
			want: []want{{"We are ready", "", ""}}},
	})
}

func TestPassCueBefore(t *testing.T) {
	runCases(t, []sieveCase{
		{name: "id/cue-before/mengatakan", text: "Jokowi mengatakan, “Kita harus bekerja lebih keras.”", people: []ent{jokowi},
			want: []want{{"Kita harus bekerja lebih keras.", "Joko Widodo", "cue-before"}}, why: "subject, verb, comma, quote"},
		{name: "id/cue-before/menurut", text: "Menurut Jokowi, “Kita harus bekerja lebih keras.”", people: []ent{jokowi},
			want: []want{{"Kita harus bekerja lebih keras.", "Joko Widodo", "cue-before"}}, why: "menurut takes its source after it"},
		{name: "en/cue-before/colon", text: "Albanese said: “We must work harder.”", people: []ent{albanese},
			want: []want{{"We must work harder.", "Anthony Albanese", "cue-before"}}, why: "verb and colon before the quote"},
		{name: "en/cue-before/according-to", text: "According to Albanese, “we must work harder than ever.”", people: []ent{albanese},
			want: []want{{"we must work harder than ever.", "Anthony Albanese", "cue-before"}}, why: "according to"},
		{name: "en/cue-before/addressee", text: "Albanese told business leaders in Jakarta: “We must work harder.”", people: []ent{albanese},
			want: []want{{"We must work harder.", "Anthony Albanese", "cue-before"}}, why: "told with an addressee"},
	})
}

func TestPassPronoun(t *testing.T) {
	runCases(t, []sieveCase{
		{name: "id/pronoun/nya", text: "Retno bertemu Menlu Aljazair Ramtane Lamamra di New York.\n\n“Perdagangan kita naik lima persen,” ujarnya.", people: []ent{retno, lamamra},
			want: []want{{"Perdagangan kita naik lima persen", "Retno Marsudi", "pronoun"}}, why: "-nya goes to the subject of the paragraph, not the object"},
		{name: "id/pronoun/previous-attribution", text: "“Kami siap,” kata Retno.\n\nIa juga bertemu Ramtane Lamamra.\n\n“Hubungan kita sangat baik,” katanya.", people: []ent{retno, lamamra},
			want: []want{{"Kami siap", "Retno Marsudi", "cue-after"}, {"Hubungan kita sangat baik", "Retno Marsudi", "pronoun"}}, why: "prefer the subject of the previous attribution"},
		{name: "id/pronoun/kata-dia", text: "“Kami siap,” kata Retno.\n\n“Hubungan kita sangat baik,” kata dia.", people: []ent{retno},
			want: []want{{"Kami siap", "Retno Marsudi", "cue-after"}, {"Hubungan kita sangat baik", "Retno Marsudi", "pronoun"}}, why: "kata dia"},
		{name: "id/pronoun/ia-subject-first", text: "“Kami siap,” kata Retno.\n\n“Hubungan kita sangat baik,” ia menandaskan.", people: []ent{retno},
			want: []want{{"Kami siap", "Retno Marsudi", "cue-after"}, {"Hubungan kita sangat baik", "Retno Marsudi", "pronoun"}}, why: "ia before a meN- verb"},
		{name: "en/pronoun/he-added", text: "Blinken met Wong in Canberra.\n\n“We are ready,” he added.", people: []ent{blinken, wong},
			want: []want{{"We are ready", "Antony Blinken", "pronoun"}}, why: "he: the most recent male person"},
		{name: "en/pronoun/she-said", text: "Wong said the talks went well. Blinken agreed.\n\n“We are ready,” she said.", people: []ent{wong, blinken},
			want: []want{{"We are ready", "Penny Wong", "pronoun"}}, why: "gender rules out the more recent Blinken"},
		{name: "en/pronoun/before", text: "Blinken said the talks went well. When asked about Taiwan, he answered: “Our policy has not changed.”", people: []ent{blinken},
			want: []want{{"Our policy has not changed.", "Antony Blinken", "pronoun"}}, why: "pronoun subject of a cue before the quote"},
		{name: "en/pronoun/org-it", text: "The Kremlin rejected the report. “The talks were useful,” it said.", orgs: []ent{kremlin},
			want: []want{{"The talks were useful", "Kremlin", "pronoun"}}, why: "it refers to an organization"},
		{name: "en/pronoun/new-subject", text: "“The sea took our fields,” Rukmini says.\n\nIn nearby Timbulsloko, fisherman Muhammad Sholeh walks along the mangroves.\n\n“The crabs have come back,” he says.",
			people: []ent{{name: "Rukmini"}, {name: "Muhammad Sholeh", aliases: []string{"Sholeh"}}},
			want:   []want{{"The sea took our fields", "Rukmini", "cue-after"}, {"The crabs have come back", "Muhammad Sholeh", "pronoun"}}, why: "a person who opens a later sentence (after an introductory phrase and a role noun) outranks the earlier speaker"},
		{name: "id/pronoun/coordinated-subject", text: "“Kami siap,” kata Airlangga.\n\nSementara itu, Sugiono dan Sri Mulyani sudah berada di Washington.\n\n“Semua sudah berjalan,” jelasnya.",
			people: []ent{{name: "Airlangga"}, {name: "Sugiono"}, {name: "Sri Mulyani"}},
			want:   []want{{"Kami siap", "Airlangga", "cue-after"}, {"Semua sudah berjalan", "Airlangga", "pronoun"}}, why: "a singular -nya does not stand for one conjunct of a coordinated subject"},
		{name: "id/pronoun/named-inside", text: "“Kami siap,” kata Airlangga.\n\nSementara itu, Sugiono sudah berada di Washington.\n\n“Pak Sugiono sudah jalan duluan,” jelasnya.",
			people: []ent{{name: "Airlangga"}, {name: "Sugiono"}},
			want:   []want{{"Kami siap", "Airlangga", "cue-after"}, {"Pak Sugiono sudah jalan duluan", "Airlangga", "pronoun"}}, why: "a person the quote names in the third person is not its speaker"},
		{name: "en/pronoun/apposition-subject", text: "“We are ready,” Wong said.\n\nAt a petrol station, delivery rider Mohd Faizal Rahman, 34, said he had not been told.\n\n“I fill up twice a day,” he said.",
			people: []ent{wong, {name: "Mohd Faizal Rahman"}},
			want:   []want{{"We are ready", "Penny Wong", "cue-after"}, {"I fill up twice a day", "Mohd Faizal Rahman", "pronoun"}}, why: "an age apposition between the subject and its speech verb"},
		{name: "en/continuation/long-apposition", text: "Ramon Villareal, an emergency physician at the Philippine General Hospital in Manila, said the hospital had treated 30 cases.\n\n“The ones who worry me are the construction workers.”",
			people: []ent{{name: "Ramon Villareal"}},
			want:   []want{{"The ones who worry me are the construction workers.", "Ramon Villareal", "continuation"}}, why: "a long apposition between the subject and said"},
		{name: "id/pronoun/age-and-apposition", text: "Di posko pengungsian, Sukardi (58), warga Desa Ketanjung, mengaku tidak sempat menyelamatkan hartanya. Pak Sukardi dan istrinya, Bu Marni, hanya membawa pakaian.\n\n“Air naik cepat sekali,” tuturnya.",
			people: []ent{{name: "Sukardi"}, {name: "Marni"}},
			want:   []want{{"Air naik cepat sekali", "Sukardi", "pronoun"}}, why: "an age and an apposition before the speech verb; a name after a coordination is no new subject"},
		{name: "id/definite/age-description", text: "Hilgers, bek kelahiran Amersfoort, resmi menjadi warga negara Indonesia.\n\n“Saya sudah dengar atmosfer di sana,” kata pemain berusia 23 tahun itu.", people: []ent{{name: "Mees Hilgers", aliases: []string{"Hilgers"}}},
			want: []want{{"Saya sudah dengar atmosfer di sana", "Mees Hilgers", "definite"}}, why: "a role description with an age stands for the person named before"},
		{name: "id/pronoun/unnamed-after-intro", text: "Direktur Hendrik Saragih memastikan pesawat laik terbang.\n\nDi Bandara Oksibil, seorang petugas yang enggan disebut namanya mengatakan pesawat berangkat normal.\n\n“Cuaca pagi itu masih cerah,” katanya.",
			people: []ent{{name: "Hendrik Saragih"}},
			want:   []want{{"Cuaca pagi itu masih cerah", "", ""}}, why: "an unnamed speaker after an introductory phrase keeps -nya from a named person"},
		{name: "id/pronoun/new-witness-with-age", text: "“Fase paling berbahaya justru saat demam turun,” ujar Kurniawan.\n\nHal itu dialami Wulan Sari (34), warga Bekasi Timur.\n\n“Saya kira sudah sembuh,” tuturnya.",
			people: []ent{{name: "Kurniawan Hadi", aliases: []string{"Kurniawan"}}, {name: "Wulan Sari"}},
			want:   []want{{"Fase paling berbahaya justru saat demam turun", "Kurniawan Hadi", "cue-after"}, {"Saya kira sudah sembuh", "Wulan Sari", "pronoun"}}, why: "a person introduced with an age after the last speaker is the new subject"},
		{name: "en/continuation/pronoun-speaks", text: "“We are a small country,” Wong said.\n\nHe said the changes were not a reflection on any minister.\n\n“This is not about anyone doing badly.”",
			people: []ent{{name: "Lawrence Wong", aliases: []string{"Wong"}}},
			want:   []want{{"We are a small country", "Lawrence Wong", "cue-after"}, {"This is not about anyone doing badly.", "Lawrence Wong", "continuation"}}, why: "a quote-only paragraph after 'He said …' goes on from the last quoted speaker"},
		{name: "en/pronoun/no-antecedent", text: "“We are ready,” he said.", why: "no person before the quote: null",
			want: []want{{"We are ready", "", ""}}},
	})
}

func TestPassTitleOnly(t *testing.T) {
	runCases(t, []sieveCase{
		{name: "id/title-only/menlu", text: "Menteri Luar Negeri Retno Marsudi bertemu Ramtane Lamamra.\n\n“Kami siap,” kata Menlu.", people: []ent{retno, lamamra},
			want: []want{{"Kami siap", "Retno Marsudi", "title-only"}}, why: "Menlu stands for Menteri Luar Negeri"},
		{name: "id/title-only/presiden", text: "Presiden Joko Widodo membuka acara itu.\n\n“Kita harus bekerja keras,” ujar Presiden.", people: []ent{{name: "Joko Widodo", aliases: []string{"Jokowi"}}},
			want: []want{{"Kita harus bekerja keras", "Joko Widodo", "title-only"}}, why: "the title written before the name in the text"},
		{name: "en/title-only/minister", text: "Foreign Minister Penny Wong met Antony Blinken.\n\n“We are ready,” the minister said.", people: []ent{{name: "Penny Wong", aliases: []string{"Wong"}}, blinken},
			want: []want{{"We are ready", "Penny Wong", "title-only"}}, why: "minister matches foreign minister"},
		{name: "en/title-only/prime-minister", text: "Anthony Albanese arrived in Jakarta.\n\n“We are ready,” the prime minister said.", people: []ent{albanese},
			want: []want{{"We are ready", "Anthony Albanese", "title-only"}}, why: "Person.Titles from the entities result"},
		{name: "id/title-only/org-fallback", text: "“Kami siap,” kata Juru Bicara KPK.", orgs: []ent{kpk},
			want: []want{{"Kami siap", "Komisi Pemberantasan Korupsi", "title-only"}}, why: "no spokesperson named: the organization"},
		{name: "id/title-only/ketum-with-org", text: "Ketua Umum PBSI Muhammad Fadil Imran hadir di Odense.\n\n“Jangan lihat ranking lawan,” kata Ketum PBSI.",
			people: []ent{{name: "Muhammad Fadil Imran", titles: []string{"ketua umum"}}}, orgs: []ent{{name: "PBSI"}},
			want: []want{{"Jangan lihat ranking lawan", "Muhammad Fadil Imran", "title-only"}}, why: "Ketum stands for Ketua Umum; the organization after it is the person's, not the speaker"},
		{name: "id/title-only/parenthesis", text: "Kepala Kepolisian Resor (Kapolres) Demak AKBP Dwi Hartono mengatakan 250 personel dikerahkan. Kepala BNPB Suharyanto meninjau lokasi.\n\n“Prioritas kami keselamatan jiwa,” kata Kapolres.",
			people: []ent{{name: "Dwi Hartono"}, {name: "Suharyanto", titles: []string{"kepala"}}},
			want:   []want{{"Prioritas kami keselamatan jiwa", "Dwi Hartono", "title-only"}}, why: "a short form in parentheses inside the title is the person's title"},
		{name: "en/title-only/added-goes-on", text: "“Demand is still growing,” Suryadi said. “Whatever happens with quotas,” the finance director added, “we think the story is intact.”",
			people: []ent{{name: "Suryadi Halim", aliases: []string{"Suryadi"}}},
			want:   []want{{"Demand is still growing", "Suryadi Halim", "cue-after"}, {"Whatever happens with quotas", "Suryadi Halim", "title-only"}, {"we think the story is intact.", "Suryadi Halim", "title-only"}},
			why:    "no one holds the title by name; an added remark goes on from the speaker just quoted"},
		{name: "id/title-only/affiliated-body", text: "Mohammad Syafii dan Yefta Rumbiak memimpin pencarian di Oksibil.\n\n“Tantangannya bukan hanya cuaca,” kata Kepala Basarnas.",
			people: []ent{{name: "Mohammad Syafii", titles: []string{"kepala"}, aff: "Basarnas"}, {name: "Yefta Rumbiak", titles: []string{"kepala"}, aff: "Kantor SAR Jayapura"}}, orgs: []ent{{name: "Basarnas"}},
			want: []want{{"Tantangannya bukan hanya cuaca", "Mohammad Syafii", "title-only"}}, why: "with the body named in the title, its head wins over a more recent head of another"},
		{name: "en/title-only/unknown", text: "Anthony Albanese arrived in Jakarta.\n\n“We are ready,” the governor said.", people: []ent{albanese},
			want: []want{{"We are ready", "", ""}}, why: "no person holds that title: null"},
	})
}

func TestPassContinuation(t *testing.T) {
	runCases(t, []sieveCase{
		{name: "en/continuation/quote-paragraph", text: "“We can reduce emissions together,” Albanese said.\n\n“That is a big agenda and that is my objective.”", people: []ent{albanese},
			want: []want{{"We can reduce emissions together", "Anthony Albanese", "cue-after"}, {"That is a big agenda and that is my objective.", "Anthony Albanese", "continuation"}},
			why:  "a quote-only paragraph continues the previous speaker"},
		{name: "id/continuation/quote-paragraph", text: "“Kita bisa mengurangi emisi bersama,” kata Retno.\n\n“Itu agenda besar dan itu tujuan saya.”", people: []ent{retno},
			want: []want{{"Kita bisa mengurangi emisi bersama", "Retno Marsudi", "cue-after"}, {"Itu agenda besar dan itu tujuan saya.", "Retno Marsudi", "continuation"}},
			why:  "a quote-only paragraph continues the previous speaker"},
		{name: "en/continuation/after-claim", text: "Albanese said the new government would act on climate change.\n\n“That is a big agenda and that is my objective.”", people: []ent{albanese},
			want: []want{{"That is a big agenda and that is my objective.", "Anthony Albanese", "continuation"}}, why: "the previous paragraph's speech verb names the speaker"},
		{name: "id/continuation/after-claim", text: "Retno mengatakan Indonesia akan terus mendukung Palestina.\n\n“Itu komitmen kita sejak awal dan tidak akan berubah.”", people: []ent{retno},
			want: []want{{"Itu komitmen kita sejak awal dan tidak akan berubah.", "Retno Marsudi", "continuation"}}, why: "speech verb in the previous paragraph"},
		{name: "en/continuation/no-previous", text: "The talks ended on Friday.\n\n“That is a big agenda and that is my objective.”", people: []ent{albanese},
			want: []want{{"That is a big agenda and that is my objective.", "", ""}}, why: "nothing to continue: null"},
		{name: "en/continuation/forward", text: "“We will keep working with our partners.\n\n“There is no other way,” Blinken said.", people: []ent{blinken},
			want: []want{{"We will keep working with our partners.", "Antony Blinken", "continuation"}, {"There is no other way", "Antony Blinken", "cue-after"}},
			why:  "an open paragraph takes the speaker named at the end of the quotation"},
	})
}

func TestSampleRules(t *testing.T) {
	maya := ent{name: "Maya Sari", aliases: []string{"Maya"}, gender: "f"}
	arif := ent{name: "Arif Budiman", aliases: []string{"Arif"}, titles: []string{"juru bicara"}}
	tan := ent{name: "Tan", gender: "f"}
	kumar := ent{name: "Rajesh Kumar", aliases: []string{"Kumar"}, gender: "m"}
	spf := ent{name: "Singapore Police Force", aliases: []string{"SPF"}}
	kemenkes := ent{name: "Kementerian Kesehatan", aliases: []string{"Kemenkes"}}
	bmkg := ent{name: "Badan Meteorologi, Klimatologi, dan Geofisika", aliases: []string{"BMKG"}}
	meutya := ent{name: "Meutya Hafid", aliases: []string{"Meutya"}, titles: []string{"menteri komunikasi dan digital"}}
	runCases(t, []sieveCase{
		{name: "id/pronoun/apposition-subject", text: "“Kami siap,” kata Retno.\n\nDokter di rumah sakit itu, Maya, menyebut pasien terus bertambah.\n\n“Jangan menunggu,” katanya.", people: []ent{retno, maya},
			want: []want{{"Kami siap", "Retno Marsudi", "cue-after"}, {"Jangan menunggu", "Maya Sari", "pronoun"}}, why: "a name set off by commas before the speech verb is its subject"},
		{name: "en/pronoun/apposition-subject", text: "“We will appeal,” Kumar said.\n\nOne victim, Tan, said she lost her savings.\n\n“I trusted them,” she said.", people: []ent{kumar, tan},
			want: []want{{"We will appeal", "Rajesh Kumar", "cue-after"}, {"I trusted them", "Tan", "pronoun"}}, why: "the apposition name is the subject of said"},
		{name: "id/cue-after/title-apposition", text: "“Penahanan dilakukan 20 hari,” kata juru bicara KPK, Arif Budiman, di Jakarta.", people: []ent{arif}, orgs: []ent{kpk},
			want: []want{{"Penahanan dilakukan 20 hari", "Arif Budiman", "cue-after"}}, why: "the name after the title and a comma speaks"},
		{name: "en/cue-after/title-apposition", text: "“The suspects were detained,” said the agency's spokesman, Arif Budiman.", people: []ent{arif},
			want: []want{{"The suspects were detained", "Arif Budiman", "cue-after"}}, why: "the name after the title and a comma speaks"},
		{name: "id/cue-after/long-title", text: "“Kami masih mendata,” kata Kepala Seksi Penanggulangan Bencana Dinas Sosial Kabupaten Garut Selatan Maya Sari.", people: []ent{maya},
			want: []want{{"Kami masih mendata", "Maya Sari", "cue-after"}}, why: "a long title before the name"},
		{name: "id/cue-after/tulis", text: "“Gempa tidak berpotensi tsunami,” tulis BMKG dalam keterangan resminya.", orgs: []ent{bmkg},
			want: []want{{"Gempa tidak berpotensi tsunami", "Badan Meteorologi, Klimatologi, dan Geofisika", "cue-after"}}, why: "tulis attributes a written statement"},
		{name: "id/title-only/menkomdigi", text: "Menteri Komunikasi dan Digital Meutya Hafid hadir.\n\n“Kami ingin ruang digital aman,” kata Menkomdigi.", people: []ent{meutya},
			want: []want{{"Kami ingin ruang digital aman", "Meutya Hafid", "title-only"}}, why: "Menkomdigi is the short form of the title"},
		{name: "id/pronoun/unnamed-speaker", text: "“Inflasi terkendali,” kata Retno.\n\nSeorang ekonom bank swasta menilai suku bunga akan turun.\n\n“Peluangnya cukup besar,” ujarnya.", people: []ent{retno},
			want: []want{{"Inflasi terkendali", "Retno Marsudi", "cue-after"}, {"Peluangnya cukup besar", "", ""}}, why: "ujarnya refers to the unnamed economist, not to Retno"},
		{name: "en/pronoun/unnamed-speaker", text: "“Rates will hold,” Albanese said.\n\nA senior economist at a private bank said cuts were likely.\n\n“The odds are good,” he said.", people: []ent{albanese},
			want: []want{{"Rates will hold", "Anthony Albanese", "cue-after"}, {"The odds are good", "", ""}}, why: "he refers to the unnamed economist"},
		{name: "en/definite/police", text: "The Singapore Police Force charged two men.\n\n“Victims were shown fake profits,” the police said in a statement.", orgs: []ent{spf},
			want: []want{{"Victims were shown fake profits", "Singapore Police Force", "definite"}}, why: "the police refers back to the police force named before"},
		{name: "id/definite/role-person", text: "Kunlavut mengaku sempat tertekan.\n\n“I just kept the shuttle in play,” kata pemain Thailand itu.", people: []ent{{name: "Kunlavut"}},
			want: []want{{"I just kept the shuttle in play", "Kunlavut", "definite"}}, why: "a role noun with itu stands for the person named before"},
		{name: "en/definite/role-unnamed", text: "Lin Jian spoke in Beijing.\n\nAn analyst at a Taipei brokerage, who declined to be named, said supply was tight.\n\n“Demand is not the problem,” the analyst said.", people: []ent{{name: "Lin Jian"}},
			want: []want{{"Demand is not the problem", "", ""}}, why: "the analyst introduced with an indefinite article has no name"},
		{name: "en/definite/demonym", text: "Brighton's head coach, Fabian Hürzeler, said Kashiwagi had been watched for two years.\n\n“He has a rare ability,” the German said.",
			people: []ent{{name: "Fabian Hürzeler", aliases: []string{"Hürzeler"}}, {name: "Ren Kashiwagi", aliases: []string{"Kashiwagi"}}},
			want:   []want{{"He has a rare ability", "Fabian Hürzeler", "definite"}}, why: "a demonym stands for a person; the name after 'X, said' is no speaker"},
		{name: "en/definite/age-apposition", text: "For Mr Rajesh Kumar, a 45-year-old logistics supervisor, the illness came as a shock.\n\n“I was fit,” the 45-year-old said.",
			people: []ent{{name: "Rajesh Kumar"}},
			want:   []want{{"I was fit", "Rajesh Kumar", "definite"}}, why: "an indefinite in an apposition to a named person introduces no one new"},
		{name: "en/definite/the-company", text: "Siam Horizon Estates denied any wrongdoing.\n\n“All our contributions are declared,” the company said in a statement.", orgs: []ent{{name: "Siam Horizon Estates"}},
			want: []want{{"All our contributions are declared", "Siam Horizon Estates", "definite"}}, why: "a body noun whose words are not in the name stands for the organization the text is about"},
		{name: "en/title-only/verb-inside-title", text: "U.S. Secretary of State Marco Rubio met Wang Yi on Thursday.\n\n“We had a frank conversation,” the secretary of state said.",
			people: []ent{{name: "Marco Rubio", titles: []string{"secretary of state"}}, {name: "Wang Yi"}},
			want:   []want{{"We had a frank conversation", "Marco Rubio", "title-only"}}, why: "state inside 'secretary of state' is no speech verb"},
		{name: "en/definite/multiword-demonym", text: "Earlier, South Korea's An Se-young won the title, beating Natsuki Ozawa.\n\n“Everyone expects me to win,” the South Korean said.",
			people: []ent{{name: "An Se-young"}, {name: "Natsuki Ozawa"}},
			want:   []want{{"Everyone expects me to win", "An Se-young", "definite"}}, why: "a two-word demonym stands for the person the text is about"},
		{name: "en/definite/relative-apposition", text: "Sheep farmer Leanne Hoskins, who runs merinos near Moyston with her husband Craig, said they had moved the flock.\n\n“There’s nothing left to burn,” the 52-year-old told ABC Ballarat.",
			people: []ent{{name: "Leanne Hoskins"}, {name: "Craig"}}, orgs: []ent{{name: "ABC Ballarat"}},
			want: []want{{"There’s nothing left to burn", "Leanne Hoskins", "definite"}}, why: "a name ending a relative clause before 'said' is not its subject"},
		{name: "en/definite/company-subject", text: "Sinar Logam, which is majority-owned by China’s Hengda Metals Group, said in a statement that it had halted the line.\n\n“We are deeply saddened,” the company said.",
			orgs: []ent{{name: "PT Sinar Logam Nusantara", aliases: []string{"Sinar Logam"}}, {name: "Hengda Metals Group"}},
			want: []want{{"We are deeply saddened", "PT Sinar Logam Nusantara", "definite"}}, why: "the company is the body the sentence is about, not the one named in its relative clause"},
		{name: "id/definite/kementerian", text: "Kementerian Kesehatan mencatat lonjakan kasus.\n\n“Kami sudah mengirim surat edaran,” kata kementerian tersebut.", orgs: []ent{kemenkes},
			want: []want{{"Kami sudah mengirim surat edaran", "Kementerian Kesehatan", "definite"}}, why: "kementerian tersebut refers back to the ministry"},
	})
}
