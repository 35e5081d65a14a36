// Package warta reads news articles in Indonesian and English and returns who
// is in them and who said what: people, organizations and countries (with ISO
// 3166-1 alpha-2 codes), direct quotes with their speakers, and attributed
// claims (reported speech), as typed values with byte offsets into the text.
//
// [Analyze] runs the whole pipeline with a default [Analyzer]; build your own
// with [New] to set [Options]. An Analyzer is built once (it loads every
// lexicon and model) and is safe for concurrent use by multiple goroutines.
//
// The pipeline parses the text once (package article) and hands the same
// parse to package entities, then quotes, then claims.
package warta
