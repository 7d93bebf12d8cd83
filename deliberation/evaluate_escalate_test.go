package deliberation

import "testing"

// TestEscalateOverdueEvaluation escalates a matter whose evaluation is
// overdue, the overdue state Due reports; before the deadline the refusal
// is for not being overdue, not for the stage.
func TestEscalateOverdueEvaluation(t *testing.T) {
	p := BeijingPolicy()
	m, at := inStage(t, StageEvaluate)
	c := Command{Kind: CmdEscalate, Matter: matter, Actor: rep, Details: Details{Reason: "nobody evaluated"}}
	_, err := Decide(m, c, day(at), p)
	if !errorsIs(err, CodeNotOverdue) || errorsIs(err, CodeWrongStage) {
		t.Fatalf("escalating before the deadline: %v, want only %s", err, CodeNotOverdue)
	}
	late := m.StageDue.AddDate(0, 0, 1)
	if len(Due(m, late)) == 0 {
		t.Fatalf("Due reports nothing overdue at %s", late)
	}
	evs, err := Decide(m, c, late, p)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if err := m.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	if m.Stage != StageEvaluate || m.Level != LevelCommunity || len(m.Escalations) != 1 {
		t.Errorf("after escalating: stage %s level %s escalations %d, want evaluate, community, 1", m.Stage, m.Level, len(m.Escalations))
	}
}
