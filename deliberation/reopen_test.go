package deliberation

import (
	"slices"
	"testing"
)

// failEvaluation rates the matter dissatisfied and closes the evaluation,
// returning the close's events.
func failEvaluation(t *testing.T, m *Matter, p Policy, at int) []Event {
	t.Helper()
	var all []Event
	*m, all = runOn(t, *m, p,
		step{at, Command{Kind: CmdRate, Matter: matter, Actor: res1, Details: Details{Rating: RatingDissatisfied}}},
		step{at, Command{Kind: CmdCloseEvaluation, Matter: matter, Actor: rc}})
	// The rating is one event; the rest are the close's.
	return all[1:]
}

func kinds(evs []Event) []EventKind {
	var k []EventKind
	for _, e := range evs {
		k = append(k, e.Kind)
	}
	return k
}

// TestReopenLimitBoundary fails the evaluation once with the matter one
// reopen below the limit, at it and one past it: below it reopens; at the
// limit it escalates one rung and goes back to handle without counting a
// reopen; at the limit on the top rung it closes unresolved. Reopens never
// exceed the limit.
func TestReopenLimitBoundary(t *testing.T) {
	const limit = 2
	type want struct {
		kinds   []EventKind
		reopens int
		stage   Stage
		level   Level
		closure Closure
	}
	cases := []struct {
		name    string
		reopens int // reopens before the failing evaluation
		ladder  []Level
		want    want
	}{
		{"N-1", limit - 1, nil, want{[]EventKind{EvEvaluationClosed, EvReopened}, limit, StageHandle, LevelBuilding, 0}},
		{"N", limit, nil, want{[]EventKind{EvEvaluationClosed, EvEscalated}, limit, StageHandle, LevelCommunity, 0}},
		{"N+1", limit + 1, nil, want{[]EventKind{EvEvaluationClosed, EvEscalated}, limit, StageHandle, LevelStreet, 0}},
		{"N at top", limit, []Level{LevelBuilding}, want{[]EventKind{EvEvaluationClosed}, limit, StageClosed, LevelBuilding, ClosureUnresolved}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := BeijingPolicy()
			p.ReopenLimit = limit
			if tc.ladder != nil {
				p.Ladder = tc.ladder
			}
			steps := lifecycle()
			m, _ := run(t, p, steps[:len(steps)-2])
			at := 8
			// Fail and redo the work until the matter stands before the
			// evaluation under test; past the limit, failures escalate.
			for i := 0; i < tc.reopens; i++ {
				failEvaluation(t, &m, p, at)
				if m.Reopens > limit {
					t.Fatalf("reopens %d exceed the limit %d", m.Reopens, limit)
				}
				redoWork(t, &m, p, at+1)
				at += 2
			}
			evs := failEvaluation(t, &m, p, at)
			got := want{kinds(evs), m.Reopens, m.Stage, m.Level, m.Closure}
			if !slices.Equal(got.kinds, tc.want.kinds) || got.reopens != tc.want.reopens || got.stage != tc.want.stage ||
				got.level != tc.want.level || got.closure != tc.want.closure {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// redoWork claims the work done and accepts it, bringing m back to evaluate.
func redoWork(t *testing.T, m *Matter, p Policy, at int) {
	t.Helper()
	*m, _ = runOn(t, *m, p,
		step{at, Command{Kind: CmdClaimDone, Matter: matter, Actor: pm}},
		step{at, Command{Kind: CmdAcceptWork, Matter: matter, Actor: rep}})
}

// TestEscalatedBackOnlyFromEvaluate applies an escalation that moves the
// stage outside Evaluate: the table has no such row, and it is refused.
func TestEscalatedBackOnlyFromEvaluate(t *testing.T) {
	m, at := inStage(t, StageSupervise)
	e := Event{Matter: matter, Seq: m.Seq + 1, Prev: m.Head, Kind: EvEscalated, At: day(at), Actor: rep,
		Details: Details{Level: LevelCommunity, To: StageHandle}}
	e.Hash = hashEvent(&e)
	if err := m.Apply(e); err == nil || m.Stage != StageSupervise {
		t.Errorf("escalated back to handle from supervise: err %v, stage %s; want a refusal in supervise", err, m.Stage)
	}
}
