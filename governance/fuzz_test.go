package governance

import (
	"cmp"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// knownCodes is every code a report may carry.
func knownCodes() map[Code]bool {
	m := map[Code]bool{}
	for _, c := range Checks() {
		m[c.Code] = true
	}
	for _, c := range []Code{CodeUnitIDMissing, CodeUnitDuplicate, CodeUnitAreaNegative, CodeUnitAreaMissing,
		CodeUnitOwnerMissing, CodeUnitOwnerReserved, CodeBallotUnknownVoter, CodeBallotDuplicate, CodeBallotChoice, CodeMatterInvalid} {
		m[c] = true
	}
	return m
}

// reportProblem returns what is wrong with rep, or "": every finding must
// have a known code, a valid severity and messages in both languages, and
// the findings must be in report order.
func reportProblem(rep Report) string {
	known := knownCodes()
	for _, f := range rep.Findings {
		if !known[f.Code] || !f.Severity.IsValid() || f.Message == "" || f.MessageZH == "" {
			return fmt.Sprintf("malformed finding %#v", f)
		}
	}
	if !slices.IsSortedFunc(rep.Findings, func(a, b Finding) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(string(a.Code), string(b.Code)), strings.Compare(a.Message, b.Message))
	}) {
		return "findings not in report order:\n" + rep.Describe()
	}
	return ""
}

func checkReport(t *testing.T, what string, rep Report) {
	t.Helper()
	if p := reportProblem(rep); p != "" {
		t.Errorf("%s: %s", what, p)
	}
}

// FuzzDecodeCouncil decodes arbitrary bytes as a council and validates the
// result: neither may panic, every finding is well formed, validation is
// deterministic, and a council that decodes cleanly survives a JSON round
// trip unchanged.
func FuzzDecodeCouncil(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "councils", "*.txt"))
	for _, file := range files {
		_, data := readScenario(f, file)
		f.Add(data) // the golden scenarios: one valid, four broken
	}
	f.Add([]byte(`{}`))                                // the empty council
	f.Add([]byte(`{"seats":{"":[""]},"bodies":[{}]}`)) // empty names everywhere
	f.Add([]byte(`{"bodies":[{"kind":"owners_committee","members":[{"id":"a","prohibited_uses":[0,99]}],"owners_committee":{"seats":1}}]}`))
	f.Add([]byte(`{"bodies":[{"elected_on":"2021-02-30"}]}`)) // an impossible date
	f.Add([]byte(`[1,2,3]`))                                  // not an object
	f.Add([]byte(`{"id":1}`))                                 // a wrong type
	f.Fuzz(func(t *testing.T, data []byte) {
		c, rep := DecodeCouncil(data)
		checkReport(t, "DecodeCouncil", rep)
		for _, p := range []Policy{BeijingPolicy(), ShenzhenPolicy()} {
			r1 := p.Validate(c, asOf)
			checkReport(t, "Validate", r1)
			if r2 := p.Validate(c, asOf); !gocmp.Equal(r1, r2) {
				t.Errorf("Validate is not deterministic")
			}
		}
		if len(rep.Findings) != 0 {
			return
		}
		out, err := json.Marshal(c)
		if err != nil {
			return // a time outside what JSON can hold
		}
		back, rep2 := DecodeCouncil(out)
		if len(rep2.Findings) != 0 {
			t.Fatalf("re-decoding %s reported:\n%s", out, rep2.Describe())
		}
		if diff := gocmp.Diff(c, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("JSON round trip changed the council (-before +after):\n%s", diff)
		}
	})
}

// textEnum is the method set every enumeration of the package has.
type textEnum interface {
	~uint8
	String() string
	Label() string
	IsValid() bool
	MarshalText() ([]byte, error)
}

// enumCase checks an enumeration: every byte value round-trips through
// MarshalText and UnmarshalText, Parse inverts String on valid values, and
// invalid values neither marshal nor print as a code.
func enumCase[T textEnum, P interface {
	*T
	encoding.TextUnmarshaler
}](parse func(string) (T, error)) func(t *testing.T, text string) {
	return func(t *testing.T, text string) {
		if text == "" { // the exhaustive check, run once per type
			valid := 0
			for i := range 256 {
				v := T(i)
				b, err := v.MarshalText()
				switch {
				case i == 0:
					if err != nil || len(b) != 0 || v.IsValid() {
						t.Errorf("%T zero: MarshalText = %q, %v; IsValid %v", v, b, err, v.IsValid())
					}
				case v.IsValid():
					valid++
					var back T
					if err != nil || P(&back).UnmarshalText(b) != nil || back != v {
						t.Errorf("%T(%d): round trip %q gives %d (%v)", v, i, b, back, err)
					}
					if p, err := parse(v.String()); err != nil || p != v {
						t.Errorf("Parse(%q) = %v, %v; want %d", v.String(), p, err, i)
					}
					if l := v.Label(); l == "" || strings.HasPrefix(l, "%!") {
						t.Errorf("%T(%d).Label() = %q", v, i, l)
					}
				default:
					if err == nil || !strings.HasPrefix(v.String(), "%!") {
						t.Errorf("%T(%d): invalid value marshals (%q, %v) or prints as %q", v, i, b, err, v.String())
					}
				}
			}
			if valid == 0 {
				t.Errorf("%T has no valid values", T(0))
			}
			if _, err := parse(""); err == nil {
				t.Errorf("%T: Parse(\"\") succeeded", T(0))
			}
			return
		}
		v, err := parse(text)
		if err != nil {
			if _, ok := errors.AsType[*UnknownTextError](err); !ok {
				t.Errorf("Parse(%q): error %v is not an *UnknownTextError", text, err)
			}
			var back T
			if P(&back).UnmarshalText([]byte(text)) == nil {
				t.Errorf("UnmarshalText(%q) accepts what Parse rejects", text)
			}
			return
		}
		if v.String() != text {
			t.Errorf("Parse(%q) = %v, which prints as %q", text, v, v.String())
		}
	}
}

var enumCases = map[string]func(t *testing.T, text string){
	"Seat":               enumCase[Seat](ParseSeat),
	"BodyKind":           enumCase[BodyKind](ParseBodyKind),
	"MemberKind":         enumCase[MemberKind](ParseMemberKind),
	"LegalCapacity":      enumCase[LegalCapacity](ParseLegalCapacity),
	"Kin":                enumCase[Kin](ParseKin),
	"NominationSource":   enumCase[NominationSource](ParseNominationSource),
	"FormationCondition": enumCase[FormationCondition](ParseFormationCondition),
	"Authority":          enumCase[Authority](ParseAuthority),
	"PartyForm":          enumCase[PartyForm](ParsePartyForm),
	"Level":              enumCase[Level](ParseLevel),
	"Verification":       enumCase[Verification](ParseVerification),
	"Severity":           enumCase[Severity](ParseSeverity),
	"OwnersMatter":       enumCase[OwnersMatter](ParseOwnersMatter),
	"Choice":             enumCase[Choice](ParseChoice),
	"Outcome":            enumCase[Outcome](ParseOutcome),
}

func TestEnumText(t *testing.T) {
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range enumCases {
			if !yield(k) {
				return
			}
		}
	}) {
		t.Run(name, func(t *testing.T) { enumCases[name](t, "") })
	}
}

// FuzzEnumText parses arbitrary text with every enumeration's Parse: it
// either fails with an *UnknownTextError or names a value that prints back
// as the same text.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"party_organisation", "owners_committee", "spouse", "unverified", "raise_maintenance_fund", "Agree", " self", "%!Seat(9)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if text == "" {
			return
		}
		for _, check := range enumCases {
			check(t, text)
		}
	})
}

// FuzzMeetingChecks feeds arbitrary counts and dates to the procedural
// checks of owners' assemblies and committee meetings: they never panic and
// report only well-formed findings, and an application by the developer
// with all the area delivered is always eligible.
func FuzzMeetingChecks(f *testing.F) {
	f.Add(int64(100000), int64(200), int64(50000), int64(5000), int64(10), 15, 7, 4, 0, 4) // at every bound
	f.Add(int64(0), int64(0), int64(0), int64(0), int64(0), 0, 0, 0, 0, 0)                 // all empty
	f.Add(int64(-1), int64(-1), int64(-1), int64(-1), int64(-1), -20, 3, 9, -1, 12)        // negative and oversized
	f.Fuzz(func(t *testing.T, area, heads, delivered, appArea, appHeads int64, noticeDays, members, present, proxies, signed int) {
		p := BeijingPolicy()
		a := AssemblyApplication{Total: Count{Area: Area(area), Heads: heads}, Delivered: Area(delivered), Applicants: Count{Area: Area(appArea), Heads: appHeads}}
		checkReport(t, "CheckAssemblyApplication", p.CheckAssemblyApplication(a))
		if area > 0 && heads >= 0 {
			a = AssemblyApplication{Total: Count{Area: Area(area), Heads: heads}, Delivered: Area(area), ByDeveloper: true}
			if rep := p.CheckAssemblyApplication(a); len(rep.Findings) != 0 {
				t.Errorf("developer application with all area delivered: %s", rep.Describe())
			}
		}
		meet := date("2023-05-20")
		checkReport(t, "CheckAssemblyMeeting", p.CheckAssemblyMeeting(AssemblyMeeting{
			NoticeOn: meet.AddDate(0, 0, -noticeDays%10000), MeetingOn: meet, Announced: []string{"a"}, Voted: []string{"a", "b"}}))
		members, present, signed = members%200, present%400, signed%400
		b := Body{ID: "oc", Kind: KindOwnersCommittee, Members: people("m", max(members, 0), owner)}
		var pres, sig []string
		for i := range max(present, 0) {
			pres = append(pres, fmt.Sprintf("m-%d", i%(max(members, 0)+2)+1))
		}
		for i := range max(signed, 0) {
			sig = append(sig, fmt.Sprintf("m-%d", i+1))
		}
		m := CommitteeMeeting{Present: pres, Proxies: proxies, Decided: true, Signatures: sig}
		checkReport(t, "CheckCommitteeMeeting", p.CheckCommitteeMeeting(b, m))
		b.Kind = KindPropertyManagementCommittee
		checkReport(t, "CheckCommitteeMeeting", p.CheckCommitteeMeeting(b, m))
	})
}

// FuzzPolicy decodes a policy from JSON, as an embedder keeping a city's
// profile in configuration would, and uses it: Check and Validate never
// panic whatever the thresholds, and report only well-formed findings.
func FuzzPolicy(f *testing.F) {
	for _, p := range []Policy{BeijingPolicy(), NationalGuidancePolicy(), ShenzhenPolicy()} {
		data, _ := json.Marshal(p)
		f.Add(data) // the three profiles
	}
	f.Add([]byte(`{"version":"x","assembly":{"participation":{"share":{"num":-1,"den":0}}}}`)) // a malformed share
	f.Add([]byte(`{"owners_committee":{"max_term":{"years":-5}},"residents_committee":{"term":{"months":60}}}`))
	c := songliu(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		var p Policy
		if json.Unmarshal(data, &p) != nil {
			return
		}
		checkReport(t, "Check", p.Check())
		checkReport(t, "Validate", p.Validate(c, asOf))
	})
}
