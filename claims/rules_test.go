package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wartalab/warta/article"
	"github.com/wartalab/warta/entities"
)

// TestSourcePhrases covers how the source phrase is delimited and resolved:
// appositions, inverted attributions, titles, possessors, coreference.
func TestSourcePhrases(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	person := func(name string, surfaces ...string) ent {
		return ent{kind: entities.KindPerson, name: name, surfaces: surfaces}
	}
	org := func(name string, surfaces ...string) ent {
		return ent{kind: entities.KindOrganization, name: name, surfaces: surfaces}
	}
	rina := ent{kind: entities.KindPerson, name: "Rina Kartika", surfaces: []string{"Rina Kartika", "Rina"}, titles: []string{"health minister"}}
	tests := []struct {
		name string
		text string
		ents []ent
		want []want
		why  string
	}{
		{name: "en/title-start-is-no-title",
			text: "Health Minister Rina Kartika opened a clinic in Bogor. Health officials said the outbreak was under control.",
			ents: []ent{rina},
			want: []want{{source: "Health officials", cue: "said", content: "the outbreak was under control", kind: KindGroup}},
			why:  "health only starts the title health minister: Health officials is a group, not the minister"},
		{name: "en/double-apposition-after-person",
			text: "Dewi Anggraini, a labour economist at the Institute for Policy Studies, an independent think tank, said wages would lag behind prices.",
			ents: []ent{person("Dewi Anggraini", "Dewi Anggraini"), org("Institute for Policy Studies", "Institute for Policy Studies")},
			want: []want{{source: "Dewi Anggraini", cue: "said", content: "wages would lag behind prices", kind: KindPerson}},
			why:  "the person named before two appositions is the source"},
		{name: "en/inverted-described-person",
			text: "For most of the pupils, it is the only hot meal of the day, said longtime school cook Siti Aminah.",
			ents: []ent{person("Siti Aminah", "Siti Aminah")},
			want: []want{{source: "Siti Aminah", cue: "said", content: "For most of the pupils, it is the only hot meal of the day", kind: KindPerson}},
			why:  "a lowercase description before the name after an inverted cue belongs to the source"},
		{name: "en/possessor-of-document",
			text: "The stunting rate fell to 21 per cent last year, according to the Health Ministry’s national survey.",
			ents: []ent{org("Health Ministry", "Health Ministry")},
			want: []want{{source: "Health Ministry", cue: "according to", content: "The stunting rate fell to 21 per cent last year", kind: KindOrganization}},
			why:  "the owner of a document is the source"},
		{name: "en/named",
			text: "A 38-year-old motorcycle taxi driver named Joko Susilo said a neighbour had offered him cash for his vote.",
			want: []want{{source: "Joko Susilo", cue: "said", content: "a neighbour had offered him cash for his vote", kind: KindPerson}},
			why:  "the name after named is the source, even when no entity was found"},
		{name: "id/bernama",
			text: "Seorang saksi, mantan staf keuangan bernama Wulan Lestari, bersaksi bahwa ia pernah diminta menyiapkan dokumen palsu.",
			want: []want{{source: "Wulan Lestari", cue: "bersaksi", content: "ia pernah diminta menyiapkan dokumen palsu", kind: KindPerson}},
			why:  "bersaksi bahwa is a cue; the name after bernama is the source"},
		{name: "en/participle-takes-source-of-clause-verb",
			text: "The retailer’s chief executive, Andi Wijaya, denied on Tuesday that the company had delayed notifying users, saying it had sent warnings within a day.",
			ents: []ent{person("Andi Wijaya", "Andi Wijaya")},
			want: []want{
				{source: "Andi Wijaya", cue: "denied", content: "the company had delayed notifying users", kind: KindPerson},
				{source: "Andi Wijaya", cue: "saying", content: "it had sent warnings within a day", kind: KindPerson},
			},
			why: "saying takes the source of the speech verb of its clause, not the opening noun phrase"},
		{name: "en/participle-telling-listener",
			text: "Indonesia’s sports ministry hit back at the agency, telling local media the sanctions should not apply to the final.",
			ents: []ent{{kind: entities.KindCountry, name: "Indonesia", surfaces: []string{"Indonesia"}, code: "ID"}},
			want: []want{{source: "Indonesia’s sports ministry", cue: "telling", content: "the sanctions should not apply to the final", kind: KindGroup, countries: []string{"ID"}, negated: true}},
			why:  "telling after a comma is a participle; the listener is skipped but a determiner of the content is kept"},
		{name: "id/date-between-commas",
			text: "Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan Kota Semarang Hartini Wulandari di Semarang, Kamis, mengatakan sebagian besar korban adalah anak usia sekolah.",
			ents: []ent{person("Hartini Wulandari", "Hartini Wulandari")},
			want: []want{{source: "Hartini Wulandari", cue: "mengatakan", content: "sebagian besar korban adalah anak usia sekolah", kind: KindPerson}},
			why:  "a day name between commas is no apposition; a long title before the name does not hide the person"},
		{name: "id/province-between-commas",
			text: "Mantan Presiden Budi Santosa saat ditemui di Solo, Jawa Tengah, mengaku mengikuti perkembangan program itu.",
			ents: []ent{person("Budi Santosa", "Budi Santosa")},
			want: []want{{source: "Budi Santosa", cue: "mengaku", content: "mengikuti perkembangan program itu", kind: KindPerson}},
			why:  "a province after a city is no apposition"},
		{name: "id/noun-cue-inside-source",
			text: "Sementara itu, Dana Moneter Internasional (IMF) dalam laporan terbarunya memperkirakan ekonomi Indonesia tumbuh 5,1 persen tahun ini.",
			ents: []ent{org("Dana Moneter Internasional", "Dana Moneter Internasional", "IMF")},
			want: []want{{source: "Dana Moneter Internasional", cue: "memperkirakan", content: "ekonomi Indonesia tumbuh 5,1 persen tahun ini", kind: KindOrganization, hedged: true}},
			why:  "a noun cue (laporan) inside the source phrase does not end it"},
		{name: "id/plural-pronoun-to-plural-subject",
			text: "Ratusan orang tua murid mendatangi kantor dinas pendidikan. Mereka menilai sistem zonasi menghasilkan data yang keliru. Polisi menangkap tiga tersangka. Mereka mengatakan barang bukti sudah disita.",
			want: []want{
				{source: "Ratusan orang tua murid", cue: "menilai", content: "sistem zonasi menghasilkan data yang keliru", kind: KindGroup},
				{source: "Polisi", cue: "mengatakan", content: "barang bukti sudah disita", kind: KindGroup},
			},
			why: "mereka opening a sentence refers to the plural group subject of the sentence before, which ends before its verb"},
		{name: "id/bare-role-to-fuller-description",
			text: "Vonis itu lebih ringan dari tuntutan jaksa penuntut umum (JPU) Kejaksaan Tinggi yang meminta hukuman sembilan tahun. Dalam tuntutannya, jaksa menyebut sebagian uang dialirkan ke luar negeri. Sebelumnya, polisi membantu Kejaksaan Tinggi menangkap buronan itu. Polisi mengatakan barang bukti sudah disita.",
			ents: []ent{org("Kejaksaan Tinggi", "Kejaksaan Tinggi")},
			want: []want{
				{source: "jaksa penuntut umum (JPU) Kejaksaan Tinggi", cue: "menyebut", content: "sebagian uang dialirkan ke luar negeri", kind: KindGroup},
				{source: "Polisi", cue: "mengatakan", content: "barang bukti sudah disita", kind: KindGroup},
			},
			why: "a bare word for people refers back to its fuller description naming the organization; an earlier clause (polisi menangkap …) is no description"},
		{name: "id/generic-org-description",
			text: "Ombudsman Jawa Timur menyatakan telah menerima 57 aduan soal zonasi. Menurut lembaga itu, sebagian besar aduan menyangkut jalur domisili.",
			ents: []ent{org("Ombudsman Jawa Timur", "Ombudsman Jawa Timur")},
			want: []want{
				{source: "Ombudsman Jawa Timur", cue: "menyatakan", content: "telah menerima 57 aduan soal zonasi", kind: KindOrganization},
				{source: "Ombudsman Jawa Timur", cue: "Menurut", content: "sebagian besar aduan menyangkut jalur domisili", kind: KindOrganization},
			},
			why: "lembaga itu refers to the organization that spoke before"},
		{name: "id/dia-after-unnamed-source",
			text: "Menteri Sugiarto tiba di Seoul pada Senin. Seorang pejabat yang enggan disebutkan namanya mengatakan Jakarta siap menjadi tuan rumah. Menurut dia, pertemuan bisa digelar bulan depan.",
			ents: []ent{person("Sugiarto", "Sugiarto")},
			want: []want{
				{source: "Seorang pejabat yang enggan disebutkan namanya", cue: "mengatakan", content: "Jakarta siap menjadi tuan rumah", kind: KindAnonymous},
				{source: "Seorang pejabat yang enggan disebutkan namanya", cue: "Menurut", content: "pertemuan bisa digelar bulan depan", kind: KindAnonymous},
			},
			why: "dia right after an unnamed source refers to it, not to a person named earlier"},
		{name: "id/title-of-named-body",
			text: "Menteri Sugiarto tiba di Tokyo. Kepala Staf Gabungan (JCS) Korea Selatan melaporkan bahwa rudal itu terbang sejauh 800 kilometer.",
			ents: []ent{{kind: entities.KindPerson, name: "Sugiarto", surfaces: []string{"Sugiarto"}, titles: []string{"menteri"}}},
			want: []want{{source: "Kepala Staf Gabungan (JCS) Korea Selatan", cue: "melaporkan", content: "rudal itu terbang sejauh 800 kilometer", kind: KindGroup}},
			why:  "a title with a bracketed acronym names a body, not the person mentioned before"},
		{name: "id/definite-person-description",
			text: "Patrick Vermeer memimpin latihan perdana timnya. Legenda timnas Belanda itu menambahkan bahwa ia akan memakai formasi yang fleksibel. Klub tersebut menyatakan bahwa latihan akan ditutup untuk umum. Aturan tersebut menyebutkan bahwa pemain wajib hadir pukul tujuh.",
			ents: []ent{person("Patrick Vermeer", "Patrick Vermeer")}, // the country is left out on purpose
			want: []want{
				{source: "Patrick Vermeer", cue: "menambahkan", content: "ia akan memakai formasi yang fleksibel", kind: KindPerson},
				{source: "Klub tersebut", cue: "menyatakan", content: "latihan akan ditutup untuk umum", kind: KindGroup},
				{source: "Aturan tersebut", cue: "menyebutkan", content: "pemain wajib hadir pukul tujuh", kind: KindGroup},
			},
			why: "an Indonesian definite description of a person refers to the person the text is about; one of a club or a rule does not"},
		{name: "en/document-source",
			text: "According to a joint statement released after the talks, the two leaders discussed maritime security.",
			want: []want{{source: "a joint statement released after the talks", cue: "According to", content: "the two leaders discussed maritime security", kind: KindGroup}},
			why:  "a text can be the source, with its adjunct"},
		{name: "en/the-fund",
			text: "The International Monetary Fund cut its forecasts on Tuesday. According to the fund's projections, growth will slow to 1.8 percent this year.",
			ents: []ent{org("International Monetary Fund", "International Monetary Fund")},
			want: []want{{source: "International Monetary Fund", cue: "According to", content: "growth will slow to 1.8 percent this year", kind: KindOrganization}},
			why:  "the fund refers to the organization whose name ends with fund"},
		{name: "en/photo-credit-no-antecedent",
			text: "Headteacher Endah Lestari showed us the kitchen.\n\nPupils eat lunch at the school. (Photo: CNA/Rudi Hartono)\n\nShe said attendance had gone up since January.",
			ents: []ent{person("Endah Lestari", "Endah Lestari"), person("Rudi Hartono", "Rudi Hartono")},
			want: []want{{source: "Endah Lestari", cue: "said", content: "attendance had gone up since January", kind: KindPerson}},
			why:  "the person in a photo credit is no antecedent"},
		{name: "en/group-with-organization",
			text: "Aid groups including Doctors Without Borders have warned that funding cuts could slow the response.",
			ents: []ent{org("Doctors Without Borders", "Doctors Without Borders")},
			want: []want{{source: "Aid groups including Doctors Without Borders", cue: "warned", content: "funding cuts could slow the response", kind: KindGroup, hedged: true}},
			why:  "groups makes the phrase a group even when it names an organization"},
		{name: "id/double-apposition-after-person",
			text: "Dewi Anggraini, ekonom di Lembaga Kajian Kebijakan, sebuah lembaga pemikir independen, mengatakan upah akan tertinggal dari harga.",
			ents: []ent{person("Dewi Anggraini", "Dewi Anggraini"), org("Lembaga Kajian Kebijakan", "Lembaga Kajian Kebijakan")},
			want: []want{{source: "Dewi Anggraini", cue: "mengatakan", content: "upah akan tertinggal dari harga", kind: KindPerson}},
			why:  "the person named before two appositions is the source"},
		{name: "id/inverted-described-person",
			text: "Bagi sebagian besar murid, itu satu-satunya makanan hangat hari ini, kata juru masak sekolah Siti Aminah.",
			ents: []ent{person("Siti Aminah", "Siti Aminah")},
			want: []want{{source: "Siti Aminah", cue: "kata", content: "Bagi sebagian besar murid, itu satu-satunya makanan hangat hari ini", kind: KindPerson}},
			why:  "a lowercase description before the name after an inverted cue belongs to the source"},
		{name: "id/participle-takes-source-of-clause-verb",
			text: "Direktur utama perusahaan itu, Andi Wijaya, membantah bahwa perusahaan terlambat memberi tahu pengguna, seraya menegaskan bahwa peringatan sudah dikirim dalam sehari.",
			ents: []ent{person("Andi Wijaya", "Andi Wijaya")},
			want: []want{
				{source: "Andi Wijaya", cue: "membantah", content: "perusahaan terlambat memberi tahu pengguna", kind: KindPerson},
				{source: "Andi Wijaya", cue: "seraya menegaskan bahwa", content: "peringatan sudah dikirim dalam sehari", kind: KindPerson},
			},
			why: "seraya menegaskan takes the source of the speech verb of its clause"},
		{name: "en/plural-pronoun-to-plural-subject",
			text: "Hundreds of parents gathered outside the education office on Monday. They said the zoning system produced wrong data. Police arrest three suspects. They said the men had stolen a car.",
			want: []want{
				{source: "Hundreds of parents", cue: "said", content: "the zoning system produced wrong data", kind: KindGroup},
				{source: "Police", cue: "said", content: "the men had stolen a car", kind: KindGroup},
			},
			why: "they opening a sentence refers to the plural group subject of the sentence before, which ends before its verb"},
		{name: "en/bare-role-to-fuller-description",
			text: "Earlier, investigators from the National Transport Safety Committee inspected the wreck. In their report, investigators said the pilot had ignored a warning.",
			ents: []ent{org("National Transport Safety Committee", "National Transport Safety Committee")},
			want: []want{{source: "investigators from the National Transport Safety Committee", cue: "said", content: "the pilot had ignored a warning", kind: KindGroup}},
			why:  "a bare word for people refers back to its fuller description naming the organization"},
		{name: "en/generic-org-description",
			text: "The Ombudsman Office said it had received 57 complaints about school zoning. According to the organisation, most complaints concerned the distance rule.",
			ents: []ent{org("Ombudsman Office", "Ombudsman Office")},
			want: []want{
				{source: "Ombudsman Office", cue: "said", content: "it had received 57 complaints about school zoning", kind: KindOrganization},
				{source: "Ombudsman Office", cue: "According to", content: "most complaints concerned the distance rule", kind: KindOrganization},
			},
			why: "the organisation refers to the organization that spoke before"},
		{name: "en/he-after-unnamed-source",
			text: "Minister Sugiarto arrived in Seoul on Monday. A senior official who asked not to be named said Jakarta was ready to host the talks. He said the meeting could take place next month.",
			ents: []ent{person("Sugiarto", "Sugiarto")},
			want: []want{
				{source: "A senior official who asked not to be named", cue: "said", content: "Jakarta was ready to host the talks", kind: KindAnonymous},
				{source: "A senior official who asked not to be named", cue: "said", content: "the meeting could take place next month", kind: KindAnonymous, hedged: true},
			},
			why: "he right after an unnamed source refers to it, not to a person named earlier"},
		{name: "id/document-source",
			text: "Menurut data resmi, jumlah kasus demam berdarah naik dua kali lipat.",
			want: []want{{source: "data resmi", cue: "Menurut", content: "jumlah kasus demam berdarah naik dua kali lipat", kind: KindGroup}},
			why:  "a text can be the source"},
		{name: "id/photo-credit-no-antecedent",
			text: "Kepala sekolah Endah Lestari menunjukkan dapur sekolah.\n\nSiswa makan siang di sekolah. (Foto: Antara/Rudi Hartono)\n\nDia mengatakan kehadiran siswa naik sejak Januari.",
			ents: []ent{person("Endah Lestari", "Endah Lestari"), person("Rudi Hartono", "Rudi Hartono")},
			want: []want{{source: "Endah Lestari", cue: "mengatakan", content: "kehadiran siswa naik sejak Januari", kind: KindPerson}},
			why:  "the person in a photo credit is no antecedent"},
		{name: "en/definite-police-word-of-name",
			text: "The fraud was investigated by the Harbour City Police Force. In a statement, the police said officers were tracing assets moved abroad.",
			ents: []ent{org("Harbour City Police Force", "Harbour City Police Force")},
			want: []want{{source: "Harbour City Police Force", cue: "said", content: "officers were tracing assets moved abroad", kind: KindOrganization}},
			why:  "the police refers to the organization named before whose name holds police, whatever its type"},
		{name: "en/definite-department-first-word",
			text: "The Department of Fisheries (DOF) has recorded 12 illegal catches this month, the department said.",
			ents: []ent{org("Department of Fisheries", "Department of Fisheries", "DOF")},
			want: []want{{source: "Department of Fisheries", cue: "said", content: "The Department of Fisheries (DOF) has recorded 12 illegal catches this month", kind: KindOrganization}},
			why:  "department is the first word of the name, not the last"},
		{name: "en/definite-possessor-cataphora",
			text: "The toll from the floods has risen to 40, the country’s flood agency said on Monday.\n\nThe National Flood Management Agency (NFMA) said nine people were still missing.",
			ents: []ent{org("National Flood Management Agency", "National Flood Management Agency", "NFMA")},
			want: []want{
				{source: "National Flood Management Agency", cue: "said", content: "The toll from the floods has risen to 40", kind: KindOrganization},
				{source: "National Flood Management Agency", cue: "said", content: "nine people were still missing", kind: KindOrganization},
			},
			why: "the words after the possessor name the agency; it may be named just after the description"},
		{name: "en/comma-inside-name-and-bureau",
			text: "Rainfall reached 300 mm in Tacloban on Monday, according to the Leyte Atmospheric, Geophysical and Marine Services Administration (LAGMSA). The weather bureau said heavy rain would continue until Friday.",
			ents: []ent{org("Leyte Atmospheric, Geophysical and Marine Services Administration", "Leyte Atmospheric, Geophysical and Marine Services Administration", "LAGMSA")},
			want: []want{
				{source: "Leyte Atmospheric, Geophysical and Marine Services Administration", cue: "according to", content: "Rainfall reached 300 mm in Tacloban on Monday", kind: KindOrganization},
				{source: "Leyte Atmospheric, Geophysical and Marine Services Administration", cue: "said", content: "heavy rain would continue until Friday", kind: KindOrganization},
			},
			why: "a source phrase cut at a comma inside a name takes the organization; a bureau no name word matches is the organization that spoke just before"},
		{name: "en/according-initial-comma-inside-name",
			text: "According to the Leyte Atmospheric, Geophysical and Marine Services Administration, rainfall reached 300 mm in Tacloban on Monday.",
			ents: []ent{org("Leyte Atmospheric, Geophysical and Marine Services Administration", "Leyte Atmospheric, Geophysical and Marine Services Administration")},
			want: []want{{source: "Leyte Atmospheric, Geophysical and Marine Services Administration", cue: "According to", content: "rainfall reached 300 mm in Tacloban on Monday", kind: KindOrganization}},
			why:  "the comma inside the name does not end the source, and the content starts after the name"},
		{name: "en/regulator",
			text: "The Capital Markets Authority said the case showed the risks of unlicensed platforms. Vexor was never licensed to operate, the regulator added.",
			ents: []ent{org("Capital Markets Authority", "Capital Markets Authority")},
			want: []want{
				{source: "Capital Markets Authority", cue: "said", content: "the case showed the risks of unlicensed platforms", kind: KindOrganization},
				{source: "Capital Markets Authority", cue: "added", content: "Vexor was never licensed to operate", kind: KindOrganization, negated: true},
			},
			why: "the regulator heads a source and refers to an authority named before"},
		{name: "en/definite-bank",
			text: "Bank Indonesia kept its policy rate at 6% on Thursday. The bank said inflation would stay within its target this year.",
			ents: []ent{org("Bank Indonesia", "Bank Indonesia")},
			want: []want{{source: "Bank Indonesia", cue: "said", content: "inflation would stay within its target this year", kind: KindOrganization}},
			why:  "the bank heads a source and refers to the bank named before"},
		{name: "en/document-filed-with-court",
			text: "Liquidators have recovered about a fifth of the funds, according to a report filed with the Federal Court in May.",
			ents: []ent{org("Federal Court", "Federal Court")},
			want: []want{{source: "a report filed with the Federal Court", cue: "according to", content: "Liquidators have recovered about a fifth of the funds", kind: KindGroup}},
			why:  "the court a report was filed with is not its source"},
		{name: "en/definite-people-word-fuller-mention",
			text: "Administrators from Kestrel Partners took over the firm in March. Creditors could receive a second payout next year, the administrators said.",
			ents: []ent{org("Kestrel Partners", "Kestrel Partners")},
			want: []want{{source: "Administrators from Kestrel Partners", cue: "said", content: "Creditors could receive a second payout next year", kind: KindGroup, hedged: true}},
			why:  "the administrators refers back to their fuller description naming the organization"},
		{name: "en/demonym-person",
			text: "Kim Sang-hoon took charge of Vietnam in May. The South Korean, who has coached in Japan, said the squad had trained in the heat for two weeks.",
			ents: []ent{person("Kim Sang-hoon", "Kim Sang-hoon"), {kind: entities.KindCountry, name: "South Korea", surfaces: []string{"South Korean"}, code: "KR", refer: entities.ReferDemonym}},
			want: []want{{source: "Kim Sang-hoon", cue: "said", content: "the squad had trained in the heat for two weeks", kind: KindPerson, countries: []string{"KR"}}},
			why:  "the and a singular demonym alone describe one person, the one the text is about"},
		{name: "en/after-conjunction-ends-source",
			text: "Lautan Biru said it would buy the port operator. Its shares fell 4% in Singapore after the company reported that quarterly profit had missed forecasts.",
			ents: []ent{{kind: entities.KindOrganization, name: "Lautan Biru", surfaces: []string{"Lautan Biru"}, typ: "company"}},
			want: []want{
				{source: "Lautan Biru", cue: "said", content: "it would buy the port operator", kind: KindOrganization},
				{source: "Lautan Biru", cue: "reported", content: "quarterly profit had missed forecasts", kind: KindOrganization},
			},
			why: "a source never reaches back over after; the company is the company named before"},
		{name: "en/the-company-most-mentioned",
			text: "Lautan Biru said it had agreed to buy Meridian. Shares in Lautan Biru rose 2%. Kestrel Capital said the price undervalued Meridian. One of the people said Lautan Biru could raise its bid if Kestrel Capital managed to rally other shareholders, though the company has said its bid is final.",
			ents: []ent{
				{kind: entities.KindOrganization, name: "Lautan Biru", surfaces: []string{"Lautan Biru"}, typ: "company"},
				{kind: entities.KindOrganization, name: "Kestrel Capital", surfaces: []string{"Kestrel Capital"}, typ: "company"},
				org("Meridian", "Meridian"),
			},
			want: []want{
				{source: "Lautan Biru", cue: "said", content: "it had agreed to buy Meridian", kind: KindOrganization},
				{source: "Kestrel Capital", cue: "said", content: "the price undervalued Meridian", kind: KindOrganization},
				{source: "One of the people", cue: "said", content: "Lautan Biru could raise its bid if Kestrel Capital managed to rally other shareholders", kind: KindGroup, hedged: true},
				{source: "Lautan Biru", cue: "said", content: "its bid is final", kind: KindOrganization},
			},
			why: "the company named earlier in the sentence competes with the latest source; the one named most often wins"},
		{name: "en/participle-after-subordinate-clause",
			text: "Turkey brokered the grain deal in 2022, an arrangement that let Ukraine ship grain until Russia pulled out a year later, saying its demands had not been met.",
			ents: []ent{
				{kind: entities.KindCountry, name: "Turkey", surfaces: []string{"Turkey"}, code: "TR"},
				{kind: entities.KindCountry, name: "Ukraine", surfaces: []string{"Ukraine"}, code: "UA"},
				{kind: entities.KindCountry, name: "Russia", surfaces: []string{"Russia"}, code: "RU"},
			},
			want: []want{{source: "Russia", cue: "saying", content: "its demands had not been met", kind: KindCountry, countries: []string{"RU"}, negated: true}},
			why:  "a participle after a comma-set clause opened by a conjunction takes that clause's subject"},
		{name: "en/long-apposition",
			text: "Lina Ocampo, an emergency physician at the Visayas Regional Medical Center (VRMC) in Cebu City, said the hospital had treated 30 heat cases since March.",
			ents: []ent{person("Lina Ocampo", "Lina Ocampo"), org("Visayas Regional Medical Center", "Visayas Regional Medical Center", "VRMC")},
			want: []want{{source: "Lina Ocampo", cue: "said", content: "the hospital had treated 30 heat cases since March", kind: KindPerson}},
			why:  "an apposition longer than a source phrase still follows the person's name"},
		{name: "en/title-ordinal",
			text: "Prime Minister Hadi Salleh announced the plan on Tuesday. Finance Minister II Amran Zaki spoke at a separate briefing. The minister said the government had saved 4 billion ringgit.",
			ents: []ent{
				{kind: entities.KindPerson, name: "Hadi Salleh", surfaces: []string{"Hadi Salleh"}, titles: []string{"prime minister"}},
				{kind: entities.KindPerson, name: "Amran Zaki", surfaces: []string{"Amran Zaki"}, titles: []string{"finance minister ii"}},
			},
			want: []want{{source: "Amran Zaki", cue: "said", content: "the government had saved 4 billion ringgit", kind: KindPerson}},
			why:  "a roman numeral after a title is no title word: the finance minister named last is the minister"},
		{name: "id/person-description-peraih",
			text: "Eko Prasetyo menyebut tidak ada masalah fisik. Peraih medali emas SEA Games itu menilai lawan bermain lebih sabar.",
			ents: []ent{person("Eko Prasetyo", "Eko Prasetyo")},
			want: []want{
				{source: "Eko Prasetyo", cue: "menyebut", content: "tidak ada masalah fisik", kind: KindPerson, negated: true},
				{source: "Eko Prasetyo", cue: "menilai", content: "lawan bermain lebih sabar", kind: KindPerson},
			},
			why: "peraih (the winner of) describes one person"},
		{name: "id/title-list-with-commas",
			text: "Menurut Kepala Pusat Data, Informasi, dan Komunikasi BNPB Abdul Rahman, sebanyak 1.200 warga telah mengungsi.",
			ents: []ent{person("Abdul Rahman", "Abdul Rahman"), org("Badan Nasional Penanggulangan Bencana", "BNPB")},
			want: []want{{source: "Abdul Rahman", cue: "Menurut", content: "sebanyak 1.200 warga telah mengungsi", kind: KindPerson}},
			why:  "a title written as a list runs on to the person's name"},
		{name: "id/long-source-with-adjunct",
			text: "Manajemen PT Sinar Baja Utama Tbk dalam keterbukaan informasi kepada Bursa Efek Indonesia (BEI) menyatakan operasional perusahaan tetap berjalan normal.",
			ents: []ent{{kind: entities.KindOrganization, name: "PT Sinar Baja Utama Tbk", surfaces: []string{"PT Sinar Baja Utama Tbk"}, typ: "company"}, org("Bursa Efek Indonesia", "Bursa Efek Indonesia", "BEI")},
			want: []want{{source: "PT Sinar Baja Utama Tbk", cue: "menyatakan", content: "operasional perusahaan tetap berjalan normal", kind: KindOrganization}},
			why:  "an adjunct after the name makes the phrase longer than a source, the name is still its source"},
		{name: "id/bare-perseroan",
			text: "PT Sinar Baja Utama Tbk menyatakan operasional perusahaan tetap berjalan normal. Perseroan juga menyebutkan telah menunjuk pelaksana tugas direktur utama.",
			ents: []ent{{kind: entities.KindOrganization, name: "PT Sinar Baja Utama Tbk", surfaces: []string{"PT Sinar Baja Utama Tbk"}, typ: "company"}},
			want: []want{
				{source: "PT Sinar Baja Utama Tbk", cue: "menyatakan", content: "operasional perusahaan tetap berjalan normal", kind: KindOrganization},
				{source: "PT Sinar Baja Utama Tbk", cue: "menyebutkan", content: "telah menunjuk pelaksana tugas direktur utama", kind: KindOrganization},
			},
			why: "Perseroan without itu is the company the text is about"},
	}
	run(t, x, tests)
}

// TestFrameRules covers which frames are claims and where content starts and
// ends.
func TestFrameRules(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	org := func(name string, surfaces ...string) ent {
		return ent{kind: entities.KindOrganization, name: name, surfaces: surfaces}
	}
	tests := []struct {
		name string
		text string
		ents []ent
		want []want
		why  string
	}{
		{name: "en/connective-between-source-and-cue",
			text: "Some users, however, claimed on social media that they had received no such email.",
			want: []want{{source: "Some users", cue: "claimed", content: "they had received no such email", kind: KindGroup, negated: true}},
			why:  "a connective set off by commas stands between the source and its cue"},
		{name: "en/connective-between-cue-and-that",
			text: "Nuraini Hasan said the lunches help. She cautioned, however, that a single meal could not end stunting on its own.",
			ents: []ent{{kind: entities.KindPerson, name: "Nuraini Hasan", surfaces: []string{"Nuraini Hasan"}}},
			want: []want{
				{source: "Nuraini Hasan", cue: "said", content: "the lunches help", kind: KindPerson},
				{source: "Nuraini Hasan", cue: "cautioned", content: "a single meal could not end stunting on its own", kind: KindPerson, hedged: true, negated: true},
			},
			why: "cautioned is a cue; however between commas is skipped"},
		{name: "en/relative-clause",
			text: "The company, which operates e-wallets in three countries, has held early talks with banks, the people said. Prices rose by five percent in March, which angered the unions, the ministry said.",
			want: []want{
				{source: "the people", cue: "said", content: "The company, which operates e-wallets in three countries, has held early talks with banks", kind: KindGroup},
				{source: "the ministry", cue: "said", content: "Prices rose by five percent in March", kind: KindGroup},
			},
			why: "a relative clause after a short subject is inside the content, after a full clause it is a comment"},
		{name: "en/but-group-say",
			text: "The department said it had stepped up inspections at ports, but conservationists say enforcement remains patchy.",
			want: []want{
				{source: "The department", cue: "said", content: "it had stepped up inspections at ports", kind: KindGroup},
				{source: "conservationists", cue: "say", content: "enforcement remains patchy", kind: KindGroup},
			},
			why: "but + a word for people + cue starts a second claim"},
		{name: "en/though-the-acronym-said",
			text: "Aid groups have warned that funding cuts could slow the response, though the WHO said it was too early to judge their impact.",
			ents: []ent{org("World Health Organization", "WHO")},
			want: []want{
				{source: "Aid groups", cue: "warned", content: "funding cuts could slow the response", kind: KindGroup, hedged: true},
				{source: "World Health Organization", cue: "said", content: "it was too early to judge their impact", kind: KindOrganization},
			},
			why: "though + the + an organization + cue starts a second claim; WHO in capitals is a name, not the word who"},
		{name: "en/question-is-no-claim",
			text: "The agency did not say how many cases it was investigating.",
			want: []want{},
			why:  "an indirect question is not a proposition"},
		{name: "id/question-is-no-claim",
			text: "Polisi tidak menjelaskan bagaimana tersangka bisa kabur dari sel.",
			want: []want{},
			why:  "an indirect question is not a proposition"},
		{name: "en/period",
			text: "Observers warned this week that vote buying was widespread. The minister said last year was the hardest for farmers.",
			want: []want{
				{source: "Observers", cue: "warned", content: "vote buying was widespread", kind: KindGroup},
				{source: "The minister", cue: "said", content: "last year was the hardest for farmers", kind: KindGroup},
			},
			why: "this week between the cue and that is no content; without that after it, last year is the subject of the content"},
		{name: "en/period-before-cue",
			text: "The ministry last week said the plan would go ahead in March.",
			want: []want{{source: "The ministry", cue: "said", content: "the plan would go ahead in March", kind: KindGroup}},
			why:  "last week between the source and the cue is no source"},
		{name: "en/pronoun-and-verb",
			text: "Yanto Prasetyo said a neighbour had offered him money. He said he refused. Asked whether the deal would be signed, he said it would.",
			ents: []ent{{kind: entities.KindPerson, name: "Yanto Prasetyo", surfaces: []string{"Yanto Prasetyo"}}},
			want: []want{
				{source: "Yanto Prasetyo", cue: "said", content: "a neighbour had offered him money", kind: KindPerson},
				{source: "Yanto Prasetyo", cue: "said", content: "he refused", kind: KindPerson},
			},
			why: "a pronoun and a verb are a proposition, a pronoun and an auxiliary are not"},
		{name: "id/mixed-case-source",
			text: "Penawaran umum perseroan mengalami kelebihan permintaan hingga 41 kali, menurut data e-IPO.",
			want: []want{{source: "data e-IPO", cue: "menurut", content: "Penawaran umum perseroan mengalami kelebihan permintaan hingga 41 kali", kind: KindGroup}},
			why:  "a mixed-case name (e-IPO) can head a source"},
		{name: "id/menurut-with-place-adjunct",
			text: "Menurut sumber Kompas di internal partai, rapat itu akan digelar pekan depan. Menurut polisi pada Senin malam, tersangka sudah ditahan di Polres Bogor.",
			want: []want{{source: "sumber Kompas di internal partai", cue: "Menurut", content: "rapat itu akan digelar pekan depan", kind: KindAnonymous}},
			why:  "a place adjunct before the comma belongs to the source; a date adjunct does not"},
		{name: "id/but-group-say",
			text: "Dinas itu menyatakan telah memperketat pemeriksaan di pelabuhan, namun para aktivis menilai penegakan hukum masih lemah.",
			want: []want{
				{source: "Dinas itu", cue: "menyatakan", content: "telah memperketat pemeriksaan di pelabuhan", kind: KindGroup},
				{source: "para aktivis", cue: "menilai", content: "penegakan hukum masih lemah", kind: KindGroup},
			},
			why: "namun + a word for people + cue starts a second claim"},
		{name: "id/pronoun-and-verb",
			text: "Yanto Prasetyo mengaku ditawari uang oleh tetangganya. Dia mengatakan dia menolak.",
			ents: []ent{{kind: entities.KindPerson, name: "Yanto Prasetyo", surfaces: []string{"Yanto Prasetyo"}}},
			want: []want{
				{source: "Yanto Prasetyo", cue: "mengaku", content: "ditawari uang oleh tetangganya", kind: KindPerson},
				{source: "Yanto Prasetyo", cue: "mengatakan", content: "dia menolak", kind: KindPerson},
			},
			why: "a pronoun and a verb are a proposition"},
		{name: "en/mixed-case-source",
			text: "Orders for shrimp feed doubled in March, according to eFishery.",
			want: []want{{source: "eFishery", cue: "according to", content: "Orders for shrimp feed doubled in March", kind: KindGroup}},
			why:  "a mixed-case name can head a source"},
		{name: "en/according-with-place-adjunct",
			text: "According to sources at the ministry, the meeting will be held next week.",
			want: []want{{source: "sources at the ministry", cue: "According to", content: "the meeting will be held next week", kind: KindAnonymous}},
			why:  "a place adjunct before the comma belongs to the source"},
		{name: "en/though-they-cautioned",
			text: "Creditors could receive a second payout next year, the officials said, though they cautioned that overseas assets may take years to recover.",
			want: []want{
				{source: "the officials", cue: "said", content: "Creditors could receive a second payout next year", kind: KindGroup, hedged: true},
				{source: "the officials", cue: "cautioned", content: "overseas assets may take years to recover", kind: KindGroup, hedged: true},
			},
			why: "a cue whose only words after it start a second frame takes no content, so the second frame is found"},
		{name: "en/and-group-with-modifier",
			text: "Local media reported that board members would meet on Thursday, and two people close to the federation said the board was split over the coach.",
			want: []want{
				{source: "Local media", cue: "reported", content: "board members would meet on Thursday", kind: KindGroup},
				{source: "two people close to the federation", cue: "said", content: "the board was split over the coach", kind: KindGroup},
			},
			why: "a group with a short modifier and a cue after and starts a second claim"},
		{name: "en/while-titled-person",
			text: "Canada said it was ready to send a rescue team, while New Zealand Foreign Minister Anna Reid said Wellington would send $1 million in aid.",
			ents: []ent{
				{kind: entities.KindCountry, name: "Canada", surfaces: []string{"Canada"}, code: "CA"},
				{kind: entities.KindCountry, name: "New Zealand", surfaces: []string{"New Zealand"}, code: "NZ"},
				{kind: entities.KindPerson, name: "Anna Reid", surfaces: []string{"Anna Reid"}},
			},
			want: []want{
				{source: "Canada", cue: "said", content: "it was ready to send a rescue team", kind: KindCountry, countries: []string{"CA"}},
				{source: "Anna Reid", cue: "said", content: "Wellington would send $1 million in aid", kind: KindPerson, countries: []string{"NZ"}},
			},
			why: "while + a country, a title and a name + cue starts a second claim"},
		{name: "en/while-title-first",
			text: "The embassy said it was monitoring the situation, while Foreign Minister Anna Reid said evacuation flights were ready.",
			ents: []ent{{kind: entities.KindPerson, name: "Anna Reid", surfaces: []string{"Anna Reid"}}},
			want: []want{
				{source: "The embassy", cue: "said", content: "it was monitoring the situation", kind: KindGroup},
				{source: "Anna Reid", cue: "said", content: "evacuation flights were ready", kind: KindPerson},
			},
			why: "while + a title and a name + cue starts a second claim"},
		{name: "en/second-predicate-speech-verb",
			text: "Hamid Rosli, the opposition leader, said the scheme was untested and accused the government of breaking its promises.",
			ents: []ent{{kind: entities.KindPerson, name: "Hamid Rosli", surfaces: []string{"Hamid Rosli"}}},
			want: []want{{source: "Hamid Rosli", cue: "said", content: "the scheme was untested", kind: KindPerson}},
			why:  "and + a past speech verb is a second predicate of the source, not content"},
		{name: "en/clause-after-complementizer-cue",
			text: "Rudy Hartono denied the company had hidden its losses.",
			ents: []ent{{kind: entities.KindPerson, name: "Rudy Hartono", surfaces: []string{"Rudy Hartono"}}},
			want: []want{{source: "Rudy Hartono", cue: "denied", content: "the company had hidden its losses", kind: KindPerson}},
			why:  "a cue that needs that takes a clause without it when a short subject and an auxiliary follow"},
		{name: "id/clause-after-complementizer-cue",
			text: "Eko Prasetyo menduga para pemain terlalu lelah setelah perjalanan panjang.",
			ents: []ent{{kind: entities.KindPerson, name: "Eko Prasetyo", surfaces: []string{"Eko Prasetyo"}}},
			want: []want{{source: "Eko Prasetyo", cue: "menduga", content: "para pemain terlalu lelah setelah perjalanan panjang", kind: KindPerson}},
			why:  "menduga needs bahwa unless a clause with a short subject follows"},
		{name: "en/report-noun-object",
			text: "The company reported a sharp rise in quarterly profit.",
			want: []want{},
			why:  "reported with an indefinite noun phrase reports a thing, not a proposition"},
		{name: "en/plural-group-word",
			text: "Lautan Biru will pay 412 pence per share, a 38% premium, the companies said in a joint statement.",
			want: []want{{source: "the companies", cue: "said", content: "Lautan Biru will pay 412 pence per share, a 38% premium", kind: KindGroup}},
			why:  "the plural of a group word heads a source"},
	}
	run(t, x, tests)
}

func run(t *testing.T, x *Extractor, tests []struct {
	name string
	text string
	ents []ent
	want []want
	why  string
}) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := article.Parse(tc.text)
			cs := x.Extract(d, buildSet(d, tc.ents), nil)
			checkSpans(t, tc.text, cs)
			got := make([]want, 0, len(cs))
			for _, c := range cs {
				got = append(got, want{source: c.Source, cue: c.Cue, content: c.Content, kind: c.SourceKind, countries: c.Countries, hedged: c.Hedged, negated: c.Negated})
			}
			if tc.want == nil {
				tc.want = []want{}
			}
			assert.Equal(t, tc.want, got, tc.why)
		})
	}
}
