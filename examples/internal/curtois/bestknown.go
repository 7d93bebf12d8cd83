package curtois

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// BestKnownColumn is the column of best-known.tsv that holds the best
// published 60-minute result of each instance.
const BestKnownColumn = "lit_best_60min"

// ReadBestKnown reads a tab-separated table of published results, such as
// shared/data/curtois-qu/best-known.tsv: '#' comment lines, a header row
// whose first column names the instance, then one row per instance. It
// returns, by instance name (for example "Instance1"), the integer in the
// named column; rows where that cell is "-" or empty are left out.
func ReadBestKnown(r io.Reader, column string) (map[string]int, error) {
	sc := bufio.NewScanner(r)
	col := -1
	out := map[string]int{}
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if col < 0 {
			for i, h := range f {
				if strings.TrimSpace(h) == column {
					col = i
				}
			}
			if col < 0 {
				return nil, fmt.Errorf("curtois: best-known table line %d: no column %q in header", n, column)
			}
			continue
		}
		name := strings.TrimSpace(f[0])
		if col >= len(f) {
			return nil, fmt.Errorf("curtois: best-known table line %d: %d columns, no %q", n, len(f), column)
		}
		cell := strings.TrimSpace(f[col])
		if cell == "" || cell == "-" {
			continue
		}
		v, err := strconv.Atoi(cell)
		if err != nil {
			return nil, fmt.Errorf("curtois: best-known table line %d: %s: %q is not an integer", n, column, cell)
		}
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("curtois: best-known table line %d: %q listed twice", n, name)
		}
		out[name] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("curtois: reading best-known table: %w", err)
	}
	if col < 0 {
		return nil, fmt.Errorf("curtois: best-known table has no header")
	}
	return out, nil
}

// Gap returns (objective − best) / best in hundredths of a percent,
// rounded towards zero, in integer arithmetic: 2 % is 200. best must be
// positive.
func Gap(objective, best int) int {
	return (objective - best) * 10000 / best
}
