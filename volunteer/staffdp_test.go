package volunteer

import "testing"

// TestPersonDPMatchesEnumeration: on a staff roster with successions,
// binding per-task caps, weekends and minimum rules, the person DP finds
// a plan of the same priced score as the exhaustive window enumeration
// on every window short enough to enumerate, and never a worse one than
// the plan it replaces.
func TestPersonDPMatchesEnumeration(t *testing.T) {
	si := syntheticStaff(21, 8, 3)
	for i := range si.staff {
		si.staff[i].maxShifts[i%3] = 2 + i%3
	}
	x := staffSearcher(t, si, 3)
	s, m := x.s, x.s.m
	x.effUnit, x.wEff, x.wBlk = 240, 37, 53
	x.dpLen = m.days
	s.logging = true
	var touched []int
	checked := 0
	for it := 0; it < 3000; it++ {
		v := x.rng.IntN(len(m.vols))
		k := 1 + x.rng.IntN(4)
		a := x.rng.IntN(m.days - k + 1)
		b := a + k - 1
		before := x.price(x.levels())
		mark := len(s.journal)
		touched = touched[:0]
		x.windowAt(v, a, b, &touched)
		enum := x.price(x.levels())
		s.undoTo(mark)
		touched = touched[:0]
		_, ok := x.dpReroster(v, a, b, &touched)
		if !ok {
			s.undoTo(mark)
			continue
		}
		dp := x.price(x.levels())
		if dp.Compare(enum) != 0 || dp.Compare(before) > 0 {
			t.Fatalf("v%d days %d..%d: before %v, enumeration %v, DP %v", v, a, b, before, enum, dp)
		}
		checked++
		// Move on from a different rota now and then.
		if it%3 == 0 {
			s.undoTo(mark)
			touched = touched[:0]
			if !x.move(&touched) {
				s.undoTo(mark)
			}
		}
		s.journal = s.journal[:0]
	}
	if checked < 1000 {
		t.Fatalf("only %d windows checked", checked)
	}
	// A long window: the DP never makes the priced score worse.
	for it := 0; it < 300; it++ {
		v := x.rng.IntN(len(m.vols))
		before := x.price(x.levels())
		touched = touched[:0]
		if _, ok := x.dpReroster(v, 0, m.days-1, &touched); !ok {
			s.undoTo(0)
			continue
		}
		if after := x.price(x.levels()); after.Compare(before) > 0 {
			t.Fatalf("whole horizon of v%d: %v after %v", v, after, before)
		}
		s.journal = s.journal[:0]
	}
}

const maxWindow = 7

// windowAt is the exhaustive oracle of the person DP: it re-rosters v over
// days a..b (at most maxWindow) by trying every combination of a day off
// or one of the day's occurrences, everyone else fixed, and keeps the
// combination of the best priced score (ties at random). It returns the
// number of combinations scored.
func (x *searcher) windowAt(v, a, b int, touched *[]int) int {
	s := x.s
	D := s.m.days
	var keep [maxWindow]bool
	var cleared [maxWindow]int32 // the occurrences v left: a team rule may break
	nc := 0
	for d := a; d <= b; d++ {
		if q := int(s.occAt[v*D+d]); q >= 0 {
			if s.isPinned(v, q) {
				keep[d-a] = true
				continue
			}
			s.unassign(v, q)
			*touched = append(*touched, q)
			cleared[nc] = int32(q)
			nc++
		}
	}
	var choice, bestChoice [maxWindow]int32
	for i := range bestChoice {
		bestChoice[i] = -1
	}
	var best Score
	leaves, ties := 0, 0
	var rec func(d int)
	rec = func(d int) {
		if d > b {
			leaves++
			for i := range b - a + 1 {
				if q := int(choice[i]); q >= 0 && s.groupOK(q) != 0 {
					return
				}
			}
			for _, q := range cleared[:nc] {
				if len(s.members[q]) > 0 && s.groupOK(int(q)) != 0 {
					return
				}
			}
			p := x.price(x.levels())
			c := -1
			if ties > 0 {
				c = p.Compare(best)
			}
			if c > 0 {
				return
			}
			if c < 0 {
				ties = 0
			}
			ties++
			if x.rng.IntN(ties) == 0 {
				best, bestChoice = p, choice
			}
			return
		}
		choice[d-a] = -1
		rec(d + 1)
		if keep[d-a] {
			return
		}
		for _, q32 := range x.byDay[d] {
			q := int(q32)
			if int(s.day[q]) != d {
				continue
			}
			mark := len(s.journal)
			if s.tryAssign(v, q) {
				choice[d-a] = q32
				rec(d + 1)
				s.undoTo(mark)
			}
		}
	}
	rec(a)
	for d := a; d <= b; d++ {
		if q := int(bestChoice[d-a]); q >= 0 {
			s.assign(v, q)
			*touched = append(*touched, q)
		}
	}
	return leaves
}

// TestRepairHard: from a construction that breaks minimum rules, the
// closing repair (person DP with the minimum rules at their cap) lowers
// the Hard level, only ever improves the score in lexicographic order, and
// leaves a rota whose score Evaluate confirms.
func TestRepairHard(t *testing.T) {
	si := syntheticStaff(56, 20, 4)
	x := staffSearcher(t, si, 5)
	s := x.s
	before := s.sc
	if before.Hard == 0 {
		t.Fatal("the construction already meets every minimum rule")
	}
	x.repairHard(10_000_000)
	if s.sc.Hard >= before.Hard || !s.sc.Less(before) {
		t.Fatalf("repair: %v, construction %v", s.sc, before)
	}
	res := s.result(0)
	in, opt := si.toInput()
	sc, rep := Evaluate(in, res.Assignments, opt)
	if !rep.Valid() || sc != s.sc {
		t.Fatalf("rota invalid (%v) or score %v, Evaluate %v", rep, s.sc, sc)
	}
	t.Logf("Hard %d -> %d", before.Hard, s.sc.Hard)
}
