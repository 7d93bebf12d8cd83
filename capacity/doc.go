// Package capacity assesses community size and staffing against a
// households-per-worker standard and plans the split of an oversize
// community into contiguous, balanced parts that never cut a compound,
// reporting the staffing gap.
package capacity
