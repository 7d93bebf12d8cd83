// Package shequ is an embeddable library for urban community governance
// (社区治理), built from the practice of Beijing's Chaoyang District. City
// systems, grid-management platforms and property-management software import
// its packages to get community-governance rules right: who sits on a
// community's coordination mechanism and whether its bodies are lawfully
// constituted, how a resident's matter moves from collection to evaluation,
// how volunteers share the care of stairwells and shared spaces, and when a
// community is too large for its staff and how to split it.
//
// This package holds documentation only. The work is done by four packages:
//
//   - [github.com/shequ/shequ/governance]: the six-party coordination
//     mechanism (六位一体): the six seats, the bodies that may fill them, the
//     composition rules of each body as policy with Beijing defaults and
//     cited sources, and validation that reports every finding. It also
//     counts owners' votes by area and by head under Civil Code art. 278.
//   - [github.com/shequ/shequ/deliberation]: the five-step workflow
//     集、议、办、督、评 (collect, deliberate, handle, supervise, evaluate) as a
//     pure state machine: commands in, events out, state by folding events.
//   - [github.com/shequ/shequ/volunteer]: space-claim (空间认领) rota
//     planning, repair and explanation under hard and soft constraints,
//     measured against the optima COIN-OR CBC proves on mid-size rotas.
//     The same engine rosters a property company's paid staff, measured on
//     the Curtois & Qu staff-scheduling benchmark.
//   - [github.com/shequ/shequ/capacity]: community size and staffing
//     assessment against a households-per-worker target, and the planning of
//     contiguous, balanced community splits. The same engine solves
//     cut-edge redistricting, measured on the published county and tract
//     instances of Validi and Buchanan.
//
// # Dependencies between the packages
//
// Dependencies point one way. deliberation may import governance (it names
// governance's seats and uses its vote counting); volunteer and capacity
// stand alone; nothing in the library imports the examples.
//
// # Purity
//
// The four packages do no I/O: no files, network or database, no
// goroutines, no global mutable state, no reading of the clock and no
// unseeded randomness. Inputs are values and outputs are values. Time comes
// in as an argument, randomness as a seed, and storage and transport belong
// to the embedder, the way go.etcd.io/raft leaves them to its user. The same
// input always gives the same output, in the same order.
//
// Wrong input gets a typed error or a finding with a stable code, the path to
// the offending field and a message in English and Chinese; the packages
// never panic on input and never half-apply a change. Thresholds that the law
// states exactly (two thirds, three quarters, more than half) are compared in
// integer arithmetic.
//
// # Rules are data with a source
//
// Every threshold lives in a policy value returned fresh by a function, with
// Beijing defaults, and each records the law or regulation and article it
// comes from. Another city changes the policy, not the code. Rules that come
// from national law are fixed: a policy that relaxes them is itself reported
// invalid.
//
// # The source practice
//
// The rules and stories come from a 2023 report on Chaoyang District's
// community governance system (“超大城市社区治理的‘朝阳答案’”): the six-in-one
// mechanism led by the community Party organisation; the Songliu compound's
// space-claim volunteers (4 towers of 18 floors, 576 households); the split
// of Xiaguangli community (4,000+ households, 16 workers) that created
// Liangma community with about 1,600 households; the consultation platforms
// and their five steps; and the ramp at Huixinli building 32, finished 45
// days after the residents' consultation.
//
// The examples module (github.com/shequ/shequ/examples) holds a CLI that runs
// these stories end to end over an embedded SQLite store; it is the only
// place in the repository that does I/O.
package shequ
