package main

import (
	"context"
	"errors"
	"flag"

	"github.com/shequ/shequ/examples/internal/store"
)

func matterCommand() *command {
	c := &command{
		name:  "matter",
		short: text{"drive matters through 集、议、办、督、评, stored in --db", "议题：集、议、办、督、评（存于 --db）"},
	}
	return c.add(
		&command{
			name: "verify", args: "[ID…]", maxArgs: -1,
			short: text{"verify the hash chain of matters (all when no ID is given)", "校验议题记录的哈希链（不给编号则校验全部）"},
			setup: func(fs *flag.FlagSet, e *env) func([]string) error {
				return func(ids []string) error { return e.verifyMatters(ids) }
			},
		},
	)
}

// verifyResult is one matter's chain check.
type verifyResult struct {
	Matter string `json:"matter"`
	Events int    `json:"events"`
	OK     bool   `json:"ok"`
	Seq    int64  `json:"broken_at,omitempty"`
	Reason string `json:"reason,omitempty"`
}

func (e *env) verifyMatters(ids []string) error {
	s, err := e.openStore()
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	if len(ids) == 0 {
		heads, err := s.Matters(ctx)
		if err != nil {
			return err
		}
		for _, h := range heads {
			ids = append(ids, h.Matter)
		}
	}
	var results []verifyResult
	var bad []problem
	for _, id := range ids {
		evs, err := s.Events(ctx, id)
		if err != nil {
			return err
		}
		if len(evs) == 0 {
			return inputErr(e.db, "matters."+id, "matter.not_found", tr("no matter %s", "没有议题 %s", id))
		}
		r := verifyResult{Matter: id, Events: len(evs), OK: true}
		var ce *store.ChainError
		if err := store.VerifyChain(evs); errors.As(err, &ce) {
			r.OK, r.Seq, r.Reason = false, ce.Seq, ce.Reason
			bad = append(bad, problem{File: e.db, Path: "matters." + id, Code: "matter.chain_broken",
				msg: tr("event %d: %s", "第 %d 个事件：哈希链断裂（%s）", ce.Seq, ce.Reason)})
		} else if err != nil {
			return err
		}
		results = append(results, r)
	}
	if e.json {
		writeJSON(e.stdout, results)
	} else {
		t := newTable(e.lang, text{"MATTER", "议题"}, text{"EVENTS", "事件数"}, text{"CHAIN", "哈希链"})
		for _, r := range results {
			status := text{"ok", "完好"}
			if !r.OK {
				status = tr("broken at event %d", "第 %d 个事件处断裂", r.Seq)
			}
			t.row(r.Matter, r.Events, status.in(e.lang))
		}
		t.write(e.stdout)
	}
	if len(bad) > 0 {
		for _, p := range bad {
			e.stderrLine(p.line(e.lang))
		}
		return failed{}
	}
	return nil
}
