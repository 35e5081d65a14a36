package entities_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRules covers the rules added for names no lexicon knows, one row per
// rule and language, each with the reason it exists.
func TestRules(t *testing.T) {
	cases := []struct {
		name, text, lang string
		people, orgs     []string // must be present (canonical names)
		notPeople        []string // must be absent
		notOrgs          []string
		titles           map[string][]string // person -> titles, where checked
		why              string
	}{
		{name: "id/list-of-companies", lang: "id",
			text: "Delegasi bisnis itu antara lain diikuti oleh Telkom, Pertamina, Sinar Niaga, dan Bukit Asam. Mereka akan bertemu mitra dari Jepang.",
			orgs: []string{"Sinar Niaga"},
			why:  "an unknown name in a list of organizations is an organization"},
		{name: "en/list-of-companies", lang: "en",
			text: "The delegation included executives from Telstra, Fortescue, Harbour Cable and Wesfarmers, officials said on Monday.",
			orgs: []string{"Harbour Cable"},
			why:  "an unknown name in a list of organizations is an organization"},
		{name: "en/and-separates-names", lang: "en",
			text:      "Manchester United manager Ruben Amorim and Arsenal manager Mikel Arteta criticised the new rules on Friday, the league said.",
			people:    []string{"Ruben Amorim", "Mikel Arteta"},
			notPeople: []string{"Arsenal"},
			why:       "and joins organization names, not two people"},
		{name: "id/region-after-title", lang: "id",
			text:      "Gubernur Jawa Barat Dedi Mulyadi mengatakan bantuan sudah dikirim ke lokasi bencana pada hari Selasa.",
			people:    []string{"Dedi Mulyadi"},
			notPeople: []string{"Jawa Barat Dedi Mulyadi"},
			why:       "a province between the title and the name belongs to the title"},
		{name: "id/initials", lang: "id",
			text:    "Polisi telah menahan tersangka berinisial HS dan memeriksa dua saksi dalam kasus penipuan tersebut.",
			people:  []string{"HS"},
			notOrgs: []string{"HS"},
			why:     "crime news names suspects by their initials"},
		{name: "id/programme-acronym", lang: "id",
			text:    "Presiden meminta para menteri mempercepat program Makan Bergizi Gratis (MBG) di seluruh provinsi. Anggaran MBG akan ditambah tahun depan.",
			notOrgs: []string{"MBG", "Makan Bergizi Gratis"},
			why:     "an acronym defined after program names a programme, not an organization"},
		{name: "en/initials-acronym", lang: "en",
			text: "North Korea fired a ballistic missile on Thursday, South Korea's Joint Chiefs of Staff (JCS) said. The JCS said it was analysing the launch.",
			orgs: []string{"Joint Chiefs of Staff"},
			why:  "an acronym in parentheses that spells the initials makes the name an organization"},
		{name: "id/comma-list-name", lang: "id",
			text: "Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), gempa tidak berpotensi tsunami. Warga diminta tetap tenang dan waspada terhadap gempa susulan.",
			orgs: []string{"Badan Meteorologi, Klimatologi, dan Geofisika"},
			why:  "a name with commas, confirmed by its acronym's initials"},
		{name: "id/hospital-namesake", lang: "id",
			text:      "Korban dibawa ke RSUD dr. Slamet Garut untuk mendapatkan perawatan, kata petugas yang berjaga di lokasi.",
			orgs:      []string{"RSUD dr. Slamet Garut"},
			notPeople: []string{"Slamet Garut"},
			why:       "a name after dr. inside an organization is its namesake"},
		{name: "en/honorific-stripped", lang: "en",
			text:      "Prime Minister Sir Keir Starmer said the health service would get more money. Sir Keir told reporters the plan was fair.",
			people:    []string{"Keir Starmer"},
			notPeople: []string{"Sir Keir Starmer", "Sir"},
			why:       "honorifics are not part of the name"},
		{name: "id/headline-verb", lang: "id",
			text:      "Polisi Tangkap Pembuang Limbah, DPRD DKI Minta Pengawasan Diperketat\n\nPolisi menangkap dua orang yang membuang limbah ke sungai, kata juru bicara kepolisian kepada wartawan di Jakarta.",
			notOrgs:   []string{"DPRD DKI Minta Pengawasan Diperketat"},
			notPeople: []string{"Minta Pengawasan Diperketat"},
			why:       "a headline's verb ends an organization name"},
		{name: "en/treaty-not-org", lang: "en",
			text:    "The leaders signed the Indonesia-Australia Comprehensive Economic Partnership Agreement upgrade on Monday, officials said.",
			notOrgs: []string{"Indonesia-Australia Comprehensive Economic Partnership Agreement"},
			why:     "agreements and acts are documents, not organizations"},
		{name: "id/unit-after-title", lang: "id",
			text:      "Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinkes Kota Semarang dr. Hartini Puspitasari mengatakan kasus demam berdarah naik.",
			people:    []string{"Hartini Puspitasari"},
			orgs:      []string{"Dinkes Kota Semarang"},
			notPeople: []string{"Pencegahan"},
			notOrgs:   []string{"Dinkes Kota Semarang dr. Hartini Puspitasari"},
			why:       "after Kepala Bidang the capitalised words name the unit; dr. opens the person after a non-hospital office"},
		{name: "id/unit-head-before-head", lang: "id",
			text:    "Kepala Bidang Pembinaan SMP Dinas Pendidikan Kota Surabaya, Ahmad Syaifuddin, mengakui ada laporan itu.",
			people:  []string{"Ahmad Syaifuddin"},
			orgs:    []string{"Dinas Pendidikan Kota Surabaya"},
			notOrgs: []string{"SMP Dinas Pendidikan Kota Surabaya", "SMP"},
			why:     "a head word right before another head belongs to the unit's name"},
		{name: "id/hospital-namesake", lang: "id",
			text: "Pasien itu kemudian dirujuk ke RSUD dr. Soetomo Surabaya pada Senin malam, kata petugas.",
			orgs: []string{"RSUD dr. Soetomo Surabaya"},
			why:  "a name after dr. in a hospital's name is its namesake"},
		{name: "id/english-tail", lang: "id",
			text: "Teknologi itu dikembangkan oleh para peneliti di Monash University, Australia, dan diuji di Yogyakarta.",
			orgs: []string{"Monash University"},
			why:  "Indonesian news keeps English organization names with their English tail"},
		{name: "id/not-name-acronym", lang: "id",
			text:    "Orang tua memprotes hasil seleksi jalur domisili tingkat SMP di kota itu pada Senin.",
			notOrgs: []string{"SMP"},
			why:     "a school level written in capitals is a common noun"},
		{name: "id/system-not-org", lang: "id",
			text:    "Mereka memprotes hasil Sistem Penerimaan Murid Baru (SPMB) di Surabaya. SPMB dinilai tidak adil.",
			notOrgs: []string{"Sistem Penerimaan Murid Baru", "SPMB"},
			why:     "a named system with its acronym is not an organization"},
		{name: "id/acronym-evidence", lang: "id",
			text:      "Pemerintah menyerahkan DIM kepada DPR pekan ini dan menjaga stok CBP. LPKN menyatakan kerugian negara mencapai Rp10 miliar, kata Koordinator MAKI Boyamin Saiman.",
			orgs:      []string{"LPKN", "MAKI"},
			people:    []string{"Boyamin Saiman"},
			notOrgs:   []string{"DIM", "CBP"},
			notPeople: []string{"MAKI Boyamin Saiman"},
			why:       "an unknown acronym is an organization only when the text uses it as one (speaks, follows a title, recurs)"},
		{name: "id/acronym-definitions", lang: "id",
			text:    "Komisi itu menyusun daftar inventarisasi masalah (DIM) pekan ini. Kapal asing masuk ke Zona Ekonomi Eksklusif (ZEE) Indonesia, melanggar Konvensi PBB tentang Hukum Laut (UNCLOS). DIM dan ZEE dibahas lagi sesuai UNCLOS, kata Andi kepada wartawan.",
			notOrgs: []string{"DIM", "ZEE", "UNCLOS"},
			why:     "an acronym defined by lower-case words, a zone or a convention is no organization, wherever it recurs"},
		{name: "en/acronym-product", lang: "en",
			text:    "Malaysia will phase out blanket subsidies for RON95 petrol this year, the finance ministry said.",
			notOrgs: []string{"RON95"},
			why:     "an acronym with digits and no evidence is a product code"},
		{name: "en/org-short-form", lang: "en",
			text:      "Pacific Harbour Holdings (PHH) agreed to buy the British cold-storage firm Meridian Cold Chain on Monday. Pacific Harbour said Meridian would keep its name, and Zenvora Capital backed the deal.",
			orgs:      []string{"Pacific Harbour Holdings", "Meridian Cold Chain"},
			notPeople: []string{"Pacific Harbour", "Meridian"},
			why:       "a name that starts an organization's name is a short form of it"},
		{name: "id/naming-word", lang: "id",
			text:    "Seorang saksi, mantan staf keuangan perusahaan bernama Wulan Sari, bersaksi di persidangan pada Selasa.",
			people:  []string{"Wulan Sari"},
			notOrgs: []string{"Wulan Sari"},
			why:     "bernama links the name to the person, not to the company noun before it"},
		{name: "id/initials-list", lang: "id",
			text:    "Asep mengatakan ketiga tersangka masing-masing berinisial HS, RT, dan AW. HS diduga menerima uang dari RT.",
			people:  []string{"HS", "RT", "AW"},
			notOrgs: []string{"HS", "RT", "RT.", "AW"},
			why:     "initials listed after berinisial are people, and so are their later mentions"},
		{name: "en/translated-known-acronym", lang: "en",
			text:    "The Meteorology, Climatology and Geophysics Agency (BMKG) said the quake was shallow. BMKG warned of aftershocks.",
			orgs:    []string{"Meteorology, Climatology and Geophysics Agency"},
			notOrgs: []string{"Geophysics Agency"},
			why:     "a listed English name before a known Indonesian acronym is that organization"},
		{name: "id/deputi-unit", lang: "id",
			text:      "Deputi Bidang Statistik Distribusi dan Jasa BPS Pudji Ismartini menyebutkan harga beras naik. Kepala Bidang Pembinaan dan Prestasi (Kabid Binpres) PBSI Eng Hian menilai performa mereka stabil.",
			people:    []string{"Pudji Ismartini", "Eng Hian"},
			notPeople: []string{"Bidang Statistik Distribusi", "Pembinaan", "Binpres"},
			why:       "the unit after Deputi or Kepala Bidang belongs to the title, also before a parenthesis"},
		{name: "en/english-org-names", lang: "en",
			text:      "Jerome Salcedo, a researcher at the University of the Philippines, and Selin Aydemir of the Bosphorus Institute for Strategic Studies said prices rose in Africa and the Middle East.",
			orgs:      []string{"University of the Philippines", "Bosphorus Institute for Strategic Studies"},
			notOrgs:   []string{"Institute for Strategic Studies", "Middle East"},
			notPeople: []string{"Middle East"},
			why:       "of the inside a name; a name before an English head belongs to it; world regions are places"},
		{name: "en/org-name-shapes", lang: "en",
			text:    "Indonesia's Election Supervisory Agency, or Bawaslu, warned of vote buying. Nurul Fadhilah of the Jakarta-based Voter Integrity Network and Sarah Nuraini of the Centre for Child Health Policy agreed. Delivery firm Grab Holdings and Wetlands International and Dutch partners were named.",
			orgs:    []string{"Election Supervisory Agency", "Voter Integrity Network", "Centre for Child Health Policy", "Grab Holdings", "Wetlands International"},
			notOrgs: []string{"Integrity Network", "Health Policy", "Wetlands International and Dutch", "Grab"},
			why:     "event words, roles and known names inside names that end with an organization tail; and + demonym joins nothing"},
		{name: "en/org-by-context", lang: "en",
			text:      "In a statement, Belanja Kita said it had found no evidence of a breach. Belanja Kita's chief executive, Andreas Wijaya, denied the claim.",
			orgs:      []string{"Belanja Kita"},
			people:    []string{"Andreas Wijaya"},
			notPeople: []string{"Belanja Kita"},
			why:       "a name that says it, or has a chief executive, is an organization"},
		{name: "id/east-asian-names", lang: "id",
			text:      "Putri kalah dari An Se-young asal Korea Selatan. Lawan berikutnya pasangan Kim Won-ho/Seo Seung-jae, sementara Presiden Taiwan Lai Ching-te menonton. Pola ala Cold War-style tidak dipakai.",
			people:    []string{"An Se-young", "Kim Won-ho", "Seo Seung-jae", "Lai Ching-te"},
			notPeople: []string{"Cold War-style"},
			why:       "a short family name and a hyphenated given name with a lower-case second part"},
		{name: "id/nickname-sapaan", lang: "id",
			text:      "Jojo, sapaan akrab Jonatan Christie, kalah di perempat final. Setelah laga, Jojo mengatakan siap bangkit.",
			people:    []string{"Jonatan Christie"},
			notPeople: []string{"Jojo"},
			why:       "sapaan links a nickname to the full name after it"},
		{name: "en/nickname-known-as", lang: "en",
			text:      "In nearby Timbulsloko, fisherman Muhammad Sholeh – known to everyone as Pak Mat – points to the mangroves. Pak Mat said the crabs came back.",
			people:    []string{"Muhammad Sholeh"},
			notPeople: []string{"Pak Mat"},
			why:       "known (to everyone) as links a nickname to the person before it"},
		{name: "id/foreign-ministry-spokesperson", lang: "id",
			text:    "Juru bicara Kementerian Luar Negeri China Guo Jiakun mengatakan kapal itu berpatroli. Kedutaan Besar AS di Jakarta menyebut Washington mendukung Indonesia. Tunggal putri Putri Kusuma Wardani tersingkir.",
			people:  []string{"Guo Jiakun", "Putri Kusuma Wardani"},
			orgs:    []string{"Kementerian Luar Negeri China", "Kedutaan Besar AS"},
			notOrgs: []string{"Kementerian Luar Negeri"},
			why:     "a ministry with another country's name before its spokesperson; embassies; a name word also written in lower case"},
		{name: "id/common-word-opens-sentence", lang: "id",
			text:      "Liputan6.com, Odense - Langkah Jonatan Christie di Denmark Open 2025 terhenti di babak perempat final. Pernyataan Jonatan itu disambut baik oleh penggemar.",
			people:    []string{"Jonatan Christie"},
			notPeople: []string{"Langkah Jonatan Christie", "Pernyataan Jonatan"},
			why:       "a common noun opening the sentence (or following the dateline) is not part of the name"},
		{name: "en/number-in-known-name", lang: "en",
			text: "The police's anti-terror unit Detachment 88 this week arrested five men in Java, officials said.",
			orgs: []string{"Detachment 88"},
			why:  "a number inside a known organization's name"},
		{name: "id/stadium-acronym", lang: "id",
			text:    "Timnas akan menjamu Bahrain di Stadion Utama Gelora Bung Karno (SUGBK), Jakarta, pekan depan. Tiket laga di SUGBK sudah habis.",
			notOrgs: []string{"Stadion Utama Gelora Bung Karno", "SUGBK"},
			why:     "a place with its acronym is not an organization"},
		{name: "en/numbered-office", lang: "en",
			text:      "Finance Minister II Amir Hamzah Azizan told a separate briefing that savings exceeded expectations.",
			people:    []string{"Amir Hamzah Azizan"},
			notPeople: []string{"II Amir Hamzah Azizan"},
			titles:    map[string][]string{"Amir Hamzah Azizan": {"finance minister ii"}},
			why:       "a Roman numeral after a title numbers the office"},
		{name: "id/title-before-name", lang: "id",
			text:      "“Menyatakan terdakwa terbukti bersalah,” kata Ketua Majelis Hakim Sutikno Wibowo saat membacakan putusan. Ketua Bawaslu Kabupaten Banyumas Imam Sholikhin mengimbau partai politik.",
			people:    []string{"Sutikno Wibowo", "Imam Sholikhin"},
			notPeople: []string{"Hakim Sutikno Wibowo", "Kabupaten Banyumas Imam Sholikhin"},
			why:       "office and place words before the name belong to the title"},
		{name: "id/company-short-form-in-title", lang: "id",
			text:      "PT Halmahera Nikel Persada Tbk (HNPS) mencatat laba. Direktur Utama Halmahera Nikel Yudhistira Pranoto mengatakan pasar lesu.",
			people:    []string{"Yudhistira Pranoto"},
			notPeople: []string{"Halmahera Nikel Yudhistira Pranoto"},
			why:       "a company's short form between the title and the name"},
		{name: "id/month-word-in-name", lang: "id",
			text:      "Koordinator suporter Garuda Nusantara, Fajar Ramadhan, yang akrab disapa Jaja, mengaku optimistis. Selama bulan Ramadhan, latihan tetap berjalan.",
			people:    []string{"Fajar Ramadhan"},
			notPeople: []string{"Fajar", "Jaja", "Ramadhan"},
			why:       "a word that is otherwise a month stays inside a name, and the month is no mention of the person"},
		{name: "en/english-shapes-2", lang: "en",
			text:      "The Jakarta Corruption Court on Wednesday sentenced him. The Philippine Coast Guard said it rescued 1,300 people. \"The market was waiting,\" said Jason Tan, a metals analyst at Macquarie in Singapore. Sudden changes create uncertainty, the association said.",
			orgs:      []string{"Jakarta Corruption Court", "Philippine Coast Guard", "Macquarie"},
			people:    []string{"Jason Tan"},
			notOrgs:   []string{"Corruption Court on Wednesday"},
			notPeople: []string{"Sudden", "Macquarie"},
			why:       "no connector joins a weekday; a tail after a demonym; the employer after a role and at; a lone word opening a sentence"},
		{name: "en/apposition-title", lang: "en",
			text:   "Hirofumi Yoshimura, Ishin's co-leader and the governor of Osaka, said on Tuesday that the party would reconsider.",
			people: []string{"Hirofumi Yoshimura"},
			titles: map[string][]string{"Hirofumi Yoshimura": {"governor"}},
			why:    "a title in an apposition after the name is the person's"},
		{name: "en/role-name-of-org", lang: "en",
			text:      "Political scientist Wanchai Pongsiri of Thammasat University said the timing was odd, an analyst said. Earlier, South Korea’s An Se-young won the title. Cloud software maker Nexaro Systems said it would cut jobs, and the Victorian Farmers Federation (VFF) said more farms applied.",
			people:    []string{"Wanchai Pongsiri", "An Se-young"},
			orgs:      []string{"Thammasat University", "Nexaro Systems", "Victorian Farmers Federation"},
			notOrgs:   []string{"Wanchai Pongsiri", "Farmers Federation"},
			notPeople: []string{"Nexaro Systems"},
			why:       "a titled name before 'of' + organization; a family name that is also a function word; a maker noun; a role word inside a name"},
		{name: "id/quote-initial-and-units", lang: "id",
			text:      "“Animo penonton tahun ini luar biasa,” kata Kapolda. Pemeriksaan dilakukan oleh Jaksa Agung Muda Bidang Tindak Pidana Khusus (Jampidsus). Direktur Jenderal Strategi Ekonomi dan Fiskal Kemenkeu Febrio Kacaribu menjelaskan aturan itu. Gubernur NTB Lalu Muhamad Iqbal menilai ajang itu penting, lalu pergi.",
			people:    []string{"Febrio Kacaribu", "Lalu Muhamad Iqbal"},
			notPeople: []string{"Animo", "Bidang Tindak Pidana Khusus", "Strategi Ekonomi", "Muhamad Iqbal"},
			why:       "a quotation's first word opens a sentence; a unit after a title; a name word written in lower case elsewhere still counts mid-sentence"},
		{name: "id/company-short-form-apposition", lang: "id",
			text:      "Emiten tekstil PT Sandang Prima Nusantara Tbk (SPNT) menyambut baik aturan tersebut. Direktur Utama Sandang Prima, Lukas Hartanto, mengungkapkan utilisasi pabrik naik.",
			people:    []string{"Lukas Hartanto"},
			notPeople: []string{"Prima", "Sandang Prima"},
			notOrgs:   []string{"Lukas Hartanto"},
			why:       "a company's short form between the title and a comma is the title's organization"},
		{name: "id/pending-title-own-title", lang: "id",
			text:   "Menteri Luar Negeri Sugiono hadir. Menurut Menlu, Presiden Prabowo Subianto telah menerima laporan lengkap mengenai insiden itu.",
			people: []string{"Sugiono", "Prabowo Subianto"},
			titles: map[string][]string{"Prabowo Subianto": {"presiden"}},
			why:    "a title before a comma does not pass to a name that has its own title"},
		{name: "en/role-before-name", lang: "en",
			text:   "Outside the mosque, fisherman Andi Baso said his house had been flattened. Later, midfielder Nguyen Hai Dang equalised.",
			people: []string{"Andi Baso", "Nguyen Hai Dang"},
			why:    "a singular role noun in lower case titles the name after it"},
		{name: "id/role-of-place", lang: "id",
			text:      "“Baunya menyengat,” kata Suparman (60), warga Cakung Barat. Karyawan Pertamina ikut membantu.",
			people:    []string{"Suparman"},
			notPeople: []string{"Cakung Barat"},
			why:       "warga takes a place after it, never a name"},
		{name: "en/apposition-person", lang: "en",
			text:    "Ramon Villareal, an emergency physician at the Philippine General Hospital in Manila, said the hospital had treated 30 cases.",
			people:  []string{"Ramon Villareal"},
			orgs:    []string{"Philippine General Hospital"},
			notOrgs: []string{"Ramon Villareal"},
			why:     "a role heading the apposition makes the name a person; a title word opening an organization's name belongs to it"},
		{name: "en/apposition-place", lang: "en",
			text:      "In nearby Timbulsloko, fisherman Muhammad Sholeh points to the mangroves.",
			people:    []string{"Muhammad Sholeh"},
			notPeople: []string{"Timbulsloko"},
			why:       "a role followed by a name titles that name; it is not an apposition of the place before the comma"},
		{name: "en/org-noun-before", lang: "en",
			text:      "The leak was reported by the cyber-security firm Kyra Threat Intelligence and the state lender Rosselkhozbank on Monday.",
			orgs:      []string{"Kyra Threat Intelligence", "Rosselkhozbank"},
			notPeople: []string{"Rosselkhozbank"},
			why:       "a noun for a kind of organization before a name makes it one"},
		{name: "en/apposition-org", lang: "en",
			text:      "Zenvora, a Singapore-based crypto lender, froze withdrawals in 2022, its liquidators said.",
			orgs:      []string{"Zenvora"},
			notPeople: []string{"Zenvora"},
			why:       "an organization noun heading the apposition"},
		{name: "id/org-noun-before", lang: "id",
			text:      "Perusahaan rintisan PayNest berencana melantai di bursa tahun depan, kata sumber.",
			orgs:      []string{"PayNest"},
			notPeople: []string{"PayNest"},
			why:       "perusahaan (rintisan) before a name makes it an organization"},
		{name: "en/place-word-title", lang: "en",
			text:   "District Judge Marcus Teo said the accused had misled customers.",
			people: []string{"Marcus Teo"},
			why:    "a title inside a run keeps the run from being read as a place (district)"},
		{name: "en/seat-of-government", lang: "en",
			text: "Downing Street declined to comment, and the Kremlin said talks would continue.",
			orgs: []string{"Downing Street", "Kremlin"},
			why:  "seats of government that speak are organizations (and refer to their country)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, s := extract(t, c.text, c.lang)
			var people, orgs []string
			for _, p := range s.People {
				people = append(people, p.Name)
			}
			for _, o := range s.Organizations {
				orgs = append(orgs, o.Name)
			}
			for _, p := range c.people {
				assert.Contains(t, people, p, c.why)
			}
			for _, p := range s.People {
				if want, ok := c.titles[p.Name]; ok {
					assert.Equal(t, want, p.Titles, c.why)
				}
			}
			for _, o := range c.orgs {
				assert.Contains(t, orgs, o, c.why)
			}
			for _, p := range c.notPeople {
				assert.NotContains(t, people, p, c.why)
			}
			for _, o := range c.notOrgs {
				assert.NotContains(t, orgs, o, c.why)
			}
		})
	}
}

// TestGender covers the evidence Person.Gender is read from, and the cases
// where the text does not settle it.
func TestGender(t *testing.T) {
	cases := []struct {
		name, text, lang string
		person, want     string
		why              string
	}{
		{name: "en/honorific", lang: "en", text: "Mrs. Clinton met reporters in Jakarta on Monday after the talks.",
			person: "Clinton", want: "f", why: "Mrs. before the name"},
		{name: "en/role-word", lang: "en", text: "Foreign Ministry spokeswoman Maria Zakharova spoke to reporters in Moscow.",
			person: "Maria Zakharova", want: "f", why: "a gendered role noun in the title run"},
		{name: "en/apposition", lang: "en", text: "Rukmini Sari, a grandmother of three, lives in Demak. The sea is coming closer every year.",
			person: "Rukmini Sari", want: "f", why: "a gendered noun heading the apposition"},
		{name: "en/pronoun", lang: "en", text: "Heri Andrianto remembers when the walk from his house to the fields took ten minutes.",
			person: "Heri Andrianto", want: "m", why: "the only person of a sentence with only male pronouns"},
		{name: "en/two-people", lang: "en", text: "Heri Andrianto met Rukmini Sari at her house on Monday.",
			person: "Heri Andrianto", want: "", why: "with two people in the sentence a pronoun settles nothing"},
		{name: "en/conflict", lang: "en", text: "Mr. Alex Tan spoke on Monday. Alex Tan said her report was late.",
			person: "Alex Tan", want: "", why: "disagreeing evidence leaves the gender empty"},
		{name: "en/whose", lang: "en", text: "Budi Santoso, whose wife works in Jakarta, spoke on Monday.",
			person: "Budi Santoso", want: "", why: "a gendered word after a relative word is someone else"},
		{name: "id/honorific", lang: "id", text: "Ibu Sri Wahyuni mengatakan harga beras di pasar naik pada pekan ini.",
			person: "Sri Wahyuni", want: "f", why: "Ibu before the name"},
		{name: "id/apposition", lang: "id", text: "Sutrisno, suami korban, mengatakan rumahnya hanyut terbawa banjir.",
			person: "Sutrisno", want: "m", why: "suami heads the apposition"},
		{name: "id/no-evidence", lang: "id", text: "Dia mengatakan Sutrisno datang ke kantor polisi pada Senin pagi.",
			person: "Sutrisno", want: "", why: "Indonesian pronouns carry no gender"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, s := extract(t, c.text, c.lang)
			found := false
			for _, p := range s.People {
				if p.Name == c.person {
					found = true
					assert.Equal(t, c.want, p.Gender, c.why)
				}
			}
			assert.True(t, found, "%s not extracted", c.person)
		})
	}
}
