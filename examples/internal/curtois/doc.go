// Package curtois reads, checks, solves exactly and generates instances of
// the Curtois & Qu employee shift-scheduling benchmark, the public benchmark
// against which the volunteer engine's staff rostering is measured
// (shared/reference/rota.md §3.1).
//
// The published instances are third-party research data without a stated
// licence: they are not in this repository. Tests that need them read the
// folder named by the environment variable SHEQU_CURTOIS_DIR and skip with
// a message when it is unset; CI sets it to shared/data/curtois-qu.
//
// # Usage
//
//	in, err := curtois.Parse(f)          // *ParseError with line and section
//	r := curtois.NewRoster(in)           // r[staff][day] = shift index or Off
//	// fill r, e.g. from a solver
//	ev := curtois.Evaluate(in, r)        // objective, its parts, every violation
//	if !ev.Feasible() { … ev.Violations … }
//
// [WriteLP] writes an instance as a MIP for an external solver and
// [ReadCBCSolution] reads CBC's answer back; [ReadBestKnown] reads the
// table of published results and [Gap] compares with it; [Generate] makes seeded
// synthetic instances of any size up to a year, 10,000 staff and 1,000
// shift types, each with a feasible witness roster; [Write] writes an
// instance in the file format; [WriteRoster] and [ParseRoster] keep rosters
// as text. The command in cmd/curtois exposes these, and
// scripts/curtois/cbc.sh drives CBC with them.
//
// # The volunteer engine
//
// [MapToVolunteer] expresses an instance as input to the volunteer engine
// (one volunteer per employee, one need per day and shift type; see
// [Mapping]) and [Mapping.Plan] runs volunteer.Plan and returns the roster,
// which [Evaluate] then checks independently. A benchmark command does, per
// instance file:
//
//	in, err := curtois.Parse(f)
//	m := curtois.MapToVolunteer(in)
//	roster, res, err := m.Plan(seed, budget)
//	ev := curtois.Evaluate(in, roster)          // the objective to report
//	best := bestKnown["Instance1"]              // curtois.ReadBestKnown(tsv, curtois.BestKnownColumn)
//	gap := curtois.Gap(ev.Objective, best)      // hundredths of a percent
//
// and reports ev.Objective only if ev.Feasible(); res.Score.Soft +
// m.Constant equals ev.Objective (a test checks it).
//
// # The model
//
// An instance has a horizon of H days starting on a Monday, shift types with
// a length in minutes and a list of types that cannot follow them on the
// next day, and staff with per-type maxima, minimum and maximum total
// minutes, maximum and minimum consecutive working days, minimum
// consecutive days off, a maximum number of weekends and a list of days off.
// [Evaluate] implements exactly these semantics, which reproduce the proven
// optima 607 (Instance1) and 828 (Instance2):
//
//   - Hard: at most one shift per employee per day (a [Roster] cannot say
//     otherwise); no shift t2 on day d+1 after t1 on day d when t2 is in t1's
//     cannot-follow list; per-type maxima; MinTotalMinutes ≤ Σ minutes ≤
//     MaxTotalMinutes; every run of consecutive working days at most
//     MaxConsecutiveShifts long; runs of working days at least
//     MinConsecutiveShifts long and runs of days off at least
//     MinConsecutiveDaysOff long, except runs touching day 0 or day H-1;
//     weekend w (days 7w+5 and 7w+6) counts once if either day is worked,
//     and at most MaxWeekends count; no work on a listed day off.
//   - Objective (minimise): the weight of each shift-on request whose
//     shift is not assigned, plus the weight of each shift-off request
//     whose shift is assigned, plus, for each cover row,
//     Under·max(0, requirement − assigned) + Over·max(0, assigned −
//     requirement), counting the people who work that shift that day.
//
// The MIP of [WriteLP] is a second, independent encoding of the same rules
// (patterns off–n×on–off forbidden for n below the minimum, windows of
// MaxConsecutive+1 days, a binary per worked weekend); a test checks on
// thousands of random rosters that the two agree on feasibility and on the
// objective. A third check enumerates every roster of small instances:
// the optimum found with [Evaluate] equals CBC's on the MIP (tests
// TestBruteForceTiny and TestBruteForceGenerated).
//
// # Reference results (CBC)
//
// COIN-OR CBC 2.10.8 (Debian coinor-cbc), default settings, one thread,
// time limit 180 CPU seconds, on a 2-core machine shared with other jobs
// (2026-11-28); each roster read back and checked with [Evaluate] (no
// violation, objective equal to CBC's):
//
//	instance   objective  lower bound  published best  CBC status          wall time
//	Instance1        607          607             607  optimal               2.3 s
//	Instance2        828          828             828  optimal               5.1 s
//	Instance3       1003         1000            1001  stopped at 180 s    224.6 s
//
// Instance1 and Instance2 are the proven optima of the literature; on
// Instance3 CBC found 1003 (0.2 % above the published 1001) and proved that
// nothing below 1000 exists.
//
// Reproduce with (needs apt-get install -y coinor-cbc):
//
//	scripts/curtois/cbc.sh -t 180 "$SHEQU_CURTOIS_DIR"/Instance{1,2,3}.txt
//
// # Benchmarks
//
// Per call, on generated instances of the sizes of Instance1, Instance7
// and Instance24 (AMD EPYC, 2 cores shared with other jobs, Go 1.26,
// 2026-11-28); time, then bytes and allocations:
//
//	                14 d × 8 × 1 type      28 d × 20 × 3 types     364 d × 150 × 32 types
//	Parse           92 µs, 84 kB, 231      365 µs, 164 kB, 788     44 ms, 11.8 MB, 55,345
//	Evaluate        6.2 µs, 2.4 kB, 38     34 µs, 14 kB, 147       7.9 ms, 1.2 MB, 2,428
//	Generate        22 µs, 7.7 kB, 89      99 µs, 43 kB, 234       13 ms, 5.2 MB, 3,139
//	WriteLP         1.6 ms, 180 kB, 5,624  12 ms, 2.0 MB, 54,386   not run (1.7 M binaries)
//
// Reproduce with:
//
//	cd examples/internal/curtois && go test -run '^$' -bench . -benchtime 20x -count 1 .
//
// # Sources
//
// T. Curtois and R. Qu, "Computational results on new staff scheduling
// benchmark instances", technical report, University of Nottingham, 2014;
// instances and file format at schedulingbenchmarks.org/nrp. The copy used
// here and its integrity checks are described in
// shared/data/curtois-qu/README.md.
package curtois
