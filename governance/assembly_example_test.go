package governance_test

import (
	"fmt"

	"github.com/shequ/shequ/governance"
)

// A vote under Civil Code art. 278 on raising the maintenance fund, in a
// small building where the developer still holds three unsold flats: they
// count as one head with their whole area (SPC interpretation art. 9).
func ExampleElectorate_Tally() {
	units := []governance.Unit{
		{ID: "101", Owner: "wang", RegisteredArea: governance.SquareMetres(90, 0)},
		{ID: "102", Owner: "li", RegisteredArea: governance.SquareMetres(90, 0)},
		{ID: "201", Owner: "zhang", RegisteredArea: governance.SquareMetres(90, 0)},
		{ID: "202", Owner: "zhao", RegisteredArea: governance.SquareMetres(90, 0)},
		{ID: "301", DeveloperHeld: true, ContractArea: governance.SquareMetres(90, 0)},
		{ID: "302", DeveloperHeld: true, ContractArea: governance.SquareMetres(90, 0)},
		{ID: "303", DeveloperHeld: true, ContractArea: governance.SquareMetres(90, 0)},
	}
	e, rep := governance.NewElectorate(units)
	if err := rep.Err(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("total:", e.Total().Heads, "heads,", e.Total().Area)
	t, _ := e.Tally(governance.CivilCode278(), governance.MatterRaiseFund, []governance.Ballot{
		{Voter: "wang", Choice: governance.Agree},
		{Voter: "li", Choice: governance.Agree},
		{Voter: "zhang", Choice: governance.Agree},
		{Voter: "zhao", Choice: governance.Oppose},
		{Voter: governance.DeveloperVoter, Choice: governance.Abstain},
	})
	fmt.Println("agreeing:", t.Agreeing.Heads, "of", t.Participating.Heads, "heads,", t.Agreeing.Area, "of", t.Participating.Area)
	fmt.Println("outcome:", t.Outcome)
	fmt.Println("short by:", t.MajorityShort.Heads, "heads and", t.MajorityShort.Area)
	// Output:
	// total: 5 heads, 630.00m²
	// agreeing: 3 of 5 heads, 270.00m² of 630.00m²
	// outcome: majority_not_met
	// short by: 1 heads and 202.50m²
}
