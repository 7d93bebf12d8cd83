package deliberation_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/shequ/shequ/deliberation"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestScenarios replays the scripts testdata/*.txt and compares what they
// print with testdata/*.golden. After an intended change of output, run
// `go test ./deliberation -run TestScenarios -update` and read the diff.
//
// A script is a list of directives, one per line:
//
//	# comment             copied to the output
//	policy {json}         overlays JSON on the Beijing policy
//	calendar {json}       sets the policy's calendar
//	at 2025-03-03T09:00:00+08:00   sets the time of the next commands
//	cmd {json}            decides a command and applies its events
//	due MATTER            lists what is due on a matter
//	state MATTER          describes a matter
//	verify MATTER         verifies the chain, round-trips it through JSON and replays it
//	metrics               prints the metrics of every matter of the script
func TestScenarios(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			got := runScenario(t, file)
			golden := strings.TrimSuffix(file, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("reading golden file (run with -update to create it): %v", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("scenario %s output differs from %s (-want +got):\n%s", name, golden, diff)
			}
		})
	}
}

type scenario struct {
	t       *testing.T
	policy  deliberation.Policy
	now     time.Time
	matters map[string]*deliberation.Matter
	events  map[string][]deliberation.Event
	order   []string
	out     bytes.Buffer
}

func runScenario(t *testing.T, file string) string {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := &scenario{t: t, policy: deliberation.BeijingPolicy(),
		matters: map[string]*deliberation.Matter{}, events: map[string][]deliberation.Event{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			fmt.Fprintln(&s.out, line)
			continue
		}
		verb, arg, _ := strings.Cut(line, " ")
		if err := s.do(verb, strings.TrimSpace(arg)); err != nil {
			t.Fatalf("%s:%d: %v", file, n, err)
		}
	}
	return s.out.String()
}

func (s *scenario) do(verb, arg string) error {
	switch verb {
	case "policy":
		return json.Unmarshal([]byte(arg), &s.policy)
	case "calendar":
		var c deliberation.Calendar
		if err := json.Unmarshal([]byte(arg), &c); err != nil {
			return err
		}
		if ps := c.Check(); len(ps) > 0 {
			return fmt.Errorf("calendar: %v", ps)
		}
		s.policy.Calendar = c
		fmt.Fprintf(&s.out, "calendar %s: %d holidays, %d make-up working days\n", c.Name, len(c.Holidays), len(c.Workdays))
	case "at":
		t, err := time.Parse(time.RFC3339, arg)
		if err != nil {
			return err
		}
		s.now = t
		fmt.Fprintf(&s.out, "at %s\n", arg)
	case "cmd":
		c, err := deliberation.ParseCommand([]byte(arg))
		if err != nil {
			return err
		}
		m := s.matters[c.Matter]
		if m == nil {
			m = new(deliberation.Matter)
		}
		fmt.Fprintf(&s.out, "> %s %s by %s\n", c.Kind, c.Matter, c.Actor)
		evs, err := deliberation.Decide(*m, c, s.now, s.policy)
		var refused *deliberation.RefusedError
		if errors.As(err, &refused) {
			fmt.Fprintf(&s.out, "  refused (%d):\n", len(refused.Problems))
			for _, p := range refused.Problems {
				fmt.Fprintf(&s.out, "    %s %s: %s / %s\n", string(p.Code), p.Path, p.Message, p.MessageZH)
			}
			return nil
		} else if err != nil {
			return err
		}
		for _, e := range evs {
			if err := m.Apply(e); err != nil {
				return fmt.Errorf("applying %s: %v", e.Kind, err)
			}
			fmt.Fprintf(&s.out, "  %s\n", deliberation.Describe(e))
		}
		if _, ok := s.matters[c.Matter]; !ok {
			s.matters[c.Matter] = m
			s.order = append(s.order, c.Matter)
		}
		s.events[c.Matter] = append(s.events[c.Matter], evs...)
	case "due":
		m, ok := s.matters[arg]
		if !ok {
			return fmt.Errorf("no matter %q", arg)
		}
		ds := deliberation.Due(*m, s.now)
		fmt.Fprintf(&s.out, "due %s: %d\n", arg, len(ds))
		for _, d := range ds {
			fmt.Fprintf(&s.out, "  %s vote=%q due=%s overdue=%v\n", d.Stage, d.Vote, d.Due.Format(time.RFC3339), d.Overdue)
		}
	case "state":
		m, ok := s.matters[arg]
		if !ok {
			return fmt.Errorf("no matter %q", arg)
		}
		s.out.WriteString(deliberation.DescribeMatter(*m))
	case "verify":
		return s.verify(arg)
	case "metrics":
		var ms []deliberation.Matter
		for _, id := range s.order {
			ms = append(ms, *s.matters[id])
		}
		r := deliberation.Metrics(ms, time.Time{}, s.now, s.policy)
		writeFigures(&s.out, "all", r.All)
		for _, g := range slices.Concat(r.ByLevel, r.ByForm, r.ByCategory, r.ByPlatform) {
			writeFigures(&s.out, g.Key, g.Figures)
		}
	default:
		return fmt.Errorf("unknown directive %q", verb)
	}
	return nil
}

// verify checks the stored chain, round-trips every event through its JSON
// payload and replays the decoded history to the same state.
func (s *scenario) verify(id string) error {
	evs := s.events[id]
	if err := deliberation.Verify(evs); err != nil {
		return err
	}
	decoded := make([]deliberation.Event, len(evs))
	for i, e := range evs {
		data, err := json.Marshal(e)
		if err != nil {
			return err
		}
		if decoded[i], err = deliberation.ParseEvent(data); err != nil {
			return err
		}
	}
	if err := deliberation.Verify(decoded); err != nil {
		return fmt.Errorf("after a JSON round trip: %v", err)
	}
	m, err := deliberation.Replay(decoded)
	if err != nil {
		return err
	}
	if got, want := deliberation.DescribeMatter(m), deliberation.DescribeMatter(*s.matters[id]); got != want {
		return fmt.Errorf("replayed state differs:\n%s\nwant:\n%s", got, want)
	}
	fmt.Fprintf(&s.out, "verified %s: %d events, head %.8s\n", id, len(evs), s.matters[id].Head)
	return nil
}

func writeFigures(w *bytes.Buffer, key string, f deliberation.Figures) {
	fmt.Fprintf(w, "metrics %s: matters=%d excluded=%d response=%s resolution=%s satisfaction=%s overdue=%s reopen=%s score=%d\n",
		key, f.Matters, f.Excluded, f.Response, f.Resolution, f.Satisfaction, f.Overdue, f.Reopen, f.Score)
	for _, st := range f.Stages {
		if st.Visits > 0 {
			fmt.Fprintf(w, "  %s visits=%d median=%s p90=%s\n", st.Stage, st.Visits, st.Median, st.P90)
		}
	}
}
