package deliberation

import (
	"github.com/shequ/shequ/governance"
)

// RuleKind names a decision rule. The zero RuleKind is not valid.
type RuleKind uint8

// The decision rules a vote may use. Which rule a matter needs is the
// choice of whoever opens the vote (under the body's rules of procedure);
// owners' matters under Civil Code art. 278 must use [RuleOwners278].
const (
	// RuleConsensus passes when at least one member agrees and none
	// objects (无异议); abstentions do not block. Our design after the
	// Huixinli story, where the fire-exit idea "reached consensus".
	RuleConsensus RuleKind = 1 + iota
	// RuleMajorityCast passes when more than half of the votes cast agree,
	// abstentions and blanks excluded (RONR, "majority vote"). A tie fails.
	RuleMajorityCast
	// RuleTwoThirds passes when at least two thirds of the votes cast agree,
	// abstentions excluded (RONR, "two-thirds vote").
	RuleTwoThirds
	// RuleMajorityMembers passes when more than half of all members
	// eligible to vote agree, whether or not they vote.
	RuleMajorityMembers
	// RuleOwners278 is the owners' decision of Civil Code art. 278 ¶2,
	// counted by area and by head with [governance.Electorate].
	RuleOwners278
)

var ruleKindText = [...]textEntry{
	RuleConsensus:       {"consensus", "协商一致（无异议）"},
	RuleMajorityCast:    {"majority_cast", "过半数（以投票数计，弃权不计）"},
	RuleTwoThirds:       {"two_thirds", "三分之二以上（以投票数计）"},
	RuleMajorityMembers: {"majority_members", "全体成员过半数"},
	RuleOwners278:       {"owners_278", "业主共同决定（民法典第二百七十八条）"},
}

// IsValid reports whether k is a defined rule kind.
func (k RuleKind) IsValid() bool { return k >= RuleConsensus && k <= RuleOwners278 }

// String returns the stable English code, such as "two_thirds".
func (k RuleKind) String() string { return enumString(ruleKindText[:], int(k), "RuleKind") }

// Label returns the Chinese name.
func (k RuleKind) Label() string { return enumLabel(ruleKindText[:], int(k), "RuleKind") }

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (k RuleKind) MarshalText() ([]byte, error) {
	return enumMarshal(ruleKindText[:], int(k), "RuleKind")
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *RuleKind) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(ruleKindText[:], text, "RuleKind")
	if err == nil {
		*k = RuleKind(v)
	}
	return err
}

// ParseRuleKind parses a rule kind from its stable English code.
func ParseRuleKind(text string) (RuleKind, error) {
	v, err := enumParse(ruleKindText[:], text, "RuleKind")
	return RuleKind(v), err
}

// DecisionRule is a decision rule with its exact thresholds and sources.
// When a vote opens, the rule the policy gives for its kind is copied into
// the vote-opened event: the rule is frozen, and a later change of policy
// never changes a vote already open or counted.
type DecisionRule struct {
	Kind RuleKind `json:"kind"`
	// Pass is the share of agreeing votes needed: of votes cast for
	// [RuleMajorityCast] and [RuleTwoThirds], of members for
	// [RuleMajorityMembers]. Unused by [RuleConsensus] and [RuleOwners278].
	Pass governance.Share `json:"pass,omitzero"`
	// Quorum is the share of members who must take part (agree, oppose or
	// abstain) for a vote of members to count; the zero Share means no
	// quorum. Unused by [RuleOwners278], whose quorum is in Assembly.
	Quorum governance.Share `json:"quorum,omitzero"`
	// Assembly and Matter are the owners' rule and the art. 278 item, for
	// [RuleOwners278] only.
	Assembly governance.AssemblyRule `json:"assembly,omitzero"`
	Matter   governance.OwnersMatter `json:"owners_matter,omitzero"`
	Source   governance.Source       `json:"source,omitzero"`
}

// robertsRules is the source of the rules on votes cast.
func robertsRules(section string) governance.Source {
	return governance.Source{
		Document: "Robert's Rules of Order Newly Revised, 12th ed.",
		Article:  section,
		Level:    governance.LevelGuidance,
		Verified: governance.VerifiedPartial,
	}
}

// ourDesign is the source of the rules this package sets as policy,
// without a legal text behind them.
func ourDesign(what string) governance.Source {
	return governance.Source{
		Document: "shequ deliberation policy (our design; no legal source)",
		Article:  what,
		Level:    governance.LevelChaoyangPractice,
		Verified: governance.Unverified,
	}
}

// DefaultRules returns the decision rules of the Beijing policy, one per
// kind, in kind order. It returns a fresh slice.
func DefaultRules() []DecisionRule {
	quorum := governance.MoreThan(1, 2)
	return []DecisionRule{
		{Kind: RuleConsensus, Quorum: quorum, Source: ourDesign("consensus: no objection; quorum > 1/2 of members as RONR 3:3")},
		{Kind: RuleMajorityCast, Pass: governance.MoreThan(1, 2), Quorum: quorum, Source: robertsRules("1:6, 44:1 (majority of votes cast); 3:3 quorum (as quoted, unverified against the book)")},
		{Kind: RuleTwoThirds, Pass: governance.AtLeast(2, 3), Quorum: quorum, Source: robertsRules("44:3 (two-thirds vote; unverified against the book)")},
		{Kind: RuleMajorityMembers, Pass: governance.MoreThan(1, 2), Source: robertsRules("44:9 (majority of the entire membership; unverified against the book)")},
		{Kind: RuleOwners278, Assembly: governance.CivilCode278(), Source: governance.Source{
			Document: governance.DocCivilCode, Article: "art. 278 ¶2; art. 1259",
			Level: governance.LevelNationalLaw, Verified: governance.VerifiedText,
		}},
	}
}

// Tally is the counted result of a vote, with its margin explained. Heads
// count members, or owners under [RuleOwners278]; the area fields are set
// for owners' votes only.
type Tally struct {
	Rule    RuleKind           `json:"rule"`
	Outcome governance.Outcome `json:"outcome"`
	// Eligible is the number of members entitled to vote (recused members
	// excluded), or the owners' total heads.
	Eligible int64 `json:"eligible"`
	// Agree, Oppose and Abstain count the counted ballots (one per voter
	// after the channel merge).
	Agree   int64 `json:"agree"`
	Oppose  int64 `json:"oppose"`
	Abstain int64 `json:"abstain"`
	// Tie is set when as many agreed as opposed (for owners, by heads or by
	// area): a tie fails, whatever the rule's shares.
	Tie bool `json:"tie,omitempty"`
	// TotalArea, AgreeArea, OpposeArea and AbstainArea are the owners'
	// exclusive areas (owners' votes only).
	TotalArea   governance.Area `json:"total_area,omitempty"`
	AgreeArea   governance.Area `json:"agree_area,omitempty"`
	OpposeArea  governance.Area `json:"oppose_area,omitempty"`
	AbstainArea governance.Area `json:"abstain_area,omitempty"`
	// QuorumShort is how many more participants (heads, and area for
	// owners) the quorum needed; zero when it was met.
	QuorumShort governance.Count `json:"quorum_short,omitzero"`
	// MajorityShort is how many more agreeing votes (heads, and area for
	// owners) the rule needed with the same participation; zero when it was
	// met. For consensus it is the number of objections to be withdrawn; for
	// a vote with nobody taking part it is 1.
	MajorityShort governance.Count `json:"majority_short,omitzero"`
}

// Passed reports whether the vote passed.
func (t Tally) Passed() bool { return t.Outcome == governance.Passed }

// tallyMembers decides a vote of members (every rule but owners') from
// counts: eligible members, and the agreeing, opposing and abstaining
// counted ballots. It is exact: every comparison is in integers.
func tallyMembers(r DecisionRule, eligible, agree, oppose, abstain int64) Tally {
	t := Tally{Rule: r.Kind, Eligible: eligible, Agree: agree, Oppose: oppose, Abstain: abstain}
	t.Tie = agree == oppose && agree > 0
	part := agree + oppose + abstain
	quorumMet := true
	if r.Quorum.IsValid() && r.Kind != RuleMajorityMembers {
		quorumMet = r.Quorum.Met(part, eligible)
		if !quorumMet {
			short := r.Quorum.Shortfall(part, eligible)
			if short < 0 {
				short = eligible - part + 1
			}
			t.QuorumShort.Heads = short
		}
	}
	var met bool
	switch r.Kind {
	case RuleConsensus:
		met = agree > 0 && oppose == 0
		switch {
		case oppose > 0:
			t.MajorityShort.Heads = oppose
		case agree == 0:
			t.MajorityShort.Heads = 1
		}
	case RuleMajorityCast, RuleTwoThirds:
		cast := agree + oppose
		met = r.Pass.Met(agree, cast)
		if !met {
			t.MajorityShort.Heads = shortOf(r.Pass, agree, cast)
		}
	case RuleMajorityMembers:
		met = r.Pass.Met(agree, eligible)
		if !met {
			t.MajorityShort.Heads = shortOf(r.Pass, agree, eligible)
		}
	}
	if met && t.Tie { // a share such as AtLeast(1, 2) would pass a tie
		met = false
		t.MajorityShort.Heads = 1
	}
	switch {
	case !quorumMet:
		t.Outcome = governance.NoQuorum
	case !met:
		t.Outcome = governance.MajorityNot
	default:
		t.Outcome = governance.Passed
	}
	return t
}

// shortOf returns how many more of the whole would have had to agree for s
// to be met, the whole unchanged (votes turned from oppose or abstain to
// agree); it is at least 1 for an unmet share, even when the whole is empty.
func shortOf(s governance.Share, agree, whole int64) int64 {
	if n := s.Shortfall(agree, whole); n > 0 {
		return n
	}
	return 1
}

// fromOwners converts governance's owners' tally. A tie on heads or on
// area fails even under a rule whose shares would pass it; the margin is
// then one more head, or the least area (0.01 m²) more.
func fromOwners(g governance.Tally) Tally {
	headTie := g.Agreeing.Heads == g.Opposing.Heads && g.Agreeing.Heads > 0
	areaTie := g.Agreeing.Area == g.Opposing.Area && g.Agreeing.Area > 0
	if g.Outcome == governance.Passed && (headTie || areaTie) {
		g.Outcome = governance.MajorityNot
		if headTie {
			g.MajorityShort.Heads = 1
		}
		if areaTie {
			g.MajorityShort.Area = 1
		}
	}
	return Tally{
		Rule:          RuleOwners278,
		Outcome:       g.Outcome,
		Eligible:      g.Total.Heads,
		Agree:         g.Agreeing.Heads,
		Oppose:        g.Opposing.Heads,
		Abstain:       g.Abstaining.Heads,
		Tie:           headTie || areaTie,
		TotalArea:     g.Total.Area,
		AgreeArea:     g.Agreeing.Area,
		OpposeArea:    g.Opposing.Area,
		AbstainArea:   g.Abstaining.Area,
		QuorumShort:   g.QuorumShort,
		MajorityShort: g.MajorityShort,
	}
}
