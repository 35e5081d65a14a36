// Package score computes token-level and exact-span entity-level precision,
// recall and F1 for BIO-tagged sequences.
package score
