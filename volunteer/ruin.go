package volunteer

// Ruin and recreate: the kick of Plan's late acceptance (see improve).
// When the search stalls it returns to its best rota and kicks it. A few
// random moves are too weak a kick on rotas whose better neighbours
// differ by five to seven turns of several volunteers (see Gap to the
// optimum in the package documentation); a ruin clears the rotas of a
// few volunteers who serve in the same week, over the whole horizon,
// and every unpinned turn on the occurrences they served, and refills
// the cleared seats greedily in random order, so that late acceptance
// goes on from a rota that is near the best but differs by tens of
// turns.

// ruinVols is how many volunteers a ruin clears. Measured on the CBC gap
// instances (seeds 1 to 64 of the 4-week 40-volunteer one at the default
// budget), four did better than six, and than three or five in ruins
// alternating with week ruins; clearing a week's occurrences instead, or
// refilling by the best seat over all cleared occurrences instead of one
// occurrence at a time, did worse.
const ruinVols = 4

// ruinWork is the scratch of ruin.
type ruinWork struct {
	vmark []bool // volunteer chosen; occurrence cleared (omark)
	omark []bool
	vols  []int
	occs  []int
}

// ruin clears and refills part of the rota, as above, and returns the
// work it did (candidates evaluated; the refill stops, leaving seats
// empty, once maxWork is spent). It reports false, with the rota as it
// found it, if there was nothing to clear or the refill left a team that
// breaks a team rule (a trainee or a required partner alone), which
// single fills cannot always mend.
func (x *searcher) ruin(maxWork int) (work int, ok bool) {
	s, m := x.s, x.s.m
	r := &x.ruinw
	if r.vmark == nil {
		r.vmark = make([]bool, len(m.vols))
		r.omark = make([]bool, len(m.occs))
	}
	// The volunteers serving within three days of a random occurrence.
	d0 := m.occs[x.pickOcc()].slot
	r.vols = r.vols[:0]
	for d := max(0, d0-3); d <= min(m.days-1, d0+3); d++ {
		for _, o := range x.byDay[d] {
			for _, v := range s.members[o] {
				if !r.vmark[v] {
					r.vmark[v] = true
					r.vols = append(r.vols, int(v))
				}
			}
		}
	}
	for _, v := range r.vols {
		r.vmark[v] = false
	}
	n := min(ruinVols, len(r.vols))
	for i := range n {
		j := i + x.rng.IntN(len(r.vols)-i)
		r.vols[i], r.vols[j] = r.vols[j], r.vols[i]
	}
	r.occs = r.occs[:0]
	for _, v := range r.vols[:n] {
		for d := range m.days {
			if o := s.occAt[v*m.days+d]; o >= 0 && x.isActive[o] && !r.omark[o] {
				r.omark[o] = true
				r.occs = append(r.occs, int(o))
			}
		}
	}
	for _, o := range r.occs {
		r.omark[o] = false
	}
	if len(r.occs) == 0 {
		return 0, false // nothing to clear: the caller kicks otherwise
	}
	mark := len(s.journal)
	for _, o := range r.occs {
		for i := len(s.members[o]) - 1; i >= 0; i-- {
			if v := int(s.members[o][i]); !s.isPinned(v, o) {
				s.unassign(v, o)
			}
		}
	}
	x.rng.Shuffle(len(r.occs), func(i, j int) { r.occs[i], r.occs[j] = r.occs[j], r.occs[i] })
	w := dwork{max: maxWork}
	for _, o := range r.occs {
		for !w.spent() && x.fillBest(o, -1, &w) >= 0 {
		}
	}
	for _, o := range r.occs {
		if s.groupOK(o) != 0 {
			s.undoTo(mark)
			return w.n, false
		}
	}
	return w.n, true
}
