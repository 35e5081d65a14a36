// Package ner is warta's statistical name tagger: it labels the words of a
// tokenized sentence with BIO tags for persons (PER), organizations (ORG)
// and locations (LOC), for Indonesian ("id") and English ("en"). The
// entities package uses it as one signal for names that no lexicon knows.
//
// # Input and output
//
// [Tagger.Tag] takes one sentence as words, numbers and punctuation as
// separate tokens (Menteri Luar Negeri AS Antony Blinken , “ kata Jokowi .)
// and returns one tag per word: "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC",
// "I-LOC" or "O". [Tagger.Entities] returns the same decision as token ranges
// [Entity]{Start, End, Label}, half-open, indexing the words slice (not
// bytes; the caller maps tokens to byte spans). Curly quotes and dashes are
// read as their ASCII forms for features only. Empty input, empty words and
// invalid UTF-8 are tagged without error or panic. A [Tagger] is immutable
// and safe for concurrent use by multiple goroutines; [Load] decodes each
// embedded model once (sync.OnceValues) and returns the same *Tagger after.
//
// # Model
//
// A first-order structured perceptron (Collins 2002) with weight averaging,
// decoded with Viterbi constrained to valid BIO (an I-X only after B-X or
// I-X). Features per token, hashed with 64-bit FNV-1a: lower-cased word
// (digits as 0), word shape (first six characters and condensed), a case and
// punctuation flag set, prefixes and suffixes of 1 to 4 runes, the words and
// condensed shapes two to either side, word bigrams with each neighbour,
// shape trigram, a sentence-initial flag, and gazetteer classes of the word
// and its neighbours. Tag-to-tag transition weights stand in for
// previous-tag features. Weights are quantized to 16 bits with one scale per
// model and stored as gob+gzip: model/id.gob.gz 1.5 MB (102,861 features),
// model/en.gob.gz 1.8 MB (122,340 features).
//
// Indonesian model: idner-news-2k train+dev (twice per epoch, as in-domain
// weight), indolem-nerui fold 01 train+dev and NERGrit train+valid, 10
// epochs. English model: wikigold minus its held-out fifth (documents whose
// index mod 5 is 4), plus the Indonesian data, 8 epochs; the Indonesian data
// teaches capitalization and title patterns that the 32k-token wikigold set
// lacks (it costs 0.9 points on wikigold but raised name precision and
// recall on English news in warta's development articles). Gazetteer classes:
// given and family names, titles and places from Faker's id_ID lists,
// organization acronyms and their full names and country aliases from
// warta's id-org-seed; the English model also gets hand-written
// title/organization/place cue words (ner/cmd/nertrain/cues.txt), which
// did not help the Indonesian test sets.
//
// # Scores
//
// Entity level is exact span and label; token level compares each token's
// type. Measured with nereval:
//
//	                         token P/R/F1          entity P/R/F1
//	idner-news-2k test  PER  .984 .910 .946        .970 .883 .925
//	                    ORG  .929 .934 .931        .911 .918 .914
//	                    LOC  .778 .892 .831        .732 .903 .809
//	                    ALL  .933 .918 .925        .916 .899 .907
//	NERGrit test        PER  .773 .842 .806        .706 .787 .744
//	                    ORG  .614 .599 .606        .536 .540 .538
//	                    LOC  .869 .783 .824        .822 .725 .771
//	                    ALL  .783 .761 .772        .729 .711 .720
//	wikigold held-out   PER  .688 .732 .709        .583 .632 .607
//	                    ORG  .567 .527 .546        .455 .463 .459
//	                    LOC  .660 .515 .579        .638 .536 .583
//	                    ALL  .640 .595 .617        .567 .549 .558
//
// NERGrit is encyclopedic text, not news, and wikigold is Wikipedia; the
// English model is the weak one. Speed: about 250,000-600,000 tokens/s on
// one core (BenchmarkTag); training both models takes under 10 s.
//
// Compared with github.com/jdkato/prose/v2 v2.0.0: its bundled English
// model scores entity F1 .436 (PER .544, ORG .116, LOC .456) on the same
// wikigold slice at about 7,000 tokens/s; trained with prose.ModelFromData
// on idner-news-2k train only it scores entity F1 .679 on idner-news-2k
// test after 3 min 44 s of training, where this tagger trained on the same
// data scores .866 after 0.6 s.
//
// # Reproducing
//
//	go run ./ner/cmd/nertrain -data ../shared/data -out ner/model
//	go run ./ner/cmd/nereval -data ../shared/data [-prose] [-prose-train] [-articles ../shared/dev]
//
// Training is deterministic (fixed shuffle seed, sorted output), so the
// first command rewrites the embedded files byte for byte. The test sets
// idner-news-2k/test.txt and indonlu-nergrit/test_preprocess.txt and the
// wikigold held-out fifth are never trained on.
//
// # Data credits and licences
//
// The embedded models are derived from:
//   - IDNER-news-2k, Khairunnisa, Imankulova and Komachi (AACL-IJCNLP 2020
//     SRW), MIT licence.
//   - IndoLEM NER-UI (Koto et al., COLING 2020; Fachri 2014), CC BY 4.0 as
//     listed by SEACrowd/NusaCrowd.
//   - NERGrit via IndoNLU (Wilie et al., AACL-IJCNLP 2020), IndoNLU under
//     Apache-2.0 (formerly MIT), NERGRIT corpus by PT Gria Inovasi Teknologi
//     (GRIT), listed as MIT; GRIT asks that its contributors be credited.
//   - wikigold (Balasuriya et al. 2009), CC BY 4.0.
//   - Faker id_ID name and place lists (github.com/faker-js/faker), MIT,
//     Copyright (c) 2022-2024 Faker and (c) 2020 Marak Squires; the derived
//     word list is stored inside the model files.
//
// # What it does not do
//
// It does not tokenize, split sentences, resolve coreference, link names to
// people or countries, or label other types (MISC, dates). Titles are not
// part of person spans ("Presiden" in "Presiden Prabowo Subianto" is O).
package ner
