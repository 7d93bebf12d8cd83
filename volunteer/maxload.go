package volunteer

// maxTracker keeps the maximum of a multiset of non-negative integer loads
// under ±changes in amortised O(1): a count per load value and the current
// maximum, lowered by scanning down only when its last holder leaves.
type maxTracker struct {
	count []int32
	max   int64
}

func (t *maxTracker) add(l int64) {
	for int64(len(t.count)) <= l {
		t.count = append(t.count, 0)
	}
	t.count[l]++
	if l > t.max {
		t.max = l
	}
}

func (t *maxTracker) remove(l int64) {
	t.count[l]--
	for t.max > 0 && t.count[t.max] == 0 {
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
	if e <= 0 || l != t.max || t.count[l] > 1 {
		return 0
	}
	next := l - e
	for x := l - 1; x > next; x-- {
		if t.count[x] > 0 {
			next = x
			break
		}
	}
	return l - next
}
