package governance

import "fmt"

// Level says what kind of text a rule comes from, and so how binding it is
// and whether a policy may relax it. The zero Level is not valid.
type Level uint8

// The levels. Their order is the order of the reference's list, not a
// ranking: only [Level.Fixed] says which levels bind every policy.
const (
	LevelNationalLaw       Level = 1 + iota // 法律: national law (Civil Code, Organic Law)
	LevelJudicialInterp                     // 司法解释: Supreme People's Court interpretation
	LevelStateCouncil                       // 行政法规: State Council regulation
	LevelBeijingRegulation                  // 地方性法规: Beijing local regulation
	LevelBeijingPolicy                      // 规范性文件: Beijing administrative standard or policy
	LevelPartyRule                          // 党内法规: Party rule or central Party policy
	LevelChaoyangPractice                   // 实践: Chaoyang District practice, no legal force
	LevelGuidance                           // 指导规则: national ministry guidance
	LevelOtherCity                          // 其他城市: another city's regulation or policy, for comparison profiles
)

var levelText = [...]struct{ code, zh string }{
	LevelNationalLaw:       {"national_law", "法律"},
	LevelJudicialInterp:    {"judicial_interp", "司法解释"},
	LevelStateCouncil:      {"state_council", "行政法规"},
	LevelBeijingRegulation: {"beijing_regulation", "北京市地方性法规"},
	LevelBeijingPolicy:     {"beijing_policy", "北京市规范性文件"},
	LevelPartyRule:         {"party_rule", "党内法规"},
	LevelChaoyangPractice:  {"chaoyang_practice", "朝阳区实践"},
	LevelGuidance:          {"guidance", "部门指导规则"},
	LevelOtherCity:         {"other_city", "其他城市规定"},
}

// IsValid reports whether l is a defined level.
func (l Level) IsValid() bool { return l >= LevelNationalLaw && l <= LevelOtherCity }

// Fixed reports whether rules of this level bind every policy: national law
// and the judicial interpretations of it may not be relaxed by a city.
func (l Level) Fixed() bool { return l == LevelNationalLaw || l == LevelJudicialInterp }

// String returns the level's stable English code, such as "national_law".
func (l Level) String() string {
	if !l.IsValid() {
		return fmt.Sprintf("%%!Level(%d)", uint8(l))
	}
	return levelText[l].code
}

// Label returns the level's Chinese name.
func (l Level) Label() string {
	if !l.IsValid() {
		return l.String()
	}
	return levelText[l].zh
}

// MarshalText implements [encoding.TextMarshaler]; the zero Level encodes as "".
func (l Level) MarshalText() ([]byte, error) {
	if l == 0 {
		return []byte{}, nil
	}
	if !l.IsValid() {
		return nil, fmt.Errorf("governance: invalid Level %d", uint8(l))
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (l *Level) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*l = 0
		return nil
	}
	for v := LevelNationalLaw; v <= LevelOtherCity; v++ {
		if levelText[v].code == string(text) {
			*l = v
			return nil
		}
	}
	return &UnknownTextError{Type: "Level", Text: string(text)}
}

// Verification says how far a source's text was checked when the rule was
// written down. The zero Verification is not valid.
type Verification uint8

// The verification levels of the reference (governance-rules.md §0).
const (
	VerifiedText       Verification = 1 + iota // read in the full statutory text
	VerifiedTwoSources                         // two or more independent secondary copies agree
	VerifiedPartial                            // one secondary source, or part of the text
	Unverified                                 // from memory or inference; flagged wherever used
)

var verificationText = [...]string{
	VerifiedText:       "text",
	VerifiedTwoSources: "two_sources",
	VerifiedPartial:    "partial",
	Unverified:         "unverified",
}

// String returns the stable English code, such as "text" or "unverified".
func (v Verification) String() string {
	if v < VerifiedText || v > Unverified {
		return fmt.Sprintf("%%!Verification(%d)", uint8(v))
	}
	return verificationText[v]
}

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (v Verification) MarshalText() ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if v > Unverified {
		return nil, fmt.Errorf("governance: invalid Verification %d", uint8(v))
	}
	return []byte(v.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (v *Verification) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*v = 0
		return nil
	}
	for x := VerifiedText; x <= Unverified; x++ {
		if verificationText[x] == string(text) {
			*v = x
			return nil
		}
	}
	return &UnknownTextError{Type: "Verification", Text: string(text)}
}

// Source is where a rule comes from: the document, the article and how far
// its text was verified. It is recorded in every policy threshold and in
// every finding.
type Source struct {
	Document string       `json:"document"`          // e.g. "民法典 (Civil Code)"
	Article  string       `json:"article,omitempty"` // e.g. "art. 278 ¶2"
	Level    Level        `json:"level"`
	Verified Verification `json:"verified"`
}

// String returns the source as "document article".
func (s Source) String() string {
	if s.Article == "" {
		return s.Document
	}
	return s.Document + " " + s.Article
}

// The documents the package cites, with the names used in sources.
const (
	DocCivilCode       = "民法典 (Civil Code of the PRC, 2020)"
	DocSPCBuildingArea = "最高人民法院关于审理建筑物区分所有权纠纷案件适用法律若干问题的解释 (SPC interpretation on building-unit ownership disputes, 2009, amended 2020)"
)

// civilCode278 and friends are the sources of the owners' assembly rules.
func civilCode(article string) Source {
	return Source{Document: DocCivilCode, Article: article, Level: LevelNationalLaw, Verified: VerifiedText}
}

func spcBuildingArea(article string) Source {
	return Source{Document: DocSPCBuildingArea, Article: article, Level: LevelJudicialInterp, Verified: VerifiedText}
}

// IsValid reports whether v is a defined verification level.
func (v Verification) IsValid() bool { return v >= VerifiedText && v <= Unverified }

// More documents the package cites. Each rule's [Source] names one of them
// with an article and says how far it was verified (governance-rules.md §0).
const (
	DocBeijingPMR         = "北京市物业管理条例 (Beijing Property Management Regulation, 2020, amended 2024)"
	DocResidentsLaw       = "城市居民委员会组织法 (Organic Law of Urban Residents' Committees, 2018)"
	DocBeijingResidents   = "北京市实施《城市居民委员会组织法》办法 (Beijing implementing measures, 1991)"
	DocGuidanceRules      = "业主大会和业主委员会指导规则 (建房〔2009〕274号, national guidance)"
	DocPMCFormation       = "北京市物业管理委员会组建办法 (京建发〔2021〕53号)"
	DocPartyConstitution  = "中国共产党章程 (Party Constitution)"
	DocPartyBranchRules   = "中国共产党支部工作条例（试行） (Party branch work regulations, 2018)"
	DocUrbanPartyOpinion  = "中共中央办公厅《关于加强和改进城市基层党的建设工作的意见》 (2019)"
	DocBeijingPlan2025    = "北京市深化物业管理改革创新持续提升物业服务质量三年行动计划(2025-2027年) (京政办发〔2025〕11号)"
	DocBeijingRCStandard  = "北京市社区居民委员会设立标准 (京社领办发〔2020〕7号)"
	DocChaoyangArticle    = "朝阳区六位一体社区治理工作机制 (Chaoyang practice, seed article; no policy text found)"
	DocShenzhenNotice2022 = "深圳市住房和建设局关于业主委员会党员占比的通知 (Shenzhen, 2022, as reported)"
)

func beijingPMR(article string) Source {
	return Source{Document: DocBeijingPMR, Article: article, Level: LevelBeijingRegulation, Verified: VerifiedText}
}

func residentsLaw(article string) Source {
	return Source{Document: DocResidentsLaw, Article: article, Level: LevelNationalLaw, Verified: VerifiedText}
}

func beijingResidents(article string) Source {
	return Source{Document: DocBeijingResidents, Article: article, Level: LevelBeijingRegulation, Verified: VerifiedText}
}

func guidanceRules(article string) Source {
	return Source{Document: DocGuidanceRules, Article: article, Level: LevelGuidance, Verified: VerifiedTwoSources}
}

func chaoyangPractice() Source {
	return Source{Document: DocChaoyangArticle, Level: LevelChaoyangPractice, Verified: VerifiedPartial}
}

// ParseLevel parses a level from its stable English code, such as
// "national_law". It returns an [*UnknownTextError] for any other text.
func ParseLevel(text string) (Level, error) {
	var l Level
	if text == "" {
		return 0, &UnknownTextError{Type: "Level", Text: text}
	}
	err := l.UnmarshalText([]byte(text))
	return l, err
}

var verificationLabel = [...]string{
	VerifiedText:       "已核对法规全文",
	VerifiedTwoSources: "两个以上来源一致",
	VerifiedPartial:    "部分核实",
	Unverified:         "未核实",
}

// Label returns the Chinese name of v, such as "未核实".
func (v Verification) Label() string {
	if !v.IsValid() {
		return v.String()
	}
	return verificationLabel[v]
}

// ParseVerification parses a verification level from its stable English
// code, such as "unverified".
func ParseVerification(text string) (Verification, error) {
	var v Verification
	if text == "" {
		return 0, &UnknownTextError{Type: "Verification", Text: text}
	}
	err := v.UnmarshalText([]byte(text))
	return v, err
}
