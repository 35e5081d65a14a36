// Package claims finds reported speech in news articles: statements that an
// article attributes to a source without quotation marks, in Indonesian and
// English.
//
//	Analis Korea Selatan mengatakan bahwa Kim kemungkinan akan mencari keuntungan ekonomi.
//	Menurut Arief, harga gabah sudah terkoreksi.
//	Inflasi masih terkendali, kata Perry.
//	The bank has not been wrong to cut rates, Goldfajn said.
//	According to the ministry, 34 more children have died.
//
// Each [Claim] gives the source as written and, when it is one person or
// organization of the [entities.Set] (also through a pronoun or a title
// such as "the minister"), that entity's canonical name; the cue word and its
// class (assert, deny, accuse, warn, predict, believe, report, add, promise);
// the content with its byte span; hedging and negation flags; and the
// entities named inside the content.
//
// Frames are tried as a sieve of passes, most certain first (see the sieve
// table in sieve.go); a later pass never takes words an earlier claim used,
// so one statement is reported once. A statement inside quotation marks is a
// quote (package quotes), not a claim: a frame whose content starts with a
// quotation mark, or is mostly a quote of the quotes result, is skipped, while
// a claim whose content merely contains a quoted stretch is kept.
//
// Input is an [article.Doc] from [article.Parse]; the package never
// re-tokenizes. Offsets are byte offsets into Doc.Text, half-open. The cue
// and function-word lists are embedded from data/<lang>/*.txt (written for
// this package, public domain); pronouns, titles, hedges, negations, roles and
// day names come from package lexicon.
//
// A participle after a comma ("…, saying Y", "…, the ministry said, adding
// that Y", "…, seraya menegaskan bahwa Y") takes the source of the clause
// before it. A source phrase never is a relative or participle clause set off
// by commas ("The World Bank, which …, said"; "One official, speaking on
// condition of anonymity, said"): the noun phrase before the clause is the
// source. A definite description of an organization type ("the company",
// "Perusahaan itu") resolves to the organization of that type that spoke or
// was named just before.
//
// More source rules: a person named before one or two appositions is the
// source ("Sarah Nuraini, a researcher at X, an independent think tank,
// said"), and so is the name after "named"/"bernama" or after a short
// description in an inverted frame ("…, said headteacher X"); a date or a
// province set off by commas is no apposition ("X di Semarang, Kamis,
// mengatakan"). The owner of a text is its source ("according to the Health
// Ministry's survey", "the fund's projections" after "International
// Monetary Fund"). Only a whole title makes a title-only source ("Health
// officials" is a group, not the health minister). A sentence-initial
// "mereka"/"they" with no claim just before takes the plural group subject
// of the sentence before ("Ratusan orang tua murid"); "dia" right after an
// unnamed source ("Seorang pejabat … mengatakan") takes that source; a bare
// word for people ("jaksa") takes its fuller description naming the
// organization earlier in the text ("jaksa penuntut umum (JPU) Kejaksaan
// Agung"); an Indonesian definite description of a person ("Legenda timnas
// Belanda itu") refers to the person the text is about.
//
// A definite description of a body ("the police", "the department", "the
// country’s disaster agency", "kementerian tersebut", "the regulator")
// resolves through [entities.Set.DescribedOrganization] to the organization
// whose name holds its nouns or a synonym (police: Police Force, Polri;
// agency: Agency, Administration, Authority), named in the sentences before
// or in the next one; a description with a modifier no name holds ("the
// weather bureau") takes the organization that made the claim just before.
// "The company" or "Perseroan" takes, of the latest source and the companies
// named earlier in the sentence, the one named most often. "The South
// Korean" (the and a singular demonym) is the person the text is about; "the
// liquidators" takes its fuller description ("Liquidators from Harbourline
// Advisory"). A source phrase cut at a comma inside an organization's name
// takes the whole name, and a title written as a list runs on to the
// person's name ("Menurut Kepala Pusat Data, Informasi, dan Komunikasi BNPB
// Abdul Muhari, …"). No source reaches back over "after" or "before" ("PHH
// fell after the company reported …"); an organization after a participle
// and a preposition is not the source ("a report filed with the High
// Court"). A participle after a clause set off by commas and opened by a
// conjunction takes that clause's subject ("…, before Russia pulled out,
// saying Y").
//
// An indirect question ("did not say how many …") is not a claim, and ",
// but conservationists say …", ", though the WHO said …", ", and two people
// close to the association said …" or ", while Foreign Minister X said …"
// starts a second claim; so does "and" before a past speech verb ("said Y
// and accused Z of …" ends Y). A cue that needs a complementizer (denied,
// menduga) also takes a clause without one when a short subject and an
// auxiliary, a modal or a negation follow ("denied he had …"); "reported"
// with an indefinite noun phrase reports a thing, not a proposition.
//
// ", but" before a past speech verb also starts a second claim ("said Y,
// but stressed that Z"); an adjunct naming the medium ("in a statement", "on
// social media") sits between a cue and its content, and a stretch with a
// modal before the next comma is content, not an adjunct. After a comma,
// "told" is followed by its listener, never by an inverted source. A
// prepositional or participle phrase set off by commas ("The lawyers, from
// X, known by its initials Y, argued") modifies the noun phrase before it,
// which is the source; a lowercase description before an organization's
// name ("the industry association X") does not hide the name; "the former
// minister" is not the minister in office. A proper name longer than a
// source phrase still is one when it opens the sentence. A relative clause
// followed by an auxiliary is inside a long subject of the content ("said
// imports of ore, which hit a record, were likely to rise"), and a cue word
// with no source before it ("612 infections reported") is a participle that
// does not keep "Y, according to X" from being a claim.
//
// Weak attribution verbs that take no clear proposition (meminta agar,
// mencatat, yakin, "accused X of", "condemned") are left out on purpose, and
// so are headline frames ("Puan: Sudah Dibahas") and attributions inside
// relative clauses other than "yang menurut X".
package claims
