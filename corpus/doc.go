// Package corpus works on many articles at once.
//
// Batch runs: a [Source] ([NewJSONLReader], [NewDirReader], [NewTextReader],
// [NewRecordReader]) feeds [Run], which analyses records with a pool of
// goroutines sharing one *warta.Analyzer and writes one [Output] per input
// record, in input order, to a [Sink] ([NewJSONLWriter], [NewDirWriter],
// [NewCSVWriter], [SinkFunc]). Memory stays flat however long the input; a
// bad record (invalid UTF-8, empty text, a line that is not JSON, a missing
// text field, an article over the size limit) becomes an error output, never
// a lost record (see [RecordError]).
//
// Aggregation: an [Index] merges people, organizations and countries across
// articles (spelling variants such as "Kim Jong-un" / "Kim Jong Un" meet),
// counts mentions and articles, ranks speakers, links entities found
// together, groups near-duplicate claims and quotes, and exports JSON
// ([Summary]), GraphML ([WriteGraphML]) and DOT ([WriteDOT]).
//
// Word vectors: [LoadVectors] reads the binary word2vec format with
// code.sajari.com/word2vec, [ConvertVec] turns fastText's text .vec files
// into it; [Vectors] improve claim grouping and merge suggestions.
// Everything works without them. testdata/sample.vec (463 words, 16
// dimensions) is made from the bundled sample corpus by
// testdata/mkvectors.sh.
//
// Evaluation: [Gold] reads annotations in the format of warta's development
// set, [Report] scores predictions with the rules of the reference scorer
// (shared/eval/score.py), and [Sample] returns the bundled annotated sample
// corpus (10 Indonesian and 10 English articles written for warta) for
// other projects' tests.
package corpus
