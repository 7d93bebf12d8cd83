package capacity

import "fmt"

// Community is one residents' committee's area (社区): its units, the
// adjacency between them, the unit holding the committee's office, and its
// current community workers (社区工作者).
type Community struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	// Units are the buildings and compounds of the community.
	Units []Unit `json:"units"`
	// Edges join adjacent units.
	Edges []Edge `json:"edges,omitempty"`
	// Office is the unit holding the committee's office; a split keeps it
	// with the existing committee. Empty means none is recorded.
	Office UnitID `json:"office,omitempty"`
	// Workers is the number of community workers now.
	Workers int64 `json:"workers"`
	// SocialOrganisations is the number of community social organisations
	// (社区社会组织) active in the community, registered or filed; nil when
	// not recorded, and then not assessed.
	SocialOrganisations *int64 `json:"social_organisations,omitempty"`
}

// Households returns the total households of c's units.
func (c Community) Households() int64 {
	var h int64
	for _, u := range c.Units {
		h += u.Households
	}
	return h
}

// Residents returns the total residents of c's units.
func (c Community) Residents() int64 {
	var r int64
	for _, u := range c.Units {
		r += u.Residents
	}
	return r
}

// District is a set of communities, such as a street (街道) or a whole
// district (区), with the pairs of communities that border each other.
type District struct {
	Name        string      `json:"name,omitempty"`
	Communities []Community `json:"communities"`
	// Adjacent lists pairs of neighbouring communities by ID; Assess names
	// merge candidates from it.
	Adjacent [][2]string `json:"adjacent,omitempty"`
}

// Validate reports every invalid value in c with a path under prefix (for
// example "communities[2]"); it returns nil when c is valid.
func (c Community) Validate(prefix string) []Finding {
	fs := validateGraph(prefix, c.Units, c.Edges)
	if c.Workers < 0 || c.Workers > maxCount {
		fs = append(fs, negative(join(prefix, "workers"), c.Workers))
	}
	if n := c.SocialOrganisations; n != nil && (*n < 0 || *n > maxCount) {
		fs = append(fs, negative(join(prefix, "social_organisations"), *n))
	}
	if c.Office != "" && !hasUnit(c.Units, c.Office) {
		fs = append(fs, Finding{Code: CodeDanglingOffice, Severity: Error, Path: join(prefix, "office"),
			Message:   fmt.Sprintf("office unit %q is not among the units", c.Office),
			MessageZH: fmt.Sprintf("办公用房所在单元 %q 不在单元列表中", c.Office)})
	}
	return fs
}

// Validate reports every invalid value in d; it returns nil when d is valid.
func (d District) Validate() []Finding {
	var fs []Finding
	ids := make(map[string]int, len(d.Communities))
	for i, c := range d.Communities {
		p := fmt.Sprintf("communities[%d]", i)
		fs = append(fs, c.Validate(p)...)
		if c.ID == "" {
			fs = append(fs, emptyID(join(p, "id")))
		} else if j, dup := ids[c.ID]; dup {
			fs = append(fs, duplicateID(join(p, "id"), c.ID, fmt.Sprintf("communities[%d]", j)))
		} else {
			ids[c.ID] = i
		}
	}
	for i, a := range d.Adjacent {
		for s, id := range a {
			if _, ok := ids[id]; !ok {
				fs = append(fs, Finding{Code: CodeDanglingNeighbor, Severity: Error, Path: fmt.Sprintf("adjacent[%d][%d]", i, s),
					Message:   fmt.Sprintf("community %q is not in the district", id),
					MessageZH: fmt.Sprintf("社区 %q 不在本区域内", id)})
			}
		}
		if a[0] == a[1] {
			fs = append(fs, selfLoop(fmt.Sprintf("adjacent[%d]", i), a[0]))
		}
	}
	sortFindings(fs)
	return fs
}

func hasUnit(us []Unit, id UnitID) bool {
	for _, u := range us {
		if u.ID == id {
			return true
		}
	}
	return false
}

// validateGraph checks units and edges: IDs present and unique, counts
// non-negative and bounded, elderly within residents, enums valid, edges
// between two different existing units with a non-negative weight.
func validateGraph(prefix string, units []Unit, edges []Edge) []Finding {
	var fs []Finding
	ids := make(map[UnitID]int, len(units))
	var total int64
	for i, u := range units {
		p := join(prefix, fmt.Sprintf("units[%d]", i))
		if u.ID == "" {
			fs = append(fs, emptyID(join(p, "id")))
		} else if j, dup := ids[u.ID]; dup {
			fs = append(fs, duplicateID(join(p, "id"), string(u.ID), join(prefix, fmt.Sprintf("units[%d]", j))))
		} else {
			ids[u.ID] = i
		}
		for _, f := range []struct {
			name string
			v    int64
		}{{"households", u.Households}, {"residents", u.Residents}, {"elderly", u.Elderly}} {
			if f.v < 0 || f.v > maxCount {
				fs = append(fs, negative(join(p, f.name), f.v))
			}
		}
		if u.Elderly > u.Residents && u.Elderly <= maxCount && u.Residents >= 0 {
			fs = append(fs, Finding{Code: CodeElderlyExceeds, Severity: Error, Path: join(p, "elderly"),
				Message:   fmt.Sprintf("elderly %d exceed residents %d", u.Elderly, u.Residents),
				MessageZH: fmt.Sprintf("老年人数 %d 超过居民数 %d", u.Elderly, u.Residents)})
		}
		if u.Housing != 0 && !u.Housing.IsValid() {
			fs = append(fs, badEnum(join(p, "housing"), int(u.Housing)))
		}
		if u.Households > 0 && u.Households <= maxCount {
			total += u.Households
		}
	}
	if total > maxCount {
		fs = append(fs, Finding{Code: CodeBadValue, Severity: Error, Path: join(prefix, "units"),
			Message:   fmt.Sprintf("total households %d exceed %d", total, int64(maxCount)),
			MessageZH: fmt.Sprintf("总户数 %d 超过 %d", total, int64(maxCount))})
	}
	for i, e := range edges {
		p := join(prefix, fmt.Sprintf("edges[%d]", i))
		for _, end := range []struct {
			name string
			id   UnitID
		}{{"a", e.A}, {"b", e.B}} {
			if _, ok := ids[end.id]; !ok {
				fs = append(fs, Finding{Code: CodeDanglingEdge, Severity: Error, Path: join(p, end.name),
					Message:   fmt.Sprintf("edge end %q is not a unit", end.id),
					MessageZH: fmt.Sprintf("边的端点 %q 不是已知单元", end.id)})
			}
		}
		if e.A == e.B {
			fs = append(fs, selfLoop(p, string(e.A)))
		}
		if e.Weight < 0 || e.Weight > maxCount {
			fs = append(fs, negative(join(p, "weight"), e.Weight))
		}
		if e.Kind != 0 && !e.Kind.IsValid() {
			fs = append(fs, badEnum(join(p, "kind"), int(e.Kind)))
		}
	}
	return fs
}

func join(prefix, field string) string {
	if prefix == "" {
		return field
	}
	return prefix + "." + field
}

func emptyID(path string) Finding {
	return Finding{Code: CodeIDEmpty, Severity: Error, Path: path, Message: "ID is empty", MessageZH: "编号为空"}
}

func duplicateID(path, id, first string) Finding {
	return Finding{Code: CodeIDDuplicate, Severity: Error, Path: path,
		Message:   fmt.Sprintf("ID %q is already used at %s", id, first),
		MessageZH: fmt.Sprintf("编号 %q 已在 %s 使用", id, first)}
}

func negative(path string, v int64) Finding {
	return Finding{Code: CodeNegative, Severity: Error, Path: path,
		Message:   fmt.Sprintf("value %d is negative or above %d", v, int64(maxCount)),
		MessageZH: fmt.Sprintf("取值 %d 为负数或超过 %d", v, int64(maxCount))}
}

func selfLoop(path, id string) Finding {
	return Finding{Code: CodeSelfLoop, Severity: Error, Path: path,
		Message:   fmt.Sprintf("%q is joined to itself", id),
		MessageZH: fmt.Sprintf("%q 与自身相连", id)}
}

func badEnum(path string, v int) Finding {
	return Finding{Code: CodeBadEnum, Severity: Error, Path: path,
		Message:   fmt.Sprintf("unknown value %d", v),
		MessageZH: fmt.Sprintf("未知取值 %d", v)}
}
