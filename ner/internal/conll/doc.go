// Package conll reads the CoNLL-style NER corpora under warta's shared data
// directory and normalizes their labels to BIO tags over PER, ORG and LOC.
package conll
