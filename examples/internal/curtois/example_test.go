package curtois_test

import (
	"fmt"
	"strings"

	"github.com/shequ/shequ/examples/internal/curtois"
)

// A two-employee, one-week instance written for this example; employee B's
// contract forbids weekends.
func ExampleEvaluate() {
	const text = `SECTION_HORIZON
7
SECTION_SHIFTS
D,480,
SECTION_STAFF
A,D=5,2400,960,5,2,2,1
B,D=5,2400,0,5,1,1,0
SECTION_DAYS_OFF
A,6
SECTION_SHIFT_ON_REQUESTS
B,5,D,3
SECTION_SHIFT_OFF_REQUESTS
SECTION_COVER
0,D,2,100,1
1,D,2,100,1
5,D,1,100,1
`
	in, err := curtois.Parse(strings.NewReader(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := curtois.NewRoster(in)
	r[0][0], r[0][1] = 0, 0 // A works Monday and Tuesday
	r[1][0], r[1][5] = 0, 0 // B works Monday and Saturday
	ev := curtois.Evaluate(in, r)
	fmt.Println("objective:", ev.Objective) // day 1 is one person short
	for _, v := range ev.Violations {
		fmt.Println(v.Rule, "-", v.Describe(in))
	}
	// Output:
	// objective: 100
	// max_weekends - staff B: 1 weekends worked, at most 0
}
