// Package perceptron implements warta's named-entity tagger: hashed sparse
// features, a first-order structured (averaged) perceptron, and BIO-constrained
// Viterbi decoding, plus training and a compact gob+gzip model format.
package perceptron
