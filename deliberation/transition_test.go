package deliberation

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shequ/shequ/governance"
)

// TestEveryStageCommandPair decides every command in every stage: where the
// table has no row the refusal must say so (stage.not_allowed) and nothing
// else decides it; where it has one, the refusal (if any) must be for
// another reason, and an accepted command must lead to a stage of the
// table's rows for the pair.
func TestEveryStageCommandPair(t *testing.T) {
	p := BeijingPolicy()
	for _, s := range append([]Stage{0}, Stages()...) {
		m, at := inStage(t, s)
		for _, k := range CommandKinds() {
			c := sampleCommand(k)
			evs, err := Decide(m, c, day(at+60), p) // late enough for escalation
			var refused *RefusedError
			if err != nil && !errors.As(err, &refused) {
				t.Fatalf("Decide(%s, %s) returned %T, want *RefusedError", stageName(s), k, err)
			}
			wrong := err != nil && errors.Is(err, CodeWrongStage)
			if Allowed(s, k) == wrong {
				t.Errorf("Decide(%s, %s): stage.not_allowed = %v; the table allows the pair = %v (err %v)", stageName(s), k, wrong, Allowed(s, k), err)
			}
			if err != nil {
				continue
			}
			next := m.Clone()
			for _, e := range evs {
				if err := next.Apply(e); err != nil {
					t.Fatalf("Apply after Decide(%s, %s): %v", stageName(s), k, err)
				}
			}
			var tos []Stage
			for _, tr := range Transitions() {
				if tr.From == s && tr.Command == k {
					tos = append(tos, tr.To)
				}
			}
			if !slices.Contains(tos, next.Stage) {
				t.Errorf("Decide(%s, %s) led to %s; the table allows %v", stageName(s), k, next.Stage, tos)
			}
		}
	}
}

// TestEveryRow drives each row of the transition table once with a command
// that is accepted, and checks the stage it leads to.
func TestEveryRow(t *testing.T) {
	p := BeijingPolicy()
	type row struct {
		from Stage
		cmd  CommandKind
		to   Stage
	}
	covered := map[row]bool{}
	check := func(name string, m Matter, c Command, at int, pol Policy) {
		t.Helper()
		from := m.Stage
		evs, err := Decide(m, c, day(at), pol)
		if err != nil {
			t.Errorf("%s: Decide(%s, %s): %v", name, stageName(from), c.Kind, err)
			return
		}
		next := m.Clone()
		for _, e := range evs {
			if err := next.Apply(e); err != nil {
				t.Fatalf("%s: Apply: %v", name, err)
			}
		}
		covered[row{from, c.Kind, next.Stage}] = true
	}
	for _, s := range append([]Stage{0}, Stages()...) {
		m, at := inStage(t, s)
		for _, k := range CommandKinds() {
			if Allowed(s, k) {
				if _, err := Decide(m, sampleCommand(k), day(at+60), p); err == nil {
					check("sample", m, sampleCommand(k), at+60, p)
				}
			}
		}
	}
	// The rows the samples cannot reach from the lifecycle's states.
	collect, _ := inStage(t, StageCollect)
	check("merge in collect", collect, sampleCommand(CmdMergeDuplicate), 1, p)
	check("mark duplicate", collect, sampleCommand(CmdMarkDuplicate), 1, p)
	check("decline", collect, sampleCommand(CmdDecline), 1, p)
	check("withdraw in collect", collect, sampleCommand(CmdWithdraw), 1, p)
	check("escalate in collect", collect, sampleCommand(CmdEscalate), 30, p)

	delib, at := inStage(t, StageDeliberate)
	check("withdraw in deliberate", delib, sampleCommand(CmdWithdraw), at, p)
	check("conclude", delib, sampleCommand(CmdConclude), at, p)
	check("escalate in deliberate", delib, sampleCommand(CmdEscalate), at+60, p)
	open := delib.Clone()
	evs, err := Decide(open, sampleCommand(CmdOpenVote), day(at), p)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if err := open.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	check("cast ballot", open, sampleCommand(CmdCastBallot), at, p)
	check("close vote after its time", open, sampleCommand(CmdCloseVote), at+30, p)

	handle, at := inStage(t, StageHandle)
	check("report progress", handle, sampleCommand(CmdReportProgress), at, p)
	check("escalate in handle", handle, sampleCommand(CmdEscalate), at+90, p)

	sup, at := inStage(t, StageSupervise)
	check("send back", sup, sampleCommand(CmdSendBack), at, p)
	check("escalate in supervise", sup, sampleCommand(CmdEscalate), at+30, p)

	eval, at := inStage(t, StageEvaluate)
	unhappy := eval.Clone()
	evs, err = Decide(unhappy, Command{Kind: CmdRate, Matter: matter, Actor: res2, Details: Details{Rating: RatingDissatisfied}}, day(at), p)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if err := unhappy.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	check("reopen to handle", unhappy, sampleCommand(CmdCloseEvaluation), at, p)
	toDelib := sampleCommand(CmdCloseEvaluation)
	toDelib.To = StageDeliberate
	check("reopen to deliberate", unhappy, toDelib, at, p)

	for _, tr := range Transitions() {
		if !covered[row{tr.From, tr.Command, tr.To}] {
			t.Errorf("row %s --%s--> %s (%s) was never driven", stageName(tr.From), tr.Command, tr.To, tr.When)
		}
	}
}

// TestDiagramFromTable checks that every row of the table appears in the
// diagram.
func TestDiagramFromTable(t *testing.T) {
	d := Diagram()
	for _, tr := range Transitions() {
		if !containsWord(d, tr.Command.String()) {
			t.Errorf("Diagram() lacks command %s", tr.Command)
		}
	}
	if diff := cmp.Diff(Diagram(), d); diff != "" {
		t.Errorf("Diagram() is not deterministic:\n%s", diff)
	}
}

func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w {
			return true
		}
	}
	return false
}

var _ = governance.Agree
