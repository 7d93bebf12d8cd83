package volunteer

import (
	"cmp"
	"slices"
)

// cycleLen is the longest cyclic exchange cyclePass looks for.
const cycleLen = 4

// cycSeat is one unpinned turn: volunteer v on occurrence o on day d,
// of effort e, whose own soft terms cost c.
type cycSeat struct {
	o, v, d, e int32
	c          int64
}

type cycArc struct {
	to int32
	c  int64
}

// cyclePass looks for an improving cyclic exchange: volunteers v1, …, vk
// (2 ≤ k ≤ cycleLen) on turns of the same effort within a week of one
// another each take the next one's turn, vk taking v1's. No load changes,
// so the score changes by the volunteers' own soft terms (proximity,
// adopter, preferences) but for caps across periods and team terms,
// which applying the exchange checks. The exchanges are the negative
// cycles of the graph of turns with an arc from i to j when i's volunteer
// may take j's turn, costing the change of that volunteer's terms; every
// negative cycle has a rotation whose partial sums are all negative (the
// gain criterion of Lin and Kernighan), so a depth-first search that
// extends only negative partial sums finds them all. The seat rotations
// it finds move three or four turns at once, which the descent's swaps
// of two cannot. It keeps the first exchange that improves the score.
func (x *searcher) cyclePass(w *dwork) bool {
	s, m := x.s, x.s.m
	D := m.days
	seats := w.seats[:0]
	for _, o32 := range x.active {
		o := int(o32)
		d := int(s.day[o])
		e := int32(m.needs[m.occs[o].need].effort)
		for _, v32 := range s.members[o] {
			if v := int(v32); !s.isPinned(v, o) {
				seats = append(seats, cycSeat{o32, v32, int32(d), e, s.cost(v, o, d)})
			}
		}
	}
	w.seats = seats
	n := len(seats)
	if n < 2 {
		return false
	}
	slices.SortStableFunc(seats, func(a, b cycSeat) int { return cmp.Compare(a.d, b.d) })
	// Arcs between turns at most a week apart, built when the search
	// first leaves a turn (one unit of work per 32 pairs looked at); a
	// turn of a volunteer moved by an exchange is dirty (its arcs are
	// stale) and left out for the rest of the pass.
	if cap(w.adj) < n {
		w.adj = make([][]cycArc, n)
		w.built = make([]bool, n)
		w.dirty = make([]bool, n)
	}
	adj, built, dirty := w.adj[:n], w.built[:n], w.dirty[:n]
	for i := range built {
		built[i], dirty[i] = false, false
	}
	checks := 0
	arcs := func(i int) []cycArc {
		if built[i] {
			return adj[i]
		}
		a := &seats[i]
		out := adj[i][:0]
		j, _ := slices.BinarySearchFunc(seats, a.d-7, func(s cycSeat, d int32) int { return cmp.Compare(s.d, d) })
		for ; j < n && seats[j].d <= a.d+7; j++ {
			if checks++; checks%32 == 0 {
				if w.spent() {
					return nil
				}
				w.n++
			}
			b := &seats[j]
			if j == i || a.v == b.v || a.o == b.o || a.e != b.e {
				continue
			}
			v, o, d := int(a.v), int(b.o), int(b.d)
			if at := s.occAt[v*D+d]; at >= 0 && at != a.o || !hasBit(m.vols[v].avail, d) || m.staticReason(v, m.occs[o].need) != 0 {
				continue
			}
			out = append(out, cycArc{int32(j), s.cost(v, o, d) - a.c})
		}
		adj[i], built[i] = out, true
		return out
	}
	var path [cycleLen]int32
	// try applies the cycle path[:k] and keeps it if it improves.
	try := func(k int) bool {
		if w.spent() {
			return false
		}
		w.n++
		before, mark := s.key(), len(s.journal)
		for _, i := range path[:k] {
			s.unassign(int(seats[i].v), int(seats[i].o))
		}
		ok := true
		for t, i := range path[:k] {
			next := path[(t+1)%k]
			if !s.tryAssign(int(seats[i].v), int(seats[next].o)) {
				ok = false
				break
			}
		}
		for _, i := range path[:k] {
			if ok && len(s.members[seats[i].o]) > 0 && s.groupOK(int(seats[i].o)) != 0 {
				ok = false
			}
		}
		if ok && x.s.improves(before, mark) {
			for _, i := range path[:k] {
				dirty[i] = true
			}
			return true
		}
		s.undoTo(mark)
		return false
	}
	var dfs func(k int, sum int64) bool
	dfs = func(k int, sum int64) bool {
		for _, a := range arcs(int(path[k-1])) {
			if checks++; checks%32 == 0 {
				if w.spent() {
					return false
				}
				w.n++
			}
			t := sum + a.c
			if t >= 0 || dirty[a.to] {
				continue
			}
			if a.to == path[0] {
				if k >= 2 && try(k) {
					return true
				}
				continue
			}
			if k == cycleLen {
				continue
			}
			dup := false
			for _, p := range path[:k] {
				dup = dup || seats[p].v == seats[a.to].v || seats[p].o == seats[a.to].o
			}
			if dup {
				continue
			}
			path[k] = a.to
			if dfs(k+1, t) {
				return true
			}
		}
		return false
	}
	improved := false
	for i := 0; i < n && !w.spent(); i++ {
		if dirty[i] {
			continue
		}
		path[0] = int32(i)
		if dfs(1, 0) {
			improved = true
		}
	}
	return improved
}
