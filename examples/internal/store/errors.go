package store

import (
	"errors"
	"fmt"
)

// ErrConflict is matched (with errors.Is) by the *ConflictError that
// Store.Append returns when another writer appended to the matter first.
var ErrConflict = errors.New("store: conflicting append")

// ErrNotFound is returned by Store.Person and Store.Erase for an unknown
// person ID.
var ErrNotFound = errors.New("store: not found")

// ErrErased is returned by Store.PutPerson for an ID whose data was erased:
// an erased ID is never reused, so the history cannot come to name someone
// else.
var ErrErased = errors.New("store: person was erased")

// ErrSchemaTooNew is returned by Open for a database whose schema version is
// newer than this program knows.
var ErrSchemaTooNew = errors.New("store: database schema is newer than this program")

// ConflictError reports that a matter's stream did not end where the writer
// expected: another writer appended first. Nothing was written.
type ConflictError struct {
	Matter   string // the matter appended to
	Expected int64  // the last sequence number the writer saw
	Actual   int64  // the last sequence number in the store
}

// Error implements error.
func (e *ConflictError) Error() string {
	return fmt.Sprintf("store: matter %q changed: expected last event %d, found %d", e.Matter, e.Expected, e.Actual)
}

// Is reports whether target is ErrConflict.
func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

// ChainError reports the first event of a matter whose hash chain does not
// verify.
type ChainError struct {
	Matter string
	Seq    int64  // the offending event's sequence number
	Reason string // what does not match
}

// Error implements error.
func (e *ChainError) Error() string {
	return fmt.Sprintf("store: matter %q event %d: %s", e.Matter, e.Seq, e.Reason)
}
