// Package corpus works on many articles at once: reading gold annotations in
// the format of warta's development set and scoring predictions against them
// with the rules of the reference scorer, and the embedded sample articles.
package corpus
