package perceptron

// table maps feature hashes to weight rows. It is a flat open-addressing
// hash table with linear probing, built once when a model is read and
// read-only afterwards, so it is safe for concurrent use. Compared with a
// Go map it does one multiply and usually one cache line per lookup, and
// a lookup that misses (most features of a new sentence) stops at the first
// empty slot.
type table struct {
	slots []slot
	mask  uint64
	shift uint // 64 - log2(len(slots))
	// zero is the row of the key 0 (-1 if absent): 0 marks empty slots.
	zero int32
	n    int
}

type slot struct {
	key uint64
	row int32
}

// newTable builds a table for keys; key i maps to row i.
func newTable(keys []uint64) table {
	size := 16
	for size < 2*len(keys) { // load factor at most 1/2
		size *= 2
	}
	bits := uint(0)
	for 1<<bits < size {
		bits++
	}
	t := table{slots: make([]slot, size), mask: uint64(size - 1), shift: 64 - bits, zero: -1}
	for i, k := range keys {
		if k == 0 {
			if t.zero < 0 {
				t.n++
			}
			t.zero = int32(i)
			continue
		}
		j := t.home(k)
		for t.slots[j].key != 0 && t.slots[j].key != k {
			j = (j + 1) & t.mask
		}
		if t.slots[j].key == 0 {
			t.n++
		}
		t.slots[j] = slot{key: k, row: int32(i)} // a repeated key keeps its last row, as a map would
	}
	return t
}

// home is the first slot probed for k: Fibonacci hashing of the FNV hash,
// so that the high bits, which FNV-1a mixes best, pick the slot.
func (t *table) home(k uint64) uint64 {
	return (k * 0x9E3779B97F4A7C15) >> t.shift
}

// get returns the row of k, or -1.
func (t *table) get(k uint64) int32 {
	if k == 0 {
		return t.zero
	}
	for j := t.home(k); ; j = (j + 1) & t.mask {
		s := &t.slots[j]
		if s.key == k {
			return s.row
		}
		if s.key == 0 {
			return -1
		}
	}
}

// len returns the number of keys.
func (t *table) len() int { return t.n }
