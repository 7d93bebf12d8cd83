// Package store keeps the example app's data in one SQLite file: the
// append-only event history of each matter (议题) and, apart from it, the
// personal data of the people those events name.
//
// It is the only place in the repository that does I/O. The library packages
// return events as values; the embedder decides where they go. This package
// shows one way: SQLite through modernc.org/sqlite (pure Go, no cgo).
//
// # Events
//
// Each matter has its own stream of events numbered 1, 2, 3, … with a
// UNIQUE (matter, seq) key. [Store.Append] takes the sequence number the
// caller last saw; when another writer appended first, it fails with a
// [*ConflictError] that matches [ErrConflict] and writes nothing. One call is
// one transaction: all of its events are stored or none. Triggers refuse
// UPDATE and DELETE on the events table, so the history is append-only.
// [Store.AppendBatch] does the same for several matters at once (a merge
// changes two), all or nothing.
//
// Every event carries the SHA-256 hash of its predecessor and its own hash
// over the matter, sequence number, kind, time and payload (see
// [Event.ComputeHash]). [Store.Verify] recomputes the chain and reports the
// first event that does not match.
//
// # People
//
// Names, phone numbers and buildings live in the persons table, never in an
// event payload: events name people by opaque ID. [Store.Erase] removes a
// person's data (secure_delete is on and the WAL is checkpointed, so the bytes
// do not linger in free pages) while the event history, and its hash chain,
// stay intact. The checkpoint cannot move pages that another process is
// still reading; such copies leave the WAL at that process's next
// checkpoint.
//
// # Durability and schema
//
// The database runs in WAL mode with synchronous=FULL, so an event is on disk
// when Append returns, and a busy timeout so that concurrent writers wait
// instead of failing. The schema carries a version in the schema_version
// table; [Open] applies the forward migrations a file lacks, each in its own
// transaction, and refuses a file written by a newer version
// ([ErrSchemaTooNew]).
//
// # Performance
//
// On the shared 2-core AMD EPYC development machine, with the file on its
// local disk (synchronous=FULL: every append waits for fsync):
//
//	BenchmarkAppend/events=1     2.1 ms/op    2.7 kB/op     62 allocs/op
//	BenchmarkAppend/events=10    3.4 ms/op   13.9 kB/op    305 allocs/op
//	BenchmarkEventsVerify        1.9 ms/op  102 kB/op    2,233 allocs/op (100 events)
//
// An append is bound by the disk flush, not by SQLite or hashing: ten events
// cost little more than one, so a command's events go in one transaction.
// Reproduce with
//
//	go test ./examples/internal/store -run '^$' -bench . -benchtime 200x
package store
