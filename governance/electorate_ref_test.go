package governance

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// refTally is Electorate.Tally as first written (a binary search per
// ballot, a map of the voters seen), kept as the reference the faster one
// is checked against.
func refTally(e *Electorate, r AssemblyRule, m OwnersMatter, ballots []Ballot) (Tally, Report) {
	var rep Report
	add := func(i int, code Code, en, zh string) {
		rep.Findings = append(rep.Findings, Finding{
			Code: code, Severity: SeverityError, Path: fmt.Sprintf("ballots[%d]", i),
			Message: en, MessageZH: zh, Source: civilCode("art. 278"),
		})
	}
	if !m.IsValid() {
		rep.Findings = append(rep.Findings, Finding{
			Code: CodeMatterInvalid, Severity: SeverityError, Path: "matter",
			Message: "not one of the matters of Civil Code art. 278", MessageZH: "不属于民法典第二百七十八条规定的事项",
			Source: civilCode("art. 278 ¶1"),
		})
	}
	voter := func(id string) (Voter, bool) {
		if e == nil {
			return Voter{}, false
		}
		i, ok := slices.BinarySearchFunc(e.voters, id, func(v Voter, id string) int { return strings.Compare(v.ID, id) })
		if !ok {
			return Voter{}, false
		}
		return e.voters[i], true
	}
	var counts [Abstain + 1]Count
	seen := make(map[string]int, len(ballots))
	for i, b := range ballots {
		v, ok := voter(b.Voter)
		switch j, dup := seen[b.Voter]; {
		case !ok:
			add(i, CodeBallotUnknownVoter, fmt.Sprintf("voter %q is not an owner of this area", b.Voter),
				fmt.Sprintf("投票人 %q 不是本物业管理区域的业主", b.Voter))
			continue
		case dup:
			add(i, CodeBallotDuplicate, fmt.Sprintf("voter %q already voted in ballots[%d]", b.Voter, j),
				fmt.Sprintf("投票人 %q 已在 ballots[%d] 投票", b.Voter, j))
			continue
		case !b.Choice.IsValid():
			add(i, CodeBallotChoice, "ballot has no valid choice", "选票没有有效的表决意见")
			continue
		}
		seen[b.Voter] = i
		counts[b.Choice].Area += v.Area
		counts[b.Choice].Heads++
	}
	rep.sort()
	if rep.Err() != nil {
		return Tally{}, rep
	}
	t, err := r.TallyCounts(m, e.Total(), counts[Agree], counts[Oppose], counts[Abstain])
	if err != nil {
		rep.Findings = append(rep.Findings, Finding{Code: CodeMatterInvalid, Severity: SeverityError, Path: "ballots",
			Message: err.Error(), MessageZH: "计票数据无效"})
		return Tally{}, rep
	}
	return t, rep
}

// TestTallyMatchesReference checks Electorate.Tally against the reference
// on random electorates (owners of several units, developer-held units)
// and random ballots: unknown voters, repeated voters, invalid choices and
// matters, and the nil and zero Electorate.
func TestTallyMatchesReference(t *testing.T) {
	owners := []string{"o1", "o2", "o3", "o10", "o2a", "", DeveloperVoter}
	rapid.Check(t, func(t *rapid.T) {
		var units []Unit
		for i := range rapid.IntRange(0, 12).Draw(t, "units") {
			owner := rapid.SampledFrom(owners[:5]).Draw(t, "owner")
			units = append(units, Unit{ID: fmt.Sprint("u", i), Owner: owner,
				DeveloperHeld: rapid.IntRange(0, 5).Draw(t, "dev") == 0, RegisteredArea: Area(rapid.IntRange(1, 20000).Draw(t, "area"))})
		}
		e, rep := NewElectorate(units)
		if rep.Err() != nil {
			t.Fatalf("NewElectorate: %v", rep.Err())
		}
		switch rapid.IntRange(0, 9).Draw(t, "which") {
		case 0:
			e = nil
		case 1:
			e = &Electorate{}
		}
		ballots := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) Ballot {
			return Ballot{Voter: rapid.SampledFrom(owners).Draw(t, "voter"), Choice: Choice(rapid.IntRange(0, 4).Draw(t, "choice"))}
		}), 0, 10).Draw(t, "ballots")
		m := OwnersMatter(rapid.IntRange(0, 10).Draw(t, "matter"))
		rule := CivilCode278()
		got, gotRep := e.Tally(rule, m, ballots)
		want, wantRep := refTally(e, rule, m, ballots)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Tally differs from the reference (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(wantRep, gotRep); diff != "" {
			t.Fatalf("Tally's report differs from the reference (-want +got):\n%s", diff)
		}
		if e != nil {
			for _, id := range owners {
				v, ok := e.Voter(id)
				i, wantOK := slices.BinarySearchFunc(e.voters, id, func(v Voter, id string) int { return strings.Compare(v.ID, id) })
				if ok != wantOK || (ok && v != e.voters[i]) {
					t.Fatalf("Voter(%q) = %+v, %v; want %v", id, v, ok, wantOK)
				}
			}
		}
	})
}

// TestTallyReportsBadBallots pins the findings of bad ballots: the unknown
// voter, the repeat (naming the ballot it repeats), the invalid choice.
func TestTallyReportsBadBallots(t *testing.T) {
	e, _ := NewElectorate([]Unit{{ID: "1", Owner: "o1", RegisteredArea: 100}, {ID: "2", Owner: "o2", RegisteredArea: 100}})
	_, rep := e.Tally(CivilCode278(), MatterRebuild, []Ballot{
		{Voter: "o1", Choice: Agree}, {Voter: "x", Choice: Agree}, {Voter: "o2", Choice: 0},
		{Voter: "o2", Choice: Oppose}, {Voter: "o1", Choice: Oppose},
	})
	var got []string
	for _, f := range rep.Findings {
		got = append(got, fmt.Sprintf("%s %s %s", f.Path, f.Code, f.Message))
	}
	want := []string{
		`ballots[1] assembly.ballot.unknown_voter voter "x" is not an owner of this area`,
		`ballots[2] assembly.ballot.choice_invalid ballot has no valid choice`,
		`ballots[4] assembly.ballot.duplicate voter "o1" already voted in ballots[0]`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}
