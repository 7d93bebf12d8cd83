package main

import (
	"fmt"
	"html"
	"math"
	"os"
	"strings"

	"github.com/shequ/shequ/capacity"
)

// partColours are the fills of parts 0, 1, 2, … (then repeated).
var partColours = [...]string{"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7"}

// writeSplitSVG draws the units of req as dots coloured by their part in pl,
// the edges inside a part in grey and the cut edges (the new boundary) in
// thick dashed red, with the households of each unit. Units are placed at
// their coordinates; when no unit has any, they are laid out in a grid in
// input order.
func writeSplitSVG(file string, req capacity.SplitRequest, pl capacity.Plan, names map[capacity.UnitID]string) error {
	partOf := map[capacity.UnitID]int{}
	for i, p := range pl.Parts {
		for _, u := range p.Units {
			partOf[u] = i
		}
	}
	type pt struct{ x, y float64 }
	pos := map[capacity.UnitID]pt{}
	haveCoords := false
	for _, u := range req.Units {
		if u.X != 0 || u.Y != 0 {
			haveCoords = true
		}
	}
	cols := int(math.Ceil(math.Sqrt(float64(len(req.Units)))))
	for i, u := range req.Units {
		if haveCoords {
			pos[u.ID] = pt{u.X, u.Y}
		} else {
			pos[u.ID] = pt{float64(i % cols), float64(i / cols)}
		}
	}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, minY = math.Min(minX, p.x), math.Min(minY, p.y)
		maxX, maxY = math.Max(maxX, p.x), math.Max(maxY, p.y)
	}
	if len(pos) == 0 {
		minX, minY, maxX, maxY = 0, 0, 1, 1
	}
	const size, margin = 600.0, 50.0
	span := math.Max(math.Max(maxX-minX, maxY-minY), 1e-9)
	scale := (size - 2*margin) / span
	at := func(id capacity.UnitID) (float64, float64) {
		p := pos[id]
		// SVG's y axis points down; maps' up.
		return margin + (p.x-minX)*scale, size - margin - (p.y-minY)*scale
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="sans-serif" font-size="10">`+"\n", size, size+40, size, size+40)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	for _, e := range req.Edges {
		x1, y1 := at(e.A)
		x2, y2 := at(e.B)
		if partOf[e.A] != partOf[e.B] {
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#d62728" stroke-width="4" stroke-dasharray="6 4"><title>boundary %s–%s</title></line>`+"\n", x1, y1, x2, y2, html.EscapeString(string(e.A)), html.EscapeString(string(e.B)))
		} else {
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#bbbbbb" stroke-width="1.5"/>`+"\n", x1, y1, x2, y2)
		}
	}
	for _, u := range req.Units {
		x, y := at(u.ID)
		colour := partColours[partOf[u.ID]%len(partColours)]
		title := string(u.ID)
		if n := names[u.ID]; n != "" {
			title += " " + n
		}
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="14" fill="%s" stroke="black" stroke-width="0.5"><title>%s: %d households, part %d</title></circle>`+"\n",
			x, y, colour, html.EscapeString(title), u.Households, partOf[u.ID])
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" fill="white">%d</text>`+"\n", x, y+3.5, u.Households)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>`+"\n", x, y+26, html.EscapeString(string(u.ID)))
	}
	// Legend: one entry per part.
	for i, p := range pl.Parts {
		x := margin + float64(i)*150
		fmt.Fprintf(&b, `<rect x="%.0f" y="%.0f" width="12" height="12" fill="%s"/><text x="%.0f" y="%.0f">part %d: %d households</text>`+"\n",
			x, size+8, partColours[i%len(partColours)], x+16, size+18, i, p.Households)
	}
	b.WriteString("</svg>\n")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		return inputErr(file, "", "svg.write", tr("cannot write: %v", "无法写入：%v", err))
	}
	return nil
}
