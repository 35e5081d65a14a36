// Package wartabeam runs warta on Apache Beam (Go SDK), so that a corpus
// too large for one machine can be analysed on Dataflow, Flink or Spark, and
// locally with the in-process prism runner.
//
// It offers two composable transforms, both built on package
// [github.com/wartalab/warta/corpus]:
//
//   - [Analyze] turns JSON Lines records ({"id", "text", "url"?,
//     "published"?, "lang"?}) into one [Analysis] per record, or one
//     [Failure] on a second output for a record that cannot be analysed
//     (not JSON, no text, empty text, invalid UTF-8, too large). Every
//     non-blank input line yields exactly one of the two, as in
//     [corpus.Run], which does the work; blank lines are not records and
//     yield nothing. The [warta.Analyzer] is built once per DoFn instance,
//     in Setup.
//   - [Aggregate] counts across articles: entities by canonical name and
//     article ([Entity]), quotes per speaker ([Speaker]) and countries named
//     in the same article ([CountryPair]). Entities are merged the way
//     [corpus.Index] merges them (same name keys, aliases joining
//     entities transitively), so the counts equal the single-machine ones;
//     see [Aggregate] for the one case that can differ.
//
// [Format] turns the results into JSON lines in the shapes package corpus
// writes; [WriteLines], [WriteSharded] and [WriteSorted] write them.
//
// The package keeps no state between elements other than the analyzer, and
// no transform needs the whole corpus in one worker's memory: the only
// global step is the table of entity name keys, whose size grows with the
// number of distinct names, not of articles. (The prism runner itself keeps
// every collection in memory: about 2 GB for 100,000 articles.)
package wartabeam
