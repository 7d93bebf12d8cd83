package capacity

import (
	"cmp"
	"slices"
)

// graph is the contracted unit graph the planners work on: one node per
// compound (or per unit outside any compound), node weight = households,
// parallel edges merged by summing their weights, edges inside a compound
// dropped. Adjacency is stored in CSR form, sorted by neighbour.
type graph struct {
	n     int
	w     []int64 // households per node
	start []int32 // adjacency of v is adj[start[v]:start[v+1]]
	adj   []int32
	aw    []int64
	// members[v] lists the indexes of the input units in node v, ascending.
	members [][]int
	// name is the compound name, or the unit ID of a lone unit.
	name  []string
	total int64
}

// buildGraph contracts units into nodes. It assumes validated input. Node
// order follows the first unit of each node in input order, so it is
// deterministic.
func buildGraph(units []Unit, edges []Edge) *graph {
	g := &graph{}
	node := make([]int32, len(units))
	byCompound := make(map[string]int32)
	index := make(map[UnitID]int32, len(units))
	for i, u := range units {
		index[u.ID] = int32(i)
		if u.Compound != "" {
			if v, ok := byCompound[u.Compound]; ok {
				node[i] = v
				g.members[v] = append(g.members[v], i)
				g.w[v] += u.Households
				continue
			}
			byCompound[u.Compound] = int32(g.n)
		}
		node[i] = int32(g.n)
		g.members = append(g.members, []int{i})
		g.w = append(g.w, u.Households)
		name := u.Compound
		if name == "" {
			name = string(u.ID)
		}
		g.name = append(g.name, name)
		g.n++
	}
	for _, h := range g.w {
		g.total += h
	}
	arcs := make([]arc, 0, 2*len(edges))
	for _, e := range edges {
		ia, oka := index[e.A]
		ib, okb := index[e.B]
		if !oka || !okb {
			continue
		}
		a, b := node[ia], node[ib]
		if a == b {
			continue
		}
		arcs = append(arcs, arc{a, b, e.weight()}, arc{b, a, e.weight()})
	}
	g.start, g.adj, g.aw = adjacency(g.n, arcs)
	return g
}

// components labels the connected components of g; it returns the label of
// each node and the number of components. Labels follow node order.
func (g *graph) components() ([]int32, int) {
	comp := make([]int32, g.n)
	for i := range comp {
		comp[i] = -1
	}
	queue := make([]int32, 0, g.n)
	c := int32(0)
	for s := 0; s < g.n; s++ {
		if comp[s] >= 0 {
			continue
		}
		comp[s] = c
		queue = append(queue[:0], int32(s))
		for len(queue) > 0 {
			v := queue[len(queue)-1]
			queue = queue[:len(queue)-1]
			for _, u := range g.adj[g.start[v]:g.start[v+1]] {
				if comp[u] < 0 {
					comp[u] = c
					queue = append(queue, u)
				}
			}
		}
		c++
	}
	return comp, int(c)
}

// cutWeight returns the total weight and the number of the edges of g
// whose ends lie in different parts.
func (g *graph) cutWeight(part []int32) (w int64, edges int) {
	for v := 0; v < g.n; v++ {
		for i := g.start[v]; i < g.start[v+1]; i++ {
			u := g.adj[i]
			if int(u) > v && part[u] != part[v] {
				w += g.aw[i]
				edges++
			}
		}
	}
	return w, edges
}

// arc is one direction of an edge between nodes a and b, of weight w.
type arc struct {
	a, b int32
	w    int64
}

// adjacency returns the compressed adjacency of n nodes from arcs (both
// directions of every edge): the neighbours of v are adj[start[v]:start[v+1]]
// in increasing order, parallel arcs merged by adding their weights. It
// sorts arcs in place.
func adjacency(n int, arcs []arc) (start, adj []int32, aw []int64) {
	slices.SortFunc(arcs, func(x, y arc) int {
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	start = make([]int32, n+1)
	for i := 0; i < len(arcs); {
		j := i
		var w int64
		for j < len(arcs) && arcs[j].a == arcs[i].a && arcs[j].b == arcs[i].b {
			w += arcs[j].w
			j++
		}
		adj = append(adj, arcs[i].b)
		aw = append(aw, w)
		start[arcs[i].a+1]++
		i = j
	}
	for v := range n {
		start[v+1] += start[v]
	}
	return start, adj, aw
}
