// Package entities finds the people, organizations and countries of a parsed
// article and merges the mentions of each within the article.
//
// It combines, from most to least certain: the per-language lexicons of
// package lexicon (well-known organizations with their acronyms, well-known
// people with their nicknames, country names from CLDR plus abbreviations,
// demonyms, capitals and nicknames), title and honorific rules ("Menteri Luar
// Negeri AS Antony Blinken", "Sekjen NATO Jens Stoltenberg", "Mr. Blinken"),
// organization-name patterns (head words such as Kementerian, Badan, Institute;
// tail words such as Council, Agency, Bank; acronyms defined in parentheses),
// speech-verb context ("kata Blinken", "Blinken said"), the words around a
// name (a role or an organization noun before it: "fisherman Andi Baso",
// "the cyber-security firm Kyra Threat Intelligence"; an apposition after it:
// "X, an emergency physician at …", "X, a British cold-storage firm,"; "said
// it" and "X's chief executive" for organizations), and the statistical
// tagger of package ner for names no lexicon knows. An unknown acronym
// becomes an organization only when the text uses it as one (it speaks,
// follows a title, recurs, or is defined after a name); acronyms defined by
// lower-case words, zones or documents ("daftar inventarisasi masalah
// (DIM)", "UNCLOS") never do.
//
// Mentions are merged within the article: a surname or first name alone joins
// the fuller name used elsewhere ("Blinken" with "Antony Blinken", "Kim" with
// "Kim Jong Un"), an acronym joins its expansion ("PBB" with "Perserikatan
// Bangsa-Bangsa", "Polda NTB" with "Kepolisian Daerah Nusa Tenggara Barat"),
// a lexicon nickname or one the text links joins its person ("Jokowi" with
// "Joko Widodo"; "Jojo, sapaan akrab Jonatan Christie"; "known to everyone as
// Pak Mat"), and the start of an organization's name joins it ("Pacific
// Harbour" with "Pacific Harbour Holdings").
//
// Person.Gender comes from honorifics, gendered role nouns and appositions,
// and (in English) pronouns in sentences about one person; Person.Titles
// also holds titles given in an apposition ("X, the governor of Osaka,").
// Set.DescribedOrganization resolves definite descriptions ("the police",
// "kementerian tersebut") for the quotes and claims packages.
//
// Boilerplate paragraphs and datelines are skipped. Languages: Indonesian and
// English; other text is read with the English lexicon.
package entities
