package governance

import (
	"fmt"
)

// OwnersMatter is one of the matters that Civil Code art. 278 ¶1 reserves to
// the owners jointly. The zero OwnersMatter is not valid.
type OwnersMatter uint8

// The matters of Civil Code art. 278 ¶1, items (1) to (9).
const (
	MatterAssemblyRules     OwnersMatter = 1 + iota // (1) 制定和修改业主大会议事规则
	MatterManagementRules                           // (2) 制定和修改管理规约
	MatterCommitteeElection                         // (3) 选举业主委员会或者更换业主委员会成员
	MatterPropertyService                           // (4) 选聘和解聘物业服务企业或者其他管理人
	MatterUseFund                                   // (5) 使用建筑物及其附属设施的维修资金
	MatterRaiseFund                                 // (6) 筹集建筑物及其附属设施的维修资金
	MatterRebuild                                   // (7) 改建、重建建筑物及其附属设施
	MatterCommonPartsUse                            // (8) 改变共有部分的用途或者利用共有部分从事经营活动
	MatterOtherMajor                                // (9) 有关共有和共同管理权利的其他重大事项
)

var ownersMatterText = [...]struct{ code, zh string }{
	MatterAssemblyRules:     {"assembly_rules", "制定和修改业主大会议事规则"},
	MatterManagementRules:   {"management_rules", "制定和修改管理规约"},
	MatterCommitteeElection: {"committee_election", "选举业主委员会或者更换业主委员会成员"},
	MatterPropertyService:   {"property_service", "选聘和解聘物业服务企业或者其他管理人"},
	MatterUseFund:           {"use_maintenance_fund", "使用建筑物及其附属设施的维修资金"},
	MatterRaiseFund:         {"raise_maintenance_fund", "筹集建筑物及其附属设施的维修资金"},
	MatterRebuild:           {"rebuild", "改建、重建建筑物及其附属设施"},
	MatterCommonPartsUse:    {"common_parts_use", "改变共有部分的用途或者利用共有部分从事经营活动"},
	MatterOtherMajor:        {"other_major", "有关共有和共同管理权利的其他重大事项"},
}

// IsValid reports whether m is one of the nine matters.
func (m OwnersMatter) IsValid() bool { return m >= MatterAssemblyRules && m <= MatterOtherMajor }

// Special reports whether m needs the special majority of three quarters:
// items (6) to (8) of Civil Code art. 278 ¶1. Using the maintenance fund,
// item (5), needs only the ordinary majority under the Civil Code, whatever
// the older State Council regulation art. 12 said.
func (m OwnersMatter) Special() bool {
	return m == MatterRaiseFund || m == MatterRebuild || m == MatterCommonPartsUse
}

// String returns the stable English code, such as "raise_maintenance_fund".
func (m OwnersMatter) String() string {
	if !m.IsValid() {
		return fmt.Sprintf("%%!OwnersMatter(%d)", uint8(m))
	}
	return ownersMatterText[m].code
}

// Label returns the Chinese wording of the item in Civil Code art. 278 ¶1.
func (m OwnersMatter) Label() string {
	if !m.IsValid() {
		return m.String()
	}
	return ownersMatterText[m].zh
}

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (m OwnersMatter) MarshalText() ([]byte, error) {
	if m == 0 {
		return []byte{}, nil
	}
	if !m.IsValid() {
		return nil, fmt.Errorf("governance: invalid OwnersMatter %d", uint8(m))
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (m *OwnersMatter) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*m = 0
		return nil
	}
	for v := MatterAssemblyRules; v <= MatterOtherMajor; v++ {
		if ownersMatterText[v].code == string(text) {
			*m = v
			return nil
		}
	}
	return &UnknownTextError{Type: "OwnersMatter", Text: string(text)}
}

// Choice is an owner's vote on a matter. The zero Choice is not valid.
type Choice uint8

// The choices. An abstention participates in the vote (参与表决) but does not
// agree.
const (
	Agree   Choice = 1 + iota // 同意
	Oppose                    // 反对
	Abstain                   // 弃权
)

var choiceText = [...]struct{ code, zh string }{
	Agree:   {"agree", "同意"},
	Oppose:  {"oppose", "反对"},
	Abstain: {"abstain", "弃权"},
}

// IsValid reports whether c is a defined choice.
func (c Choice) IsValid() bool { return c >= Agree && c <= Abstain }

// String returns the stable English code, such as "agree".
func (c Choice) String() string {
	if !c.IsValid() {
		return fmt.Sprintf("%%!Choice(%d)", uint8(c))
	}
	return choiceText[c].code
}

// Label returns the Chinese name, such as "同意".
func (c Choice) Label() string {
	if !c.IsValid() {
		return c.String()
	}
	return choiceText[c].zh
}

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (c Choice) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	if !c.IsValid() {
		return nil, fmt.Errorf("governance: invalid Choice %d", uint8(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Choice) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	for v := Agree; v <= Abstain; v++ {
		if choiceText[v].code == string(text) {
			*c = v
			return nil
		}
	}
	return &UnknownTextError{Type: "Choice", Text: string(text)}
}

// Ballot is one voter's choice. Voter is a [Voter] ID of the electorate
// (an owner ID, or [DeveloperVoter]).
type Ballot struct {
	Voter  string `json:"voter"`
	Choice Choice `json:"choice"`
}

// Threshold is a share together with the rule it comes from.
type Threshold struct {
	Share  Share  `json:"share"`
	Source Source `json:"source"`
}

// AssemblyRule is the decision rule of an owners' assembly: a participation
// quorum over the total, and the ordinary and special majorities over those
// participating, each applied to area and to heads alike.
type AssemblyRule struct {
	Participation Threshold `json:"participation"` // of total area and of total heads
	Ordinary      Threshold `json:"ordinary"`      // of participating area and heads, items (1)–(5), (9)
	Special       Threshold `json:"special"`       // of participating area and heads, items (6)–(8)
}

// CivilCode278 returns the owners' assembly rule of Civil Code art. 278 ¶2,
// with the boundaries of art. 1259: participation by owners of at least two
// thirds of the exclusive area and at least two thirds of the owners;
// agreement of more than half of the participating area and heads, or of at
// least three quarters of both for items (6) to (8). The rule is national
// law: a policy may make it stricter, never looser. It returns a fresh value.
func CivilCode278() AssemblyRule {
	src := civilCode("art. 278 ¶2; art. 1259")
	return AssemblyRule{
		Participation: Threshold{Share: AtLeast(2, 3), Source: src},
		Ordinary:      Threshold{Share: MoreThan(1, 2), Source: src},
		Special:       Threshold{Share: AtLeast(3, 4), Source: src},
	}
}

// Covers reports whether r is at least as demanding as s in each of its
// three thresholds.
func (r AssemblyRule) Covers(s AssemblyRule) bool {
	return r.Participation.Share.Covers(s.Participation.Share) &&
		r.Ordinary.Share.Covers(s.Ordinary.Share) &&
		r.Special.Share.Covers(s.Special.Share)
}

// Majority returns the majority threshold that applies to matter m.
func (r AssemblyRule) Majority(m OwnersMatter) Threshold {
	if m.Special() {
		return r.Special
	}
	return r.Ordinary
}

// Outcome is the result of a tally. The zero Outcome is not valid.
type Outcome uint8

// The outcomes of a tally.
const (
	Passed      Outcome = 1 + iota // quorum and majority met by area and by head
	NoQuorum                       // too few owners took part, by area or by head
	MajorityNot                    // quorum met, but too few agreed, by area or by head
)

var outcomeText = [...]struct{ code, zh string }{
	Passed:      {"passed", "通过"},
	NoQuorum:    {"no_quorum", "参与表决人数或面积不足"},
	MajorityNot: {"majority_not_met", "同意人数或面积不足"},
}

// String returns the stable English code, such as "passed".
func (o Outcome) String() string {
	if o < Passed || o > MajorityNot {
		return fmt.Sprintf("%%!Outcome(%d)", uint8(o))
	}
	return outcomeText[o].code
}

// Label returns the Chinese name.
func (o Outcome) Label() string {
	if o < Passed || o > MajorityNot {
		return o.String()
	}
	return outcomeText[o].zh
}

// MarshalText implements [encoding.TextMarshaler].
func (o Outcome) MarshalText() ([]byte, error) {
	if o == 0 {
		return []byte{}, nil
	}
	if o > MajorityNot {
		return nil, fmt.Errorf("governance: invalid Outcome %d", uint8(o))
	}
	return []byte(o.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (o *Outcome) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*o = 0
		return nil
	}
	for v := Passed; v <= MajorityNot; v++ {
		if outcomeText[v].code == string(text) {
			*o = v
			return nil
		}
	}
	return &UnknownTextError{Type: "Outcome", Text: string(text)}
}

// Tally is the counted result of an owners' vote, with the margin explained:
// how many more heads and how much more area each threshold needed.
type Tally struct {
	Matter        OwnersMatter `json:"matter"`
	Rule          AssemblyRule `json:"rule"`
	Total         Count        `json:"total"`
	Participating Count        `json:"participating"` // agree + oppose + abstain
	Agreeing      Count        `json:"agreeing"`
	Opposing      Count        `json:"opposing"`
	Abstaining    Count        `json:"abstaining"`
	Outcome       Outcome      `json:"outcome"`
	// QuorumShort is how many more participating area and heads the quorum
	// needed; zero in both when it was met.
	QuorumShort Count `json:"quorum_short"`
	// MajorityShort is how many more agreeing area and heads the majority
	// needed among those who participated; zero in both when it was met.
	MajorityShort Count `json:"majority_short"`
}

// TallyCounts decides an owners' vote from counts already made: the total
// of the electorate, and the agreeing, opposing and abstaining area and
// heads. Counts must be non-negative and the participants no more than the
// total; otherwise TallyCounts returns an error and no tally.
func (r AssemblyRule) TallyCounts(m OwnersMatter, total, agree, oppose, abstain Count) (Tally, error) {
	if !m.IsValid() {
		return Tally{}, fmt.Errorf("governance: tally of invalid owners' matter %d", uint8(m))
	}
	for _, c := range []Count{total, agree, oppose, abstain} {
		if c.Area < 0 || c.Heads < 0 {
			return Tally{}, fmt.Errorf("governance: tally with negative count %+v", c)
		}
	}
	part := Count{Area: agree.Area + oppose.Area + abstain.Area, Heads: agree.Heads + oppose.Heads + abstain.Heads}
	if part.Area < agree.Area || part.Heads < agree.Heads || part.Area > total.Area || part.Heads > total.Heads {
		return Tally{}, fmt.Errorf("governance: participation %+v exceeds the total %+v", part, total)
	}
	t := Tally{Matter: m, Rule: r, Total: total, Participating: part, Agreeing: agree, Opposing: oppose, Abstaining: abstain}
	t.QuorumShort = shortfall(r.Participation.Share, part, total)
	maj := r.Majority(m).Share
	t.MajorityShort = shortfall(maj, agree, part)
	switch {
	case !r.Participation.Share.Met(int64(part.Area), int64(total.Area)) || !r.Participation.Share.Met(part.Heads, total.Heads):
		t.Outcome = NoQuorum
	case !maj.Met(int64(agree.Area), int64(part.Area)) || !maj.Met(agree.Heads, part.Heads):
		t.Outcome = MajorityNot
	default:
		t.Outcome = Passed
	}
	return t, nil
}

// shortfall returns how much more of part each dimension needs to meet s
// out of whole; a dimension that can never be met (an empty whole) reports
// the whole itself plus one, so that the shortfall is never read as zero.
func shortfall(s Share, part, whole Count) Count {
	a := s.Shortfall(int64(part.Area), int64(whole.Area))
	if a < 0 {
		a = int64(whole.Area) - int64(part.Area) + 1
	}
	h := s.Shortfall(part.Heads, whole.Heads)
	if h < 0 {
		h = whole.Heads - part.Heads + 1
	}
	return Count{Area: Area(a), Heads: h}
}

// Tally counts ballots cast by the electorate's voters on matter m under
// rule r. Each voter may cast one ballot; merging ballots from several
// channels into one per voter is the caller's job. An unknown voter, a
// repeated voter or an invalid choice is reported in the returned report,
// with no tally.
func (e *Electorate) Tally(r AssemblyRule, m OwnersMatter, ballots []Ballot) (Tally, Report) {
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
	var counts [Abstain + 1]Count
	var voters []Voter
	if e != nil {
		voters = e.voters
	}
	// seen[k] is 1 + the index of the ballot that voter k cast, 0 if none.
	seen := make([]int, len(voters))
	for i := range ballots {
		b := &ballots[i]
		k, ok := -1, false
		if e != nil {
			k, ok = e.find(b.Voter)
		}
		switch {
		case !ok:
			add(i, CodeBallotUnknownVoter, fmt.Sprintf("voter %q is not an owner of this area", b.Voter),
				fmt.Sprintf("投票人 %q 不是本物业管理区域的业主", b.Voter))
			continue
		case seen[k] > 0:
			add(i, CodeBallotDuplicate, fmt.Sprintf("voter %q already voted in ballots[%d]", b.Voter, seen[k]-1),
				fmt.Sprintf("投票人 %q 已在 ballots[%d] 投票", b.Voter, seen[k]-1))
			continue
		case !b.Choice.IsValid():
			add(i, CodeBallotChoice, "ballot has no valid choice", "选票没有有效的表决意见")
			continue
		}
		seen[k] = i + 1
		counts[b.Choice].Area += voters[k].Area
		counts[b.Choice].Heads++
	}
	rep.sort()
	if rep.Err() != nil {
		return Tally{}, rep
	}
	t, err := r.TallyCounts(m, e.Total(), counts[Agree], counts[Oppose], counts[Abstain])
	if err != nil { // unreachable for counts built from the electorate
		rep.Findings = append(rep.Findings, Finding{Code: CodeMatterInvalid, Severity: SeverityError, Path: "ballots",
			Message: err.Error(), MessageZH: "计票数据无效"})
		return Tally{}, rep
	}
	return t, rep
}

// ParseOwnersMatter parses a matter from its stable English code, such as
// "raise_maintenance_fund".
func ParseOwnersMatter(text string) (OwnersMatter, error) {
	var m OwnersMatter
	if text == "" {
		return 0, &UnknownTextError{Type: "OwnersMatter", Text: text}
	}
	err := m.UnmarshalText([]byte(text))
	return m, err
}

// ParseChoice parses a choice from its stable English code, such as "agree".
func ParseChoice(text string) (Choice, error) {
	var c Choice
	if text == "" {
		return 0, &UnknownTextError{Type: "Choice", Text: text}
	}
	err := c.UnmarshalText([]byte(text))
	return c, err
}

// IsValid reports whether o is a defined outcome.
func (o Outcome) IsValid() bool { return o >= Passed && o <= MajorityNot }

// ParseOutcome parses an outcome from its stable English code, such as
// "passed".
func ParseOutcome(text string) (Outcome, error) {
	var o Outcome
	if text == "" {
		return 0, &UnknownTextError{Type: "Outcome", Text: text}
	}
	err := o.UnmarshalText([]byte(text))
	return o, err
}
