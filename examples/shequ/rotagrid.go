package main

import (
	"io"
	"sort"
	"strings"

	"github.com/shequ/shequ/volunteer"
)

// writeRotaGrid prints the rota as a grid: one row per space (in the
// input's order), one column per week, each cell the volunteers serving on
// that space that week ("." for none).
func writeRotaGrid(w io.Writer, l lang, in volunteer.Input, as []volunteer.Assignment) {
	weeks := (in.Days + 6) / 7
	spaceOf := map[string]string{}
	for _, n := range in.Needs {
		spaceOf[n.ID] = n.Space
	}
	cells := map[string][]map[string]bool{}
	for _, a := range as {
		sp := spaceOf[a.Need]
		if cells[sp] == nil {
			cells[sp] = make([]map[string]bool, weeks)
		}
		wk := a.Day / 7
		if wk < 0 || wk >= weeks {
			continue
		}
		if cells[sp][wk] == nil {
			cells[sp][wk] = map[string]bool{}
		}
		cells[sp][wk][a.Volunteer] = true
	}
	head := []text{{"SPACE", "空间"}}
	for i := range weeks {
		head = append(head, tr("W%d", "第%d周", i+1))
	}
	t := newTable(l, head...)
	for _, sp := range in.Estate.Spaces {
		row := []any{sp.ID}
		for wk := range weeks {
			var ids []string
			if cells[sp.ID] != nil {
				for id := range cells[sp.ID][wk] {
					ids = append(ids, id)
				}
			}
			sort.Strings(ids)
			if len(ids) == 0 {
				row = append(row, ".")
			} else {
				row = append(row, strings.Join(ids, "+"))
			}
		}
		t.row(row...)
	}
	t.write(w)

}
