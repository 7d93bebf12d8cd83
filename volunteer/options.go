package volunteer

// Options tune Plan and Repair. The zero value is ready to use.
type Options struct {
	// Seed seeds the search (math/rand/v2 PCG); same input, seed and budget,
	// same rota.
	Seed uint64 `json:"seed,omitempty"`
	// Budget is the work budget in candidate moves. 0 means
	// DefaultBudget(seats) in Plan; in Repair, 200 plus 30 a vacated or
	// new seat, or with MinGain (a re-optimisation of the future)
	// DefaultBudget of the occurrences it may touch, up to 5,000,000
	// moves for mid-size rotas. The library reads no clock.
	Budget int `json:"budget,omitempty"`
	// Weights are the soft weights; nil means DefaultWeights().
	Weights *Weights `json:"weights,omitempty"`
	// HouseholdApart forbids two members of one household on the same
	// occurrence (hard). Without it, Weights.HouseholdTogether rewards them.
	HouseholdApart bool `json:"household_apart,omitempty"`
	// MinGain is Repair's disruption threshold: a change to a seat that no
	// change touched is made only if it buys at least MinGain soft points.
	// 0 makes disruption a strict lexicographic level (no voluntary change).
	MinGain int64 `json:"min_gain,omitempty"`
	// Substitutes is how many ranked substitutes and swaps Repair returns
	// per vacated seat; 0 means 3.
	Substitutes int `json:"substitutes,omitempty"`
	// History is the length of the late-acceptance history; 0 means 30
	// (or budget/100 when smaller), and 200 in the staff search (see the
	// package documentation, Staff rosters).
	History int `json:"history,omitempty"`
	// HardWeight, when positive, lets the search pass through rotas that
	// miss a minimum rule: acceptance then prices each unit of the Hard
	// level at HardWeight soft points. The rota returned is the best the
	// search visited in lexicographic order, but the search no longer
	// steers by that order, so it may end with a higher Hard level than
	// with 0 (the default, lexicographic acceptance). An experiment for
	// staff rosters whose minimum rules make the feasible region poorly
	// connected. It also turns off the staff search, whose adaptive
	// weights do this better (see the package documentation).
	HardWeight int64 `json:"hard_weight,omitempty"`
}

// Weights are the soft-score weights, all in points per unit. They enter
// the soft level of the score; hard, unfilled and disruption levels always
// dominate it.
type Weights struct {
	// Under is the cost of each seat below an occurrence's Target (and at or
	// above its Min); Over the cost of each seat above Target.
	Under int64 `json:"under"`
	Over  int64 `json:"over"`
	// OtherFloor and OtherBuilding cost one assignment away from the
	// volunteer's own floor / own building (own floor ≫ own tower ≫
	// neighbour).
	OtherFloor    int64 `json:"other_floor"`
	OtherBuilding int64 `json:"other_building"`
	// Adopter rewards a space's adopter of record serving it in tenure.
	Adopter int64 `json:"adopter"`
	// Paired rewards each preferred pair serving together;
	// HouseholdTogether each pair of household members serving together.
	Paired            int64 `json:"paired"`
	HouseholdTogether int64 `json:"household_together"`
	// MaxLoad and HouseholdMaxLoad multiply the largest effort load of a
	// volunteer (household), ledger included: the first criterion of the
	// min-max order, priced against the other soft terms (every turn adds
	// load, so an unpriced min-max would leave target seats empty).
	MaxLoad          int64 `json:"max_load"`
	HouseholdMaxLoad int64 `json:"household_max_load"`
	// Fairness adds the lexicographic min-max level Score.Fair after the
	// soft level: among rotas of equal soft score, the one whose sorted
	// volunteer loads are lexicographically smallest (the smallest largest
	// load, then the smallest second largest, …). HouseholdFairness adds
	// Score.HouseholdFair, the same over household loads, after it.
	Fairness          bool `json:"fairness"`
	HouseholdFairness bool `json:"household_fairness"`
	// Preference multiplies Preference.Weight.
	Preference int64 `json:"preference"`
}

// DefaultWeights returns the weights for a space-claim rota: filling a
// target seat is worth more than any proximity or preference cost, and
// loads are balanced by the priced maximum and the lexicographic
// min-max levels.
func DefaultWeights() Weights {
	return Weights{
		Under:             1000,
		Over:              400,
		OtherFloor:        2,
		OtherBuilding:     20,
		Adopter:           30,
		Paired:            10,
		HouseholdTogether: 0,
		MaxLoad:           100,
		HouseholdMaxLoad:  20,
		Fairness:          true,
		HouseholdFairness: true,
		Preference:        1,
	}
}

// CurtoisWeights returns the weights under which the soft score is the
// Curtois & Qu objective less the constant sum of shift-on request
// weights: only each need's own UnderWeight and OverWeight and the
// preference weights count (see the package documentation for the mapping).
func CurtoisWeights() Weights {
	return Weights{Preference: 1}
}

// DefaultBudget is the work budget used when Options.Budget is 0, in
// candidate moves: 50,000 a seat up to 5,000,000 (reached at 100 seats),
// 500,000,000 divided by the seats beyond that, and never below 200,000
// or 60 a seat. Mid-size rotas get the most, as the search needs many
// moves a seat to reach their optima and each move is cheap: on the CBC
// gap instances (27 to 105 seats; see Gap to the optimum in the package
// documentation) 1,350,000 to 5,000,000 moves, 0.2 to 0.8 s of CPU. The
// 52-week Songliu rota (2,559 seats) keeps 200,000 moves and the large
// compound 60 a seat.
func DefaultBudget(seats int) int {
	seats = max(seats, 1)
	return max(60*seats, min(5_000_000, max(200_000, min(50_000*seats, 500_000_000/seats))))
}

func (o Options) weights() Weights {
	if o.Weights != nil {
		return *o.Weights
	}
	return DefaultWeights()
}
