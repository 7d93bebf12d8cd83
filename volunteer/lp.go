package volunteer

import "math"

// Linear programs for column generation (colgen.go): min cᵀx subject to
// Ax = b and x ≥ 0, solved by the revised primal simplex method with an
// explicit dense basis inverse. The programs are small (a row per cover
// seat and per volunteer, a few hundred at most), so the dense inverse
// costs less than the bookkeeping of a factorisation would. Floating
// point is fine here: the LP only steers the search (prices and the
// dive); every roster it leads to is scored in integers by the state.

// lpEps is the tolerance on reduced costs, pivots and feasibility.
const lpEps = 1e-9

// lpPerturb scales the perturbation of the right-hand side, lpPivot is
// the smallest pivot the ratio test accepts and lpFeas how far below 0
// it lets a basic value go.
const (
	lpPerturb = 1e-6
	lpPivot   = 1e-7
	lpFeas    = 1e-9
)

// lpRefactor is how many pivots pass (at least; rows, if more) before
// the inverse is rebuilt from the basis, which keeps rounding errors
// from piling up; rebuilding costs rows³, a pivot rows².
const lpRefactor = 64

// lp is a linear program in standard form with sparse columns.
type lp struct {
	m     int
	b     []float64 // right-hand side, perturbed while solving
	b0    []float64 // right-hand side as given
	cost  []float64
	rows  [][]int32 // column j's nonzero rows
	vals  [][]float64
	basis []int     // the basic column of each row position
	pos   []int     // a column's position in basis, or -1
	inv   []float64 // basis inverse, m×m row-major
	xB    []float64 // values of the basic columns
	y     []float64 // duals
	d     []float64 // scratch: B⁻¹ a_j
	piv   int       // pivots since the last refactorisation
	ops   int       // inner-loop steps done, the measure of work
}

// newLP returns an LP with right-hand side b and no columns.
func newLP(b []float64) *lp {
	m := len(b)
	// Each row's right-hand side is raised by a distinct tiny amount:
	// set-partitioning programs are so degenerate that the simplex method
	// otherwise stalls on pivots of zero (or rounding-sized) steps.
	pb := make([]float64, m)
	for i, v := range b {
		pb[i] = v + lpPerturb*float64(1+(i*7919)%997)/997
	}
	return &lp{m: m, b: pb, b0: b, inv: make([]float64, m*m), xB: make([]float64, m), y: make([]float64, m), d: make([]float64, m)}
}

// add appends a column and returns its index. It is nonbasic (at 0).
func (p *lp) add(c float64, rows []int32, vals []float64) int {
	p.cost = append(p.cost, c)
	p.rows = append(p.rows, rows)
	p.vals = append(p.vals, vals)
	p.pos = append(p.pos, -1)
	return len(p.cost) - 1
}

// start sets the basis (one column per row) and factorises it. It
// reports false when the basis is singular or not primal feasible.
func (p *lp) start(basis []int) bool {
	p.basis = append(p.basis[:0], basis...)
	for j := range p.pos {
		p.pos[j] = -1
	}
	for i, j := range p.basis {
		p.pos[j] = i
	}
	return p.refactor()
}

// refactor rebuilds the inverse of the basis by Gauss-Jordan elimination
// with partial pivoting, and the basic values from it.
func (p *lp) refactor() bool {
	m := p.m
	a := make([]float64, m*m)
	for i, j := range p.basis {
		for k, r := range p.rows[j] {
			a[int(r)*m+i] = p.vals[j][k]
		}
	}
	inv := p.inv
	clear(inv)
	for i := range m {
		inv[i*m+i] = 1
	}
	p.ops += m * m * m
	for c := range m {
		r, best := -1, 1e-12
		for i := c; i < m; i++ {
			if v := math.Abs(a[i*m+c]); v > best {
				r, best = i, v
			}
		}
		if r < 0 {
			return false
		}
		if r != c {
			for k := range m {
				a[r*m+k], a[c*m+k] = a[c*m+k], a[r*m+k]
				inv[r*m+k], inv[c*m+k] = inv[c*m+k], inv[r*m+k]
			}
		}
		f := 1 / a[c*m+c]
		for k := range m {
			a[c*m+k] *= f
			inv[c*m+k] *= f
		}
		for i := range m {
			if i == c || a[i*m+c] == 0 {
				continue
			}
			g := a[i*m+c]
			for k := range m {
				a[i*m+k] -= g * a[c*m+k]
				inv[i*m+k] -= g * inv[c*m+k]
			}
		}
	}
	for i := range m {
		s := 0.0
		for k := range m {
			s += inv[i*m+k] * p.b[k]
		}
		if s < -1e-5 { // beyond rounding: the basis is not feasible
			return false
		}
		p.xB[i] = max(s, 0)
	}
	p.piv = 0
	return true
}

// duals computes y = c_Bᵀ B⁻¹.
func (p *lp) duals() {
	m := p.m
	clear(p.y)
	for i, j := range p.basis {
		c := p.cost[j]
		if c == 0 {
			continue
		}
		row := p.inv[i*m : i*m+m]
		for k, v := range row {
			p.y[k] += c * v
		}
	}
}

// reduced is column j's reduced cost at the current duals.
func (p *lp) reduced(j int) float64 {
	r := p.cost[j]
	for k, i := range p.rows[j] {
		r -= p.y[i] * p.vals[j][k]
	}
	return r
}

// lpStatus is how solve ended.
type lpStatus int

const (
	lpOptimal lpStatus = iota
	lpLimit            // iters pivots made; the basis is feasible
	lpFailed           // numerically singular or unbounded
)

// solve runs primal simplex iterations until the basis is optimal or
// iters pivots were made; it returns the pivots made and how it ended.
// Dantzig's rule picks the entering column; after a run of degenerate
// pivots, Bland's rule takes over so the method cannot cycle.
func (p *lp) solve(iters int) (int, lpStatus) {
	m := p.m
	degen := 0
	for it := 0; it < iters; it++ {
		p.ops += 3*m*m + len(p.cost)
		p.duals()
		bland := degen > 2*m
		enter, best := -1, -lpEps*1e3
		for j := range p.cost {
			if p.pos[j] >= 0 {
				continue
			}
			r := p.reduced(j)
			if r < best {
				enter, best = j, r
				if bland {
					break
				}
			}
		}
		if enter < 0 {
			return it, lpOptimal
		}
		d := p.d
		clear(d)
		for k, r := range p.rows[enter] {
			v := p.vals[enter][k]
			for i := range m {
				d[i] += p.inv[i*m+int(r)] * v
			}
		}
		// Harris's ratio test: the largest step that breaks no bound by
		// more than lpFeas, then among the rows that bound it the largest
		// pivot (small pivots are what make the inverse drift); Bland's
		// rule takes the lowest column index instead.
		theta := math.Inf(1)
		for i := range m {
			if d[i] > lpPivot {
				theta = min(theta, (p.xB[i]+lpFeas)/d[i])
			}
		}
		leave, ratio := -1, 0.0
		for i := range m {
			if d[i] <= lpPivot || p.xB[i]/d[i] > theta {
				continue
			}
			if leave < 0 || !bland && d[i] > d[leave] || bland && p.basis[i] < p.basis[leave] {
				leave = i
			}
		}
		if leave >= 0 {
			ratio = max(0, p.xB[leave]/d[leave])
		}
		if leave < 0 {
			return it, lpFailed // unbounded: cannot happen with the costs colgen builds
		}
		// A pivot that does not lower the objective by more than rounding
		// is degenerate, whatever its step.
		if ratio*-best < 1e-9 {
			degen++
		} else {
			degen = 0
		}
		for i := range m {
			if i != leave {
				p.xB[i] = max(0, p.xB[i]-ratio*d[i])
			}
		}
		p.xB[leave] = ratio
		f := 1 / d[leave]
		lr := p.inv[leave*m : leave*m+m]
		for k := range lr {
			lr[k] *= f
		}
		for i := range m {
			if i == leave || d[i] == 0 {
				continue
			}
			g := d[i]
			row := p.inv[i*m : i*m+m]
			for k, v := range lr {
				row[k] -= g * v
			}
		}
		p.pos[p.basis[leave]] = -1
		p.basis[leave] = enter
		p.pos[enter] = leave
		if p.piv++; p.piv >= max(lpRefactor, m) && !p.refactor() {
			return it + 1, lpFailed
		}
	}
	p.duals()
	return iters, lpLimit
}

// unperturb recomputes the basic values for the right-hand side as given
// (the basis found for the perturbed one is optimal for it up to the
// size of the perturbation).
func (p *lp) unperturb() {
	m := p.m
	for i := range m {
		s := 0.0
		for k := range m {
			s += p.inv[i*m+k] * p.b0[k]
		}
		p.xB[i] = max(s, 0)
	}
}

// value is column j's value in the current basic solution.
func (p *lp) value(j int) float64 {
	if i := p.pos[j]; i >= 0 {
		return p.xB[i]
	}
	return 0
}

// objective is cᵀx at the current basic solution.
func (p *lp) objective() float64 {
	z := 0.0
	for i, j := range p.basis {
		z += p.cost[j] * p.xB[i]
	}
	return z
}
