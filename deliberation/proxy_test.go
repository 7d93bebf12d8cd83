package deliberation

import (
	"slices"
	"testing"
	"time"

	"github.com/shequ/shequ/governance"
)

// TestProxyChecks casts a ballot by proxy on a vote of members: a proxy
// with every fault at once gets every fault listed, and the validity
// period is inclusive at both ends and refused one nanosecond outside.
func TestProxyChecks(t *testing.T) {
	p := BeijingPolicy()
	m, _ := run(t, p, lifecycle()[:5]) // the vote v1 is open, on day 2
	now := day(2)
	agent := Actor{ID: "a9", Role: RoleResident}
	cast := func(actor Actor, px Proxy, at time.Time) error {
		c := Command{Kind: CmdCastBallot, Matter: matter, Actor: actor,
			Details: Details{Vote: "v1", Voter: "r1", Choice: governance.Agree, Form: FormMeeting, Proxy: &px}}
		_, err := Decide(m, c, at, p)
		return err
	}
	good := Proxy{Principal: "r1", Agent: "a9", Reference: "auth-1", From: now.Add(-time.Hour), Until: now.Add(time.Hour)}

	// Every fault at once: another agent, granted by someone else, no
	// reference, expired.
	bad := Proxy{Principal: "r2", Agent: "a8", From: now.Add(-2 * time.Hour), Until: now.Add(-time.Hour)}
	err := cast(agent, bad, now)
	r, ok := err.(*RefusedError)
	if !ok {
		t.Fatalf("bad proxy: %v, want a refusal", err)
	}
	var paths []string
	for _, pr := range r.Problems {
		if pr.Code == CodeProxyInvalid {
			paths = append(paths, pr.Path)
		}
	}
	want := []string{"proxy.agent", "proxy.principal", "proxy.reference", "proxy.until"}
	if !slices.Equal(paths, want) {
		t.Errorf("proxy faults at %v, want every one: %v", paths, want)
	}

	edges := []struct {
		name string
		at   time.Time
		ok   bool
	}{
		{"1ns before From", good.From.Add(-time.Nanosecond), false},
		{"at From", good.From, true},
		{"at Until", good.Until, true},
		{"1ns after Until", good.Until.Add(time.Nanosecond), false},
	}
	for _, e := range edges {
		err := cast(agent, good, e.at)
		if got := err == nil; got != e.ok {
			t.Errorf("%s: accepted %v (%v), want %v", e.name, got, err, e.ok)
		}
		if err != nil && !errorsIs(err, CodeProxyInvalid) {
			t.Errorf("%s: %v, want %s", e.name, err, CodeProxyInvalid)
		}
	}
}
