package deliberation

import (
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"syscall"
	"testing"
	"time"

	"github.com/shequ/shequ/governance"
)

// The floor: a hand-written switch over an int state, the least code that
// can accept a progress report. floorSwitch does only the switch;
// floorChained also does the work every accepted command needs in a
// tamper-evident log: one event allocated and SHA-256 over as many bytes as
// the canonical encoding of the same event, chained to the previous hash.
type floorEvent struct {
	seq        uint64
	kind, pct  int
	at         int64
	prev, hash [32]byte
}

type floorState struct {
	stage, reports, pct int
	seq                 uint64
	head                [32]byte
}

const (
	floorHandle = 3
	floorReport = 16
)

//go:noinline
func floorSwitch(s *floorState, cmd, pct int) bool {
	switch s.stage {
	case floorHandle:
		switch cmd {
		case floorReport:
			if pct < 0 || pct > 100 {
				return false
			}
			s.reports++
			s.pct = pct
			s.seq++
			return true
		}
	}
	return false
}

//go:noinline
func floorChained(s *floorState, cmd, pct int, now int64, buf []byte) *floorEvent {
	switch s.stage {
	case floorHandle:
		switch cmd {
		case floorReport:
			if pct < 0 || pct > 100 {
				return nil
			}
			e := &floorEvent{seq: s.seq + 1, kind: cmd, pct: pct, at: now, prev: s.head}
			buf[0], buf[1] = byte(e.seq), byte(pct)
			e.hash = sha256.Sum256(buf)
			s.reports++
			s.pct = pct
			s.seq, s.head = e.seq, e.hash
			return e
		}
	}
	return nil
}

// floorDeliberation is floorChained with this package's own event: a
// one-element []Event, as Decide returns it (704 bytes with pointers,
// where floorEvent has 96 bytes without).
//
//go:noinline
func floorDeliberation(s *floorState, cmd, pct int, now int64, buf []byte) []Event {
	switch s.stage {
	case floorHandle:
		switch cmd {
		case floorReport:
			if pct < 0 || pct > 100 {
				return nil
			}
			evs := make([]Event, 1)
			e := &evs[0]
			e.Seq, e.Kind, e.Percent, e.Prev = s.seq+1, EvProgressReported, pct, Hash(s.head)
			buf[0], buf[1] = byte(e.Seq), byte(pct)
			e.Hash = sha256.Sum256(buf)
			s.reports++
			s.pct = pct
			s.seq, s.head = e.Seq, e.Hash
			return evs
		}
	}
	return nil
}

var (
	sinkEvent  *floorEvent
	sinkEvents []Event
)

// cpu reports, besides the wall-clock ns/op, the process's CPU time per op
// (user and system, all threads, so garbage collection included) as
// cpu-ns/op. On a shared machine the wall clock also counts the time spent
// waiting for a core; the CPU time does not. Call it after the setup, as
// the first statement before the loop; it reports when the benchmark ends.
func cpu(b *testing.B) {
	start := cpuNow()
	b.Cleanup(func() {
		if b.N > 0 {
			b.ReportMetric(float64(cpuNow()-start)/float64(b.N), "cpu-ns/op")
		}
	})
}

func cpuNow() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func BenchmarkFloor(b *testing.B) {
	b.Run("switch", func(b *testing.B) {
		b.ReportAllocs()
		s := floorState{stage: floorHandle}
		cpu(b)
		for i := 0; b.Loop(); i++ {
			if !floorSwitch(&s, floorReport, i%101) {
				b.Fatal("refused")
			}
		}
	})
	b.Run("switch+event+sha256", func(b *testing.B) {
		b.ReportAllocs()
		m, _ := inStage(b, StageHandle)
		e := Event{Matter: m.ID, Seq: m.Seq + 1, Kind: EvProgressReported, Actor: pm, Details: Details{Percent: 50}}
		buf := appendCanonical(nil, &e)
		s := floorState{stage: floorHandle}
		cpu(b)
		for i := 0; b.Loop(); i++ {
			sinkEvent = floorChained(&s, floorReport, i%101, int64(i), buf)
		}
	})
	b.Run("switch+Event+sha256", func(b *testing.B) {
		b.ReportAllocs()
		m, _ := inStage(b, StageHandle)
		e := Event{Matter: m.ID, Seq: m.Seq + 1, Kind: EvProgressReported, Actor: pm, Details: Details{Percent: 50}}
		buf := appendCanonical(nil, &e)
		s := floorState{stage: floorHandle}
		cpu(b)
		for i := 0; b.Loop(); i++ {
			sinkEvents = floorDeliberation(&s, floorReport, i%101, int64(i), buf)
		}
	})
}

// BenchmarkDecideApply decides and applies an accepted progress report on
// a matter in the Handle stage: permission table, transition table, the
// event with its chained SHA-256, and the fold.
func BenchmarkDecideApply(b *testing.B) {
	b.ReportAllocs()
	m, at := inStage(b, StageHandle)
	p := BeijingPolicy()
	c := Command{Kind: CmdReportProgress, Matter: matter, Actor: pm, Details: Details{Percent: 50}}
	now := day(at)
	cpu(b)
	for i := 0; b.Loop(); i++ {
		c.Percent = i % 101
		evs, err := Decide(m, c, now, p)
		if err != nil {
			b.Fatal(err)
		}
		if err := m.Apply(evs[0]); err != nil {
			b.Fatal(err)
		}
	}
}

// district returns the histories of n matters: each goes through every
// stage, with a vote of 40 members, a sending back and a reopening.
func district(b testing.TB, n int) [][]Event {
	p := BeijingPolicy()
	members := make([]string, 40)
	for i := range members {
		members[i] = fmt.Sprintf("rep-%d", i)
	}
	base := lifecycle()
	var steps []step
	for _, s := range base {
		switch s.cmd.Kind {
		case CmdOpenVote:
			s.cmd.Members = members
			steps = append(steps, s)
			for i, id := range members {
				ch := governance.Agree
				if i%5 == 0 {
					ch = governance.Oppose
				}
				steps = append(steps, step{2, Command{Kind: CmdCastBallot, Matter: matter, Actor: Actor{ID: id, Role: RoleRepresentative},
					Details: Details{Vote: "v1", Voter: id, Choice: ch, Form: FormMeeting}}})
			}
		case CmdCastBallot:
		case CmdAcceptWork:
			steps = append(steps,
				step{s.at, Command{Kind: CmdSendBack, Matter: matter, Actor: rep, Details: Details{Defects: []string{"not finished"}}}},
				step{s.at, Command{Kind: CmdClaimDone, Matter: matter, Actor: pm}},
				s)
		default:
			steps = append(steps, s)
		}
	}
	out := make([][]Event, n)
	for i := range out {
		id := fmt.Sprintf("m%06d", i)
		for j := range steps {
			steps[j].cmd.Matter = id
		}
		_, evs := run(b, p, steps)
		out[i] = evs
	}
	return out
}

// BenchmarkReplay replays 1,000,000 events: the histories of 1,000
// matters of 60 events each, replayed in turn until a million events are
// folded (each op is one million events).
func BenchmarkReplay(b *testing.B) {
	hs := district(b, 1000)
	b.ReportAllocs()
	cpu(b)
	for b.Loop() {
		n := 0
		for n < 1_000_000 {
			for _, h := range hs {
				if _, err := Replay(h); err != nil {
					b.Fatal(err)
				}
				n += len(h)
				if n >= 1_000_000 {
					break
				}
			}
		}
	}
}

// BenchmarkVerify recomputes the hash chain of 1,000,000 events.
func BenchmarkVerify(b *testing.B) {
	hs := district(b, 1000)
	b.ReportAllocs()
	cpu(b)
	for b.Loop() {
		n := 0
		for n < 1_000_000 {
			for _, h := range hs {
				if err := Verify(h); err != nil {
					b.Fatal(err)
				}
				n += len(h)
				if n >= 1_000_000 {
					break
				}
			}
		}
	}
}

// BenchmarkMetrics computes the metrics of 100,000 matters spread over
// levels, forms, categories and 500 platforms, with varied stage times.
func BenchmarkMetrics(b *testing.B) {
	m, _ := run(b, BeijingPolicy(), lifecycle())
	r := rand.New(rand.NewPCG(1, 2))
	ms := make([]Matter, 100_000)
	for i := range ms {
		x := m
		x.Scope = Level(1 + r.IntN(3))
		x.Form = Form(1 + r.IntN(3))
		x.Category = Category(1 + r.IntN(int(CategoryOther)))
		x.Platform = fmt.Sprintf("hall-%03d", r.IntN(500))
		x.Visits = make([]Visit, len(m.Visits))
		at := m.RaisedAt.Add(time.Duration(r.IntN(300*24)) * time.Hour)
		x.RaisedAt = at
		for j, v := range m.Visits {
			d := time.Duration(r.IntN(40*24)) * time.Hour
			x.Visits[j] = Visit{Stage: v.Stage, From: at, To: at.Add(d), Overdue: r.IntN(10) == 0}
			at = at.Add(d)
		}
		if r.IntN(4) == 0 {
			x.Closure, x.Stage = ClosureDeclined, StageClosed
		}
		ms[i] = x
	}
	p := BeijingPolicy()
	from, to := m.RaisedAt, m.RaisedAt.AddDate(1, 0, 0)
	b.ReportAllocs()
	cpu(b)
	for b.Loop() {
		_ = Metrics(ms, from, to, p)
	}
}

// BenchmarkTally counts a vote of 10,000 ballots, one per voter, as
// closing the vote does.
func BenchmarkTally(b *testing.B) {
	const n = 10_000
	b.Run("owners_278", func(b *testing.B) {
		v := owners(n)
		v.Rule.Matter = governance.MatterRebuild
		ch := make([]governance.Choice, n)
		for i := range ch {
			ch[i] = governance.Choice(1 + i%3)
		}
		v.cast(ch...)
		b.ReportAllocs()
		cpu(b)
		for b.Loop() {
			if t := tally(&v); t.Agree+t.Oppose+t.Abstain != n {
				b.Fatal(DescribeTally(t))
			}
		}
	})
	b.Run("majority_cast", func(b *testing.B) {
		v := Vote{Rule: ruleOf(RuleMajorityCast), counted: map[string]int{}}
		for i := range n {
			id := fmt.Sprintf("m%d", i)
			v.Members = append(v.Members, id)
			v.counted[id] = i
			v.Ballots = append(v.Ballots, BallotRecord{Voter: id, Choice: governance.Choice(1 + i%3), Counted: true})
		}
		b.ReportAllocs()
		cpu(b)
		for b.Loop() {
			if t := tally(&v); t.Agree+t.Oppose+t.Abstain != n {
				b.Fatal(DescribeTally(t))
			}
		}
	})
}
