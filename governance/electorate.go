package governance

import (
	"fmt"
	"slices"
	"strings"
)

// Area is an exclusive floor area (专有部分面积) in hundredths of a square
// metre, so that sums and comparisons are exact integers.
type Area int64

// SquareMetres returns a as a count of whole square metres and hundredths.
func SquareMetres(m, hundredths int64) Area { return Area(m*100 + hundredths) }

// String returns a in square metres with two decimals, such as "86.50m²".
func (a Area) String() string {
	sign := ""
	if a < 0 {
		sign, a = "-", -a
	}
	return fmt.Sprintf("%s%d.%02dm²", sign, int64(a)/100, int64(a)%100)
}

// Unit is one exclusive part (专有部分) of a building in a
// property-management area, with what the owners' vote rules need to count
// it. The zero Unit is not valid: it has neither an ID nor an area.
type Unit struct {
	ID string `json:"id"`
	// Owner is the opaque ID of the owner. Several units with one Owner
	// count as one head. It may be empty only when DeveloperHeld is set.
	Owner string `json:"owner,omitempty"`
	// DeveloperHeld marks a unit the developer has not sold, or has sold but
	// not delivered. All such units together count as one head
	// (SPC interpretation art. 9).
	DeveloperHeld bool `json:"developer_held,omitempty"`
	// The areas of SPC interpretation art. 8, in order of precedence: the
	// registered area; if none, the surveyed area; if none, the contract
	// area. Zero means not known.
	RegisteredArea Area `json:"registered_area,omitempty"`
	SurveyedArea   Area `json:"surveyed_area,omitempty"`
	ContractArea   Area `json:"contract_area,omitempty"`
}

// Area returns the unit's area as SPC interpretation art. 8 counts it: the
// registered area, else the surveyed area, else the area in the sales
// contract. It returns 0 when none is known.
func (u Unit) Area() Area {
	switch {
	case u.RegisteredArea > 0:
		return u.RegisteredArea
	case u.SurveyedArea > 0:
		return u.SurveyedArea
	default:
		return max(u.ContractArea, 0)
	}
}

// DeveloperVoter is the voter ID under which all developer-held units vote
// as one head (SPC interpretation art. 9). No owner may use this ID.
const DeveloperVoter = "developer"

// Count is an amount of owners counted both ways the Civil Code counts
// them: by exclusive area and by head.
type Count struct {
	Area  Area  `json:"area"`
	Heads int64 `json:"heads"`
}

// Voter is one head under SPC interpretation art. 9, with the total area of
// the units it holds.
type Voter struct {
	ID    string `json:"id"`
	Area  Area   `json:"area"`
	Units int    `json:"units"`
}

// Electorate is the owners of one property-management area counted by head
// and by area, as Civil Code art. 278 and SPC interpretation arts. 8–9
// require. Build it with [NewElectorate]; the zero Electorate has no voters.
type Electorate struct {
	voters []Voter          // sorted by ID
	index  map[string]int32 // voter ID → position in voters
	total  Count
}

// NewElectorate counts the owners of units. Each exclusive unit counts as
// one head, except that all developer-held units (unsold, or sold but not
// delivered) count together as one, and one owner of several units counts as
// one (SPC interpretation art. 9); each unit's area is counted by art. 8.
//
// Bad units (an empty or duplicate ID, no owner, no known area, a negative
// area, an owner named [DeveloperVoter]) are all reported in the returned
// report, and the Electorate is nil when the report has an error.
func NewElectorate(units []Unit) (*Electorate, Report) {
	var rep Report
	bad := func(i int, field string, code Code, src Source, en, zh string) {
		rep.Findings = append(rep.Findings, Finding{
			Code: code, Severity: SeverityError,
			Path:    fmt.Sprintf("units[%d]%s", i, field),
			Message: en, MessageZH: zh, Source: src,
		})
	}
	art8, art9 := spcBuildingArea("art. 8"), spcBuildingArea("art. 9")
	seen := make(map[string]int, len(units))
	// byOwner maps a voter ID to its position in voters, in order of first
	// appearance until the sort, in sorted order after it.
	byOwner := make(map[string]int32, len(units))
	voters := make([]Voter, 0, len(units))
	for i, u := range units {
		switch j, dup := seen[u.ID]; {
		case u.ID == "":
			bad(i, ".id", CodeUnitIDMissing, Source{}, "unit has no ID", "专有部分缺少编号")
		case dup:
			bad(i, ".id", CodeUnitDuplicate, Source{},
				fmt.Sprintf("unit ID %q repeats units[%d]", u.ID, j),
				fmt.Sprintf("专有部分编号 %q 与 units[%d] 重复", u.ID, j))
		default:
			seen[u.ID] = i
		}
		if u.RegisteredArea < 0 || u.SurveyedArea < 0 || u.ContractArea < 0 {
			bad(i, "", CodeUnitAreaNegative, art8, "unit has a negative area", "专有部分面积为负数")
		} else if u.Area() == 0 {
			bad(i, "", CodeUnitAreaMissing, art8,
				"unit has no registered, surveyed or contract area",
				"专有部分没有登记面积、测绘面积或合同面积")
		}
		id := u.Owner
		switch {
		case u.DeveloperHeld:
			id = DeveloperVoter
		case u.Owner == "":
			bad(i, ".owner", CodeUnitOwnerMissing, art9,
				"unit has no owner and is not held by the developer",
				"专有部分既无业主，也不属于建设单位未售或未交付部分")
			continue
		case u.Owner == DeveloperVoter:
			bad(i, ".owner", CodeUnitOwnerReserved, art9,
				fmt.Sprintf("owner ID %q is reserved for the developer's unsold units", DeveloperVoter),
				fmt.Sprintf("业主编号 %q 保留给建设单位未售部分", DeveloperVoter))
			continue
		}
		j, ok := byOwner[id]
		if !ok {
			j = int32(len(voters))
			byOwner[id] = j
			voters = append(voters, Voter{ID: id})
		}
		voters[j].Area += max(u.Area(), 0)
		voters[j].Units++
	}
	rep.sort()
	if rep.Err() != nil {
		return nil, rep
	}
	e := &Electorate{voters: voters, index: byOwner}
	if e.voters == nil {
		e.voters = []Voter{}
	}
	for _, v := range e.voters {
		e.total.Area += v.Area
	}
	slices.SortFunc(e.voters, func(a, b Voter) int { return strings.Compare(a.ID, b.ID) })
	for i, v := range e.voters {
		byOwner[v.ID] = int32(i)
	}
	e.total.Heads = int64(len(e.voters))
	return e, rep
}

// Total returns the total area and heads of the electorate.
func (e *Electorate) Total() Count {
	if e == nil {
		return Count{}
	}
	return e.total
}

// Voters returns the voters sorted by ID. The slice is a copy.
func (e *Electorate) Voters() []Voter {
	if e == nil {
		return nil
	}
	return slices.Clone(e.voters)
}

// Voter returns the voter with the given ID and whether there is one.
func (e *Electorate) Voter(id string) (Voter, bool) {
	if e == nil {
		return Voter{}, false
	}
	i, ok := e.find(id)
	if !ok {
		return Voter{}, false
	}
	return e.voters[i], true
}

// find returns the position of voter id in e.voters, and whether there is
// one; e is not nil.
func (e *Electorate) find(id string) (int, bool) {
	if e.index == nil { // not made by NewElectorate: the zero Electorate
		return slices.BinarySearchFunc(e.voters, id, func(v Voter, id string) int { return strings.Compare(v.ID, id) })
	}
	i, ok := e.index[id]
	return int(i), ok
}

// Codes of the electorate and the owners' assembly tally.
const (
	CodeUnitIDMissing      Code = "assembly.unit.id_missing"
	CodeUnitDuplicate      Code = "assembly.unit.duplicate"
	CodeUnitAreaNegative   Code = "assembly.unit.area_negative"
	CodeUnitAreaMissing    Code = "assembly.unit.area_missing"
	CodeUnitOwnerMissing   Code = "assembly.unit.owner_missing"
	CodeUnitOwnerReserved  Code = "assembly.unit.owner_reserved"
	CodeBallotUnknownVoter Code = "assembly.ballot.unknown_voter"
	CodeBallotDuplicate    Code = "assembly.ballot.duplicate"
	CodeBallotChoice       Code = "assembly.ballot.choice_invalid"
	CodeMatterInvalid      Code = "assembly.matter.invalid"
	CodeQuorumNotMet       Code = "assembly.quorum.not_met"
	CodeMajorityNotMet     Code = "assembly.majority.not_met"
)
