package governance

import (
	"fmt"
	"testing"
)

// benchUnits returns n units of 100 m², one owner each, but every tenth
// owner holds a second unit and every hundredth unit is the developer's.
func benchUnits(n int) []Unit {
	units := make([]Unit, n)
	for i := range units {
		units[i] = Unit{ID: fmt.Sprintf("u%d", i), Owner: fmt.Sprintf("o%d", i-i%10/9), RegisteredArea: SquareMetres(100, 0)}
		if i%100 == 99 {
			units[i].Owner, units[i].DeveloperHeld = "", true
		}
	}
	return units
}

// BenchmarkNewElectorate counts the owners of 10,000 units.
func BenchmarkNewElectorate(b *testing.B) {
	units := benchUnits(10_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, rep := NewElectorate(units); rep.Err() != nil {
			b.Fatal(rep.Err())
		}
	}
}

// BenchmarkElectorateTally counts one ballot per voter of an electorate of
// 10,000 units under Civil Code art. 278.
func BenchmarkElectorateTally(b *testing.B) {
	e, rep := NewElectorate(benchUnits(10_000))
	if rep.Err() != nil {
		b.Fatal(rep.Err())
	}
	var ballots []Ballot
	for i, v := range e.Voters() {
		ballots = append(ballots, Ballot{Voter: v.ID, Choice: Choice(1 + i%3)})
	}
	rule := CivilCode278()
	b.ReportAllocs()
	for b.Loop() {
		if _, rep := e.Tally(rule, MatterRebuild, ballots); rep.Err() != nil {
			b.Fatal(rep.Err())
		}
	}
}
