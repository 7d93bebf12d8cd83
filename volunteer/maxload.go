package volunteer

// maxTracker keeps the maximum of a multiset of integer loads, none below
// base, under ±changes in amortised O(1): a count per load value (from
// base; compile bounds the span) and the current maximum, lowered by
// scanning down only when its last holder leaves.
type maxTracker struct {
	count []int32
	base  int64
	max   int64
}

func (t *maxTracker) add(l int64) {
	for int64(len(t.count)) <= l-t.base {
		t.count = append(t.count, 0)
	}
	t.count[l-t.base]++
	if l > t.max {
		t.max = l
	}
}

func (t *maxTracker) remove(l int64) {
	t.count[l-t.base]--
	for t.max > t.base && t.count[t.max-t.base] == 0 {
		t.max--
	}
}

// move changes one holder's load from a to b and returns the change of
// the maximum.
func (t *maxTracker) move(a, b int64) int64 {
	old := t.max
	t.add(b)
	t.remove(a)
	return t.max - old
}

// drop returns how much the maximum would fall if one holder of load l
// had e points less.
func (t *maxTracker) drop(l, e int64) int64 {
	if e <= 0 || l != t.max || t.count[l-t.base] > 1 {
		return 0
	}
	next := l - e
	for x := l - 1; x > next && x >= t.base; x-- {
		if t.count[x-t.base] > 0 {
			next = x
			break
		}
	}
	return l - next
}
