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
// speech-verb context ("kata Blinken", "Blinken said"), and the statistical
// tagger of package ner for names no lexicon knows.
//
// Mentions are merged within the article: a surname or first name alone joins
// the fuller name used elsewhere ("Blinken" with "Antony Blinken", "Kim" with
// "Kim Jong Un"), an acronym joins its expansion ("PBB" with "Perserikatan
// Bangsa-Bangsa"), and a lexicon nickname joins its person ("Jokowi" with
// "Joko Widodo").
//
// Boilerplate paragraphs and datelines are skipped. Languages: Indonesian and
// English; other text is read with the English lexicon.
package entities
