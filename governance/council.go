package governance

import (
	"fmt"
	"slices"
	"strconv"
	"time"
)

// Council is the coordination mechanism (六位一体) of one community or
// property-management area: the bodies that take part, which seat each
// fills, and which body convenes it.
type Council struct {
	ID             string `json:"id"`
	Name           string `json:"name,omitempty"`
	Community      string `json:"community,omitempty"`       // the community (社区)
	ManagementArea string `json:"management_area,omitempty"` // the property-management area (物业管理区域), if one
	// EthnicMinorities names the less numerous ethnic groups living in the
	// community; when it is not empty the community is multi-ethnic and its
	// residents' committee should include a member of one (RCOL art. 7).
	EthnicMinorities []string `json:"ethnic_minorities,omitempty"`
	// Convener is the ID of the body that convenes the mechanism.
	Convener string `json:"convener,omitempty"`
	// Seats maps each seat to the IDs of the bodies filling it. The property
	// seat may hold several bodies (一区多主, rule C-4); so may the social
	// organisations and units seats.
	Seats map[Seat][]string `json:"seats,omitempty"`
	// Bodies are the bodies of the council, including those that fill no
	// seat (preparatory and renewal groups, a dissolved committee).
	Bodies []Body `json:"bodies,omitempty"`
	// Exceptions are approvals that turn a finding into an info finding.
	Exceptions []Exception `json:"exceptions,omitempty"`
}

// Exception is an approval, by a competent authority, of a departure from a
// rule that allows one: for instance a residents' committee of more than
// nine members approved by the district government (Beijing implementing
// measures art. 10 ¶2). A valid exception turns the matching error or
// warning into an info finding that cites the approval; it never removes
// the finding.
type Exception struct {
	Code       Code      `json:"code"`        // the finding it covers, such as rc.size.out_of_range
	Body       string    `json:"body"`        // the ID of the body it covers
	ApprovedBy Authority `json:"approved_by"` // who approved it
	Reference  string    `json:"reference"`   // the approval's document number
	ApprovedOn time.Time `json:"approved_on,omitzero"`
}

// Validate validates c under the Beijing policy at time asOf. It is
// BeijingPolicy().Validate(c, asOf).
func Validate(c Council, asOf time.Time) Report { return BeijingPolicy().Validate(c, asOf) }

// Validate checks c and each of its bodies under p, as of time asOf (terms,
// filing deadlines and the 30-day dissolution window are judged at asOf).
// The report holds every finding, in a deterministic order, including the
// findings of [Policy.Check] with their paths under "policy." (a policy
// that relaxes national law makes every report an error). Validate does
// not modify c.
func (p Policy) Validate(c Council, asOf time.Time) Report {
	v := newValidator(&p, &c, asOf)
	for _, f := range p.Check().Findings {
		f.Path = "policy." + f.Path
		v.out.rep.Findings = append(v.out.rep.Findings, f)
		v.out.bodyOf = append(v.out.bodyOf, "")
	}
	v.council()
	for i := range c.Bodies {
		v.body(i)
	}
	v.party()
	v.exceptions()
	v.out.rep.sort()
	return v.out.rep
}

// ValidateBody checks one body on its own, as of asOf: the rules of its
// kind, without the council-level checks and without the checks that need
// the other bodies of a council (such as conflicts of interest with the
// serving property provider, or the Party cross-appointment advice). It
// does not report on p itself. Paths start with "body".
func (p Policy) ValidateBody(b Body, asOf time.Time) Report {
	c := Council{Bodies: []Body{b}}
	v := newValidator(&p, &c, asOf)
	v.single = true
	v.body(0)
	v.out.rep.sort()
	return v.out.rep
}

// validator holds the state of one validation. What it appends to lives
// in out, so that the policy and council it points to need not move to the
// heap (escape analysis does not tell a struct's fields apart).
type validator struct {
	p      *Policy
	c      *Council
	asOf   time.Time
	single bool // validating one body on its own: its path is "body"
	byID   map[string]int
	out    *output
}

// output is what a validation builds.
type output struct {
	rep    Report
	cur    string   // body ID of the findings being added
	bodyOf []string // body ID of each finding, for exceptions
	// property lists the indexes of the property-provider bodies, the
	// counterparties of conflicts of interest.
	property []int
}

func newValidator(p *Policy, c *Council, asOf time.Time) validator {
	v := validator{p: p, c: c, asOf: asOf, byID: make(map[string]int, len(c.Bodies)), out: &output{}}
	for i := range c.Bodies {
		b := &c.Bodies[i]
		if _, dup := v.byID[b.ID]; !dup && b.ID != "" {
			v.byID[b.ID] = i
		}
		if b.Kind.propertyProvider() {
			v.out.property = append(v.out.property, i)
		}
	}
	return v
}

// path returns the path of body i.
func (v *validator) path(i int) string {
	if v.single {
		return "body"
	}
	return bodyPath(i)
}

// add records a finding.
func (v *validator) add(code Code, sev Severity, path string, src Source, en, zh string) {
	v.out.rep.Findings = append(v.out.rep.Findings, Finding{Code: code, Severity: sev, Path: path, Message: en, MessageZH: zh, Source: src})
	v.out.bodyOf = append(v.out.bodyOf, v.out.cur)
}

// seatRule returns the policy's rule for seat s, or nil.
func (v *validator) seatRule(s Seat) *SeatRule {
	for i := range v.p.Council.Seats {
		if v.p.Council.Seats[i].Seat == s {
			return &v.p.Council.Seats[i]
		}
	}
	return nil
}

// council runs the council-level checks.
func (v *validator) council() {
	c := v.c
	// Bodies: IDs, kinds, details, areas.
	for i := range c.Bodies {
		b := &c.Bodies[i]
		bp := v.path(i)
		v.out.cur = b.ID
		switch j := v.byID[b.ID]; {
		case b.ID == "":
			v.add(CodeBodyIDMissing, SeverityError, bp+".id", Source{}, "body has no ID", "机构缺少编号")
		case j != i:
			v.add(CodeBodyDuplicate, SeverityError, bp+".id", Source{},
				fmt.Sprintf("body ID %q repeats %s", b.ID, v.path(j)),
				fmt.Sprintf("机构编号 %q 与 %s 重复", b.ID, v.path(j)))
		}
		if b.Community != "" && c.Community != "" && b.Community != c.Community {
			v.add(CodeBodyAreaMismatch, SeverityError, bp+".community", beijingPMR("art. 29 ¶2"),
				fmt.Sprintf("body belongs to community %q, not the council's %q", b.Community, c.Community),
				fmt.Sprintf("机构属于社区 %q，而非本机制所在社区 %q", b.Community, c.Community))
		}
		if b.ManagementArea != "" && c.ManagementArea != "" && b.ManagementArea != c.ManagementArea {
			v.add(CodeBodyAreaMismatch, SeverityError, bp+".management_area", beijingPMR("art. 29 ¶2"),
				fmt.Sprintf("body belongs to property-management area %q, not the council's %q", b.ManagementArea, c.ManagementArea),
				fmt.Sprintf("机构属于物业管理区域 %q，而非本机制的 %q", b.ManagementArea, c.ManagementArea))
		}
	}
	v.out.cur = ""

	// Seats, in seat order.
	filledBy := make([]Seat, len(c.Bodies)) // the seat each body fills, by index
	var persons map[string]bool
	for s := SeatParty; s <= SeatJurisdictionUnits; s++ {
		ids := c.Seats[s]
		sp := seatPaths[s]
		rule := v.seatRule(s)
		live := 0
		for k, id := range ids {
			i, ok := v.byID[id]
			if !ok {
				if s == SeatJurisdictionUnits && persons == nil {
					persons = v.personIDs()
				}
				if s == SeatJurisdictionUnits && persons[id] {
					v.add(CodeJurisdictionUnitIsPerson, SeverityError, at(sp, "", k, ""), residentsLaw("art. 19 ¶1"),
						fmt.Sprintf("%q is a person; units in the jurisdiction are organs, groups, forces, enterprises and institutions that send representatives", id),
						fmt.Sprintf("%q 是个人；辖区单位是派代表参加的机关、团体、部队、企业事业组织", id))
					continue
				}
				v.add(CodeSeatDangling, SeverityError, at(sp, "", k, ""), Source{},
					fmt.Sprintf("seat %s names body %q, which is not in the council", s, id),
					fmt.Sprintf("席位“%s”所列机构 %q 不在本机制中", s.Label(), id))
				continue
			}
			b := &c.Bodies[i]
			v.out.cur = b.ID
			if prev := filledBy[i]; prev != 0 {
				v.add(CodeBodyMultipleSeats, SeverityError, at(sp, "", k, ""), chaoyangPractice(),
					fmt.Sprintf("body %q already fills seat %s", id, prev),
					fmt.Sprintf("机构 %q 已占“%s”席位", id, prev.Label()))
			} else {
				filledBy[i] = s
			}
			if rule != nil && b.Kind.IsValid() && !slices.Contains(rule.Kinds, b.Kind) {
				code := CodeSeatKindInvalid
				switch s {
				case SeatOwners:
					code = CodeOwnersSeatKindInvalid
				case SeatProperty:
					code = CodePropertySeatKindInvalid
				}
				v.add(code, SeverityError, at(sp, "", k, ""), rule.Source,
					fmt.Sprintf("a %s may not fill the seat of the %s", b.Kind.String(), s.Description()),
					fmt.Sprintf("%s不能占据“%s”席位", b.Kind.Label(), s.Label()))
			}
			if b.active(v.asOf) {
				live++
			}
			v.out.cur = ""
		}
		if live == 0 && rule != nil && (rule.Required || rule.Expected) {
			sev := SeverityWarning
			if rule.Required {
				sev = SeverityError
			}
			v.add(CodeSeatMissing, sev, sp, rule.Source,
				fmt.Sprintf("no active body fills the seat of the %s", s.Description()),
				fmt.Sprintf("“%s”席位空缺", s.Label()))
		}
	}
	for s := range c.Seats {
		if !s.IsValid() { // only reachable from Go, not from DecodeCouncil
			v.add(CodeSeatKindInvalid, SeverityError, "seats", Source{},
				fmt.Sprintf("seat %d is not one of the six seats", uint8(s)), fmt.Sprintf("席位 %d 不是六个席位之一", uint8(s)))
		}
	}

	// Convener.
	cs := v.p.Council.ConvenerSeat
	if cs.IsValid() {
		switch i, ok := v.byID[c.Convener]; {
		case c.Convener == "":
			v.add(CodeConvenerNotParty, SeverityError, "convener", v.p.Council.ConvenerSource,
				fmt.Sprintf("no convener; the body in the seat of the %s convenes the mechanism", cs.Description()),
				fmt.Sprintf("未指定召集人；应由“%s”牵头召集", cs.Label()))
		case !ok:
			v.add(CodeSeatDangling, SeverityError, "convener", Source{},
				fmt.Sprintf("convener %q is not a body of the council", c.Convener),
				fmt.Sprintf("召集人 %q 不在本机制中", c.Convener))
		case !slices.Contains(c.Seats[cs], c.Convener):
			v.add(CodeConvenerNotParty, SeverityError, "convener", v.p.Council.ConvenerSource,
				fmt.Sprintf("convener %q (a %s) is not the body in the seat of the %s", c.Convener, c.Bodies[i].Kind, cs.Description()),
				fmt.Sprintf("召集人 %q（%s）不在“%s”席位中", c.Convener, c.Bodies[i].Kind.Label(), cs.Label()))
		}
	}

	v.ownersBodies()
}

// personIDs returns the set of every member's person ID.
func (v *validator) personIDs() map[string]bool {
	m := make(map[string]bool)
	for i := range v.c.Bodies {
		for _, mb := range v.c.Bodies[i].Members {
			m[mb.ID] = true
		}
	}
	return m
}

// ownersBodies checks that an owners' committee and a property management
// committee do not coexist beyond the dissolution window (BJ-PMR art. 59).
func (v *validator) ownersBodies() {
	var oc, pmc []int
	for i := range v.c.Bodies {
		b := &v.c.Bodies[i]
		if !b.active(v.asOf) {
			continue
		}
		switch b.Kind {
		case KindOwnersCommittee:
			oc = append(oc, i)
		case KindPropertyManagementCommittee:
			pmc = append(pmc, i)
		}
	}
	win := v.p.Council.DissolveWithin
	for _, i := range oc {
		for _, j := range pmc {
			o, m := &v.c.Bodies[i], &v.c.Bodies[j]
			v.out.cur = m.ID
			path := v.path(j)
			if o.FiledOn.IsZero() || !v.asOf.After(win.After(o.FiledOn)) {
				v.add(CodeOwnersSeatBothActive, SeverityInfo, path, win.Source,
					fmt.Sprintf("property management committee %q coexists with owners' committee %q; it must be dissolved within %s of the committee's filing", m.ID, o.ID, win),
					fmt.Sprintf("物业管理委员会 %q 与业主委员会 %q 并存；应在业主委员会备案后%s内解散", m.ID, o.ID, win.zh()))
				continue
			}
			v.add(CodeOwnersSeatBothActive, SeverityError, path, win.Source,
				fmt.Sprintf("property management committee %q is still active more than %s after owners' committee %q was filed on %s", m.ID, win, o.ID, day(o.FiledOn)),
				fmt.Sprintf("业主委员会 %q 于 %s 备案已超过%s，物业管理委员会 %q 仍未解散", o.ID, day(o.FiledOn), win.zh(), m.ID))
		}
	}
	v.out.cur = ""
}

// day formats t as a date.
func day(t time.Time) string { return t.Format(time.DateOnly) }

// exceptions applies the council's approved exceptions: each valid one
// turns the matching errors and warnings into info findings.
func (v *validator) exceptions() {
	for k, e := range v.c.Exceptions {
		path := "exceptions[" + strconv.Itoa(k) + "]"
		var rule *ExceptionRule
		for i := range v.p.Exceptions {
			if v.p.Exceptions[i].Code == e.Code {
				rule = &v.p.Exceptions[i]
			}
		}
		switch {
		case rule == nil:
			v.add(CodeExceptionInvalid, SeverityError, path+".code", Source{},
				fmt.Sprintf("no exception may be approved for %q under policy %s", e.Code, v.p.Name),
				fmt.Sprintf("依政策 %s，%q 不允许批准例外", v.p.Name, e.Code))
			continue
		case !slices.Contains(rule.By, e.ApprovedBy):
			v.add(CodeExceptionInvalid, SeverityError, path+".approved_by", rule.Source,
				fmt.Sprintf("an exception to %s must be approved by %s, not %q", e.Code, authorities(rule.By, false), e.ApprovedBy.String()),
				fmt.Sprintf("%s 的例外应由%s批准，而非 %q", e.Code, authorities(rule.By, true), e.ApprovedBy.Label()))
			continue
		case e.Reference == "":
			v.add(CodeExceptionInvalid, SeverityError, path+".reference", rule.Source,
				"an approved exception must cite the approval's reference", "批准例外须注明批准文号")
			continue
		case !e.ApprovedOn.IsZero() && e.ApprovedOn.After(v.asOf):
			v.add(CodeExceptionInvalid, SeverityError, path+".approved_on", rule.Source,
				fmt.Sprintf("the approval is dated %s, after the validation date %s", day(e.ApprovedOn), day(v.asOf)),
				fmt.Sprintf("批准日期 %s 晚于校验日期 %s", day(e.ApprovedOn), day(v.asOf)))
			continue
		}
		used := false
		for i := range v.out.rep.Findings {
			f := &v.out.rep.Findings[i]
			if f.Code != e.Code || v.out.bodyOf[i] != e.Body || (f.Severity != SeverityError && f.Severity != SeverityWarning) {
				continue
			}
			used = true
			f.Severity = SeverityInfo
			f.Message += fmt.Sprintf(" (approved exception: %s, %s)", e.ApprovedBy.String(), e.Reference)
			f.MessageZH += fmt.Sprintf("（经%s批准：%s）", e.ApprovedBy.Label(), e.Reference)
		}
		if !used {
			v.add(CodeExceptionUnused, SeverityWarning, path, rule.Source,
				fmt.Sprintf("exception for %s of body %q matches no finding", e.Code, e.Body),
				fmt.Sprintf("机构 %q 的 %s 例外未对应任何问题", e.Body, e.Code))
		}
	}
}

func authorities(as []Authority, zh bool) string {
	s := ""
	for i, a := range as {
		if i > 0 {
			s += " / "
		}
		if zh {
			s += a.Label()
		} else {
			s += a.String()
		}
	}
	return s
}

// seatPaths holds "seats.<code>" per seat.
var seatPaths = func() (p [SeatJurisdictionUnits + 1]string) {
	for s := SeatParty; s <= SeatJurisdictionUnits; s++ {
		p[s] = "seats." + s.String()
	}
	return p
}()
