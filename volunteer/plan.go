package volunteer

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// Result is a planned or repaired rota.
type Result struct {
	// Assignments are sorted by day, need, then volunteer.
	Assignments []Assignment `json:"assignments"`
	// Unfilled lists every occurrence below its Min, explained.
	Unfilled []Unfilled `json:"unfilled,omitempty"`
	Score    Score      `json:"score"`
	Fairness Fairness   `json:"fairness"`
	// Moves is the work done: candidate moves evaluated.
	Moves int `json:"moves"`
	// SoftBound, when set, is a proven lower bound on Score.Soft over
	// every rota of the input with Hard 0: Score.Soft − *SoftBound
	// bounds how far the rota is from the best one. Plan sets it for the
	// staff rosters it starts by column generation, when the DP priced
	// every volunteer's rotas exactly (see the package documentation).
	SoftBound *int64 `json:"soft_bound,omitempty"`
}

// Fairness summarises effort loads (ledger plus planned points).
type Fairness struct {
	MaxLoad          int64 `json:"max_load"`
	MinLoad          int64 `json:"min_load"`
	MaxHouseholdLoad int64 `json:"max_household_load"`
	MinHouseholdLoad int64 `json:"min_household_load"`
	// Loads lists every volunteer's load, most loaded first (ties by ID).
	Loads []Load `json:"loads"`
}

// Load is one volunteer's effort load.
type Load struct {
	Volunteer string `json:"volunteer"`
	Points    int64  `json:"points"`
}

// Validate reports every finding about in under opt; an empty report means
// Plan will accept it.
func Validate(in Input, opt Options) Report {
	m, r := compile(in, opt)
	if m == nil {
		return r
	}
	s := newState(m, false)
	s.loadPins(&r)
	r.Sort()
	return r
}

// Plan returns a rota for in. Every assignment satisfies every hard rule
// (skills and trainees, availability, declines, one turn a day, caps,
// mobility, range, consecutive days, weekends, successions, pairing,
// precedence); a seat that cannot be filled stays empty and is listed in
// Result.Unfilled with its reasons. Invalid input returns a Report (which
// matches ErrInvalid) and no rota.
//
// The search is a greedy construction followed by late acceptance hill
// climbing over add, remove, replace, swap, move, ejection-chain, clear
// and day-shift moves, scored incrementally, with ruin-and-recreate kicks
// when it stalls, and a closing descent; it stops after opt.Budget
// candidate moves (DefaultBudget when 0).
// When some volunteer has a minimum rule (and opt.HardWeight is 0) it is
// the staff search instead: adaptive prices for the Hard level and
// person re-rostering by dynamic programming (see the package
// documentation).
func Plan(in Input, opt Options) (Result, error) {
	m, r := compile(in, opt)
	if m == nil {
		return Result{}, r
	}
	s := newState(m, false)
	s.loadPins(&r)
	if len(r) > 0 {
		r.Sort()
		return Result{}, r
	}
	active := make([]int32, len(m.occs))
	seats := 0
	for o := range m.occs {
		active[o] = int32(o)
		seats += m.needs[m.occs[o].need].max
	}
	staff := opt.HardWeight == 0 && hasMinRules(m)
	if staff {
		s.cacheCosts()
	}
	x := newSearcher(s, opt.Seed, active)
	x.hardWeight, x.history = opt.HardWeight, opt.History
	budget := opt.Budget
	if budget == 0 {
		budget = DefaultBudget(seats)
	}
	// A tiny instance ends with an exact step: when its whole enumeration
	// tree fits in half the budget, the search gets the rest and the
	// enumeration replaces the search's rota if it finds a better one.
	reserve := 0
	if n := s.exactLeaves(exactLimit); n <= exactLimit && exactWork*n <= budget/2 {
		reserve = exactWork * n
	}
	x.construct()
	if staff {
		x.improveStaff(budget - reserve)
	} else {
		// The last tenth of the budget (at most) goes to the descent
		// (descend.go), which makes the search's best rota a local
		// optimum of its deterministic neighbourhoods. Late acceptance
		// ends with the capped phase (see improve) where the budget
		// allows and no exact step follows (which settles the rota).
		x.capPhase = reserve == 0 && budget >= capPerSeat*seats
		x.ruinKick = true
		x.improve(budget - reserve - budget/10)
		x.moves += x.descend(budget / 10)
	}
	if reserve > 0 {
		work, _ := x.exact(reserve)
		x.moves += work
	}
	res := s.result(x.moves)
	res.SoftBound = x.bound
	return res, nil
}

// result renders s as a Result.
func (s *state) result(moves int) Result {
	m := s.m
	res := Result{Score: s.full(), Moves: moves}
	// Order occurrences by (day, need ID, slot) on indices, then members
	// by volunteer ID, so no large struct is sorted.
	order := make([]int32, 0, len(m.occs))
	n := 0
	for o := range m.occs {
		if len(s.members[o]) > 0 {
			order = append(order, int32(o))
			n += len(s.members[o])
		}
	}
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Or(cmp.Compare(s.day[a], s.day[b]), strings.Compare(m.in.Needs[m.occs[a].need].ID, m.in.Needs[m.occs[b].need].ID), cmp.Compare(m.occs[a].slot, m.occs[b].slot))
	})
	res.Assignments = make([]Assignment, 0, n)
	var mem []int32
	var slab []Term // backing store for the justifications
	for _, o32 := range order {
		o := int(o32)
		d := int(s.day[o])
		mem = append(mem[:0], s.members[o]...)
		slices.SortFunc(mem, func(a, b int32) int { return strings.Compare(m.in.Volunteers[a].ID, m.in.Volunteers[b].ID) })
		for _, v32 := range mem {
			v := int(v32)
			a := Assignment{Need: m.in.Needs[m.occs[o].need].ID, Slot: m.occs[o].slot, Day: d, Volunteer: m.in.Volunteers[v].ID, Pinned: s.isPinned(v, o)}
			if cap(slab)-len(slab) < 8 {
				slab = make([]Term, 0, 4*n+8)
			}
			start := len(slab)
			slab = s.justify(slab, v, o)
			a.Why = slab[start:len(slab):len(slab)]
			res.Assignments = append(res.Assignments, a)
		}
	}
	res.Unfilled = s.explainAll()
	res.Fairness = s.fairness()
	return res
}

// justify appends to out the soft terms of v on o: proximity, adopter,
// preferences, preferred partners present, and what the turn costs in the
// priced maximum loads (the points the soft score would fall by without
// it, when v or v's household alone carries the largest load). The
// min-max levels after the soft score are explained by Result.Fairness.
func (s *state) justify(out []Term, v, o int) []Term {
	m := s.m
	d := int(s.day[o])
	s.terms(v, o, d, func(reason string, pts int64) { out = append(out, Term{reason, pts}) })
	for _, x := range s.members[o] {
		for _, p := range m.vols[v].preferred {
			if p == x && m.w.Paired != 0 {
				out = append(out, Term{"paired_with_" + m.in.Volunteers[x].ID, -m.w.Paired})
			}
		}
	}
	e := int64(m.needs[m.occs[o].need].effort)
	if m.w.MaxLoad > 0 {
		if f := m.w.MaxLoad * s.vmax.drop(m.vols[v].ledger+s.work[v], e); f != 0 {
			out = append(out, Term{"max_load", f})
		}
	}
	if m.w.HouseholdMaxLoad > 0 {
		if f := m.w.HouseholdMaxLoad * s.hmax.drop(s.hh[m.vols[v].hh], e); f != 0 {
			out = append(out, Term{"household_max_load", f})
		}
	}
	return out
}

func (s *state) fairness() Fairness {
	m := s.m
	var f Fairness
	for v := range m.vols {
		f.Loads = append(f.Loads, Load{m.in.Volunteers[v].ID, m.vols[v].ledger + s.work[v]})
	}
	sort.Slice(f.Loads, func(i, j int) bool {
		if f.Loads[i].Points != f.Loads[j].Points {
			return f.Loads[i].Points > f.Loads[j].Points
		}
		return f.Loads[i].Volunteer < f.Loads[j].Volunteer
	})
	if n := len(f.Loads); n > 0 {
		f.MaxLoad, f.MinLoad = f.Loads[0].Points, f.Loads[n-1].Points
	}
	for i, h := range s.hh {
		if i == 0 || h > f.MaxHouseholdLoad {
			f.MaxHouseholdLoad = h
		}
		if i == 0 || h < f.MinHouseholdLoad {
			f.MinHouseholdLoad = h
		}
	}
	return f
}
