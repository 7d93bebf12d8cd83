package store_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/shequ/shequ/examples/internal/store"
)

// TestConcurrentWritersOneWinnerPerSeq lets several writers, each with its
// own connection pool as if in its own process, race for every sequence
// number of one matter: exactly one wins each round and the others get
// ErrConflict.
func TestConcurrentWritersOneWinnerPerSeq(t *testing.T) {
	ctx := context.Background()
	_, path := open(t)
	const writers, rounds = 6, 15
	stores := make([]*store.Store, writers)
	for i := range stores {
		s, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	for round := range int64(rounds) {
		var wg sync.WaitGroup
		start := make(chan struct{})
		errs := make([]error, writers)
		for w := range writers {
			wg.Go(func() {
				<-start
				payload := json.RawMessage(fmt.Sprintf(`{"writer":%d,"round":%d}`, w, round))
				_, errs[w] = stores[w].Append(ctx, "m", 2*round, []store.NewEvent{
					{Kind: "a", Payload: payload, RecordedAt: t0},
					{Kind: "b", Payload: payload, RecordedAt: t0},
				})
			})
		}
		close(start)
		wg.Wait()
		winners := 0
		for w, err := range errs {
			switch {
			case err == nil:
				winners++
			case !errors.Is(err, store.ErrConflict):
				t.Fatalf("round %d writer %d: Append = %v; want success or ErrConflict", round, w, err)
			}
		}
		if winners != 1 {
			t.Fatalf("round %d: %d writers won; want exactly 1", round, winners)
		}
		evs, err := stores[0].Events(ctx, "m")
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != int(2*(round+1)) {
			t.Fatalf("after round %d the stream has %d events; want %d", round, len(evs), 2*(round+1))
		}
	}
	evs, err := stores[0].Events(ctx, "m")
	if err != nil {
		t.Fatal(err)
	}
	if err := store.VerifyChain(evs); err != nil {
		t.Errorf("VerifyChain after the race: %v", err)
	}
	for i := 0; i < len(evs); i += 2 {
		if string(evs[i].Payload) != string(evs[i+1].Payload) {
			t.Errorf("events %d and %d come from different appends: %s, %s; an append was split", evs[i].Seq, evs[i+1].Seq, evs[i].Payload, evs[i+1].Payload)
		}
	}
}

// TestConcurrentWritersRetryLoseNothing has writers append with the usual
// read-decide-append loop, retrying on conflict: every event is stored
// exactly once.
func TestConcurrentWritersRetryLoseNothing(t *testing.T) {
	ctx := context.Background()
	s, path := open(t)
	const writers, each = 4, 10
	var wg sync.WaitGroup
	var mu sync.Mutex
	conflicts := 0
	for w := range writers {
		ws, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer ws.Close()
		wg.Go(func() {
			for i := 0; i < each; {
				evs, err := ws.Events(ctx, "m")
				if err != nil {
					t.Error(err)
					return
				}
				payload := json.RawMessage(fmt.Sprintf(`{"w":%d,"i":%d}`, w, i))
				_, err = ws.Append(ctx, "m", int64(len(evs)), []store.NewEvent{{Kind: "e", Payload: payload, RecordedAt: t0}})
				switch {
				case err == nil:
					i++
				case errors.Is(err, store.ErrConflict):
					mu.Lock()
					conflicts++
					mu.Unlock()
				default:
					t.Errorf("writer %d: %v", w, err)
					return
				}
			}
		})
	}
	wg.Wait()
	evs, err := s.Events(ctx, "m")
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != writers*each {
		t.Errorf("stream has %d events; want %d", len(evs), writers*each)
	}
	seen := map[string]bool{}
	for _, e := range evs {
		if seen[string(e.Payload)] {
			t.Errorf("event %s stored twice", e.Payload)
		}
		seen[string(e.Payload)] = true
	}
	if err := store.VerifyChain(evs); err != nil {
		t.Errorf("VerifyChain: %v", err)
	}
	t.Logf("%d conflicts retried", conflicts)
}

// childEnv names the database a child process appends to; see TestMain.
const childEnv = "SHEQU_STORE_TEST_CHILD_DB"

func TestMain(m *testing.M) {
	if path := os.Getenv(childEnv); path != "" {
		os.Exit(appendForever(path))
	}
	os.Exit(m.Run())
}

// batch is the number of events per append in the kill test.
const batch = 3

// appendForever appends batches to matter "m" and prints "ack N" after each
// commit, N being the last acknowledged sequence number, until killed or its
// parent stops reading.
func appendForever(path string) int {
	s, err := store.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ctx := context.Background()
	for seq := int64(0); seq < 1_000_000; seq += batch {
		var evs []store.NewEvent
		for i := range int64(batch) {
			evs = append(evs, store.NewEvent{Kind: "e", Payload: json.RawMessage(fmt.Sprintf(`{"n":%d}`, seq+i+1)), RecordedAt: t0})
		}
		if _, err := s.Append(ctx, "m", seq, evs); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		if _, err := fmt.Printf("ack %d\n", seq+batch); err != nil {
			return 1 // the parent has gone
		}
	}
	return 0
}

// TestKilledWriterLosesNoAcknowledgedEvent runs a child process that appends
// batches, kills it with SIGKILL in the middle of its stream, and checks that
// every event it acknowledged is in the reopened database, that no batch is
// half-written, and that the chain verifies.
func TestKilledWriterLosesNoAcknowledgedEvent(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	_, path := open(t)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+path)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	var acked int64
	const killAfter = 40 // acknowledged batches
	for n := 0; sc.Scan(); n++ {
		seq, err := strconv.ParseInt(strings.TrimPrefix(sc.Text(), "ack "), 10, 64)
		if err != nil {
			t.Fatalf("child said %q", sc.Text())
		}
		acked = seq
		if n+1 == killAfter {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
		}
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("child ended with %v (stderr %q); want killed by SIGKILL", err, stderr.String())
	}
	if acked < killAfter*batch {
		t.Fatalf("child acknowledged only up to %d", acked)
	}

	s, err := store.Open(path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	evs, err := s.Events(context.Background(), "m")
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(evs)) < acked {
		t.Errorf("after the kill the stream has %d events; the child acknowledged %d", len(evs), acked)
	}
	if len(evs)%batch != 0 {
		t.Errorf("stream has %d events, not a multiple of %d: a batch was half-written", len(evs), batch)
	}
	for i, e := range evs {
		if want := fmt.Sprintf(`{"n":%d}`, i+1); string(e.Payload) != want {
			t.Errorf("event %d payload %s; want %s", e.Seq, e.Payload, want)
			break
		}
	}
	if err := store.VerifyChain(evs); err != nil {
		t.Errorf("chain after the kill: %v", err)
	}
	t.Logf("child acknowledged %d, store holds %d", acked, len(evs))
}
