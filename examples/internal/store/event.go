package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"
)

// Event is one stored event of a matter.
type Event struct {
	Matter     string          // the matter's ID
	Seq        int64           // 1 for the matter's first event, then 2, 3, …
	Kind       string          // the event's type, e.g. "raised"
	Payload    json.RawMessage // the event as compact JSON; names people only by ID
	RecordedAt time.Time       // when the command was decided, given by the caller
	PrevHash   string          // Hash of event Seq-1, "" for the first event
	Hash       string          // hex SHA-256, see ComputeHash
}

// NewEvent is an event to append: the store assigns its matter, sequence
// number and hashes.
type NewEvent struct {
	Kind       string
	Payload    json.RawMessage
	RecordedAt time.Time
}

// ComputeHash returns the hex SHA-256 of the event's fields other than Hash:
// PrevHash, Matter, Seq (decimal), Kind, RecordedAt (RFC 3339 with
// nanoseconds, UTC) and Payload, each preceded by its length as a uvarint so
// that no two events share an encoding.
func (e Event) ComputeHash() string {
	h := sha256.New()
	var n [binary.MaxVarintLen64]byte
	field := func(b []byte) {
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(b)))])
		h.Write(b)
	}
	field([]byte(e.PrevHash))
	field([]byte(e.Matter))
	field(strconv.AppendInt(nil, e.Seq, 10))
	field([]byte(e.Kind))
	field([]byte(formatTime(e.RecordedAt)))
	field(e.Payload)
	return hex.EncodeToString(h.Sum(nil))
}

// MaxMatterLen is the longest matter ID, in bytes, that Append accepts.
const MaxMatterLen = 128

func checkMatter(matter string) error {
	if matter == "" || len(matter) > MaxMatterLen || !utf8.ValidString(matter) {
		return fmt.Errorf("store: invalid matter ID %q (1 to %d bytes of UTF-8)", matter, MaxMatterLen)
	}
	return nil
}

// Append appends events to the matter's stream in one transaction.
// expectedSeq is the sequence number of the last event the caller saw (0 for
// a new matter). When the stream has moved on, Append writes nothing and
// returns a *ConflictError; the caller re-reads the stream, decides again and
// retries. Append returns the stored events with their sequence numbers and
// hashes.
func (s *Store) Append(ctx context.Context, matter string, expectedSeq int64, evs []NewEvent) ([]Event, error) {
	out, err := s.AppendBatch(ctx, []Batch{{Matter: matter, ExpectedSeq: expectedSeq, Events: evs}})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// Batch is the events to append to one matter, and the sequence number of
// the matter's last event the caller saw.
type Batch struct {
	Matter      string
	ExpectedSeq int64
	Events      []NewEvent
}

// AppendBatch appends to several matters in one transaction, for a command
// that changes more than one (merging a duplicate into the matter it
// repeats): either every batch is stored or none is. It returns a
// *ConflictError for the first matter whose stream has moved on, and the
// stored events of each batch otherwise. A matter may appear only once.
func (s *Store) AppendBatch(ctx context.Context, batches []Batch) ([][]Event, error) {
	if len(batches) == 0 {
		return nil, errors.New("store: no events to append")
	}
	out := make([][]Event, len(batches))
	seen := map[string]bool{}
	for b, batch := range batches {
		matter := batch.Matter
		if err := checkMatter(matter); err != nil {
			return nil, err
		}
		if seen[matter] {
			return nil, fmt.Errorf("store: matter %q appears twice in one batch", matter)
		}
		seen[matter] = true
		if batch.ExpectedSeq < 0 {
			return nil, fmt.Errorf("store: negative expected sequence number %d", batch.ExpectedSeq)
		}
		if len(batch.Events) == 0 {
			return nil, fmt.Errorf("store: no events to append to matter %q", matter)
		}
		out[b] = make([]Event, len(batch.Events))
		for i, ne := range batch.Events {
			if ne.Kind == "" || !utf8.ValidString(ne.Kind) {
				return nil, fmt.Errorf("store: event %d: invalid kind %q", i, ne.Kind)
			}
			if ne.RecordedAt.IsZero() {
				return nil, fmt.Errorf("store: event %d (%s): no recorded time", i, ne.Kind)
			}
			var buf bytes.Buffer
			if err := json.Compact(&buf, ne.Payload); err != nil {
				return nil, fmt.Errorf("store: event %d (%s): payload is not JSON: %w", i, ne.Kind, err)
			}
			out[b][i] = Event{Matter: matter, Kind: ne.Kind, Payload: buf.Bytes(), RecordedAt: ne.RecordedAt.UTC()}
		}
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for b, batch := range batches {
			if err := appendTx(ctx, tx, batch.Matter, batch.ExpectedSeq, out[b]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		var ce *ConflictError
		if errors.As(err, &ce) {
			return nil, err
		}
		return nil, fmt.Errorf("store: append: %w", err)
	}
	return out, nil
}

// appendTx numbers, chains and inserts evs after the matter's last event,
// which must be expectedSeq.
func appendTx(ctx context.Context, tx *sql.Tx, matter string, expectedSeq int64, evs []Event) error {
	var last int64
	var prev string
	err := tx.QueryRowContext(ctx, `SELECT seq, hash FROM events WHERE matter = ? ORDER BY seq DESC LIMIT 1`, matter).Scan(&last, &prev)
	if err != nil && err != sql.ErrNoRows {
		return err
	}
	if last != expectedSeq {
		return &ConflictError{Matter: matter, Expected: expectedSeq, Actual: last}
	}
	for i := range evs {
		e := &evs[i]
		e.Seq = last + 1 + int64(i)
		e.PrevHash = prev
		e.Hash = e.ComputeHash()
		prev = e.Hash
		_, err := tx.ExecContext(ctx,
			`INSERT INTO events (matter, seq, kind, payload, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			e.Matter, e.Seq, e.Kind, string(e.Payload), formatTime(e.RecordedAt), e.PrevHash, e.Hash)
		if isConstraint(err) {
			// Unreachable while transactions take the write lock first;
			// the UNIQUE key is the last line of defence.
			return &ConflictError{Matter: matter, Expected: expectedSeq, Actual: e.Seq}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Events returns the matter's events in sequence order; none for an unknown
// matter.
func (s *Store) Events(ctx context.Context, matter string) ([]Event, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT matter, seq, kind, payload, recorded_at, prev_hash, hash FROM events WHERE matter = ? ORDER BY seq`, matter)
	if err != nil {
		return nil, fmt.Errorf("store: events of %q: %w", matter, err)
	}
	defer rows.Close()
	var evs []Event
	for rows.Next() {
		var e Event
		var payload, at string
		if err := rows.Scan(&e.Matter, &e.Seq, &e.Kind, &payload, &at, &e.PrevHash, &e.Hash); err != nil {
			return nil, fmt.Errorf("store: events of %q: %w", matter, err)
		}
		e.Payload = json.RawMessage(payload)
		if e.RecordedAt, err = parseTime(at); err != nil {
			return nil, fmt.Errorf("store: matter %q event %d: %w", matter, e.Seq, err)
		}
		evs = append(evs, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: events of %q: %w", matter, err)
	}
	return evs, nil
}

// Head is a matter's ID with the sequence number of its last event.
type Head struct {
	Matter string
	Seq    int64
}

// Matters returns every matter with its last sequence number, sorted by ID.
func (s *Store) Matters(ctx context.Context) ([]Head, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT matter, MAX(seq) FROM events GROUP BY matter ORDER BY matter`)
	if err != nil {
		return nil, fmt.Errorf("store: matters: %w", err)
	}
	defer rows.Close()
	var hs []Head
	for rows.Next() {
		var h Head
		if err := rows.Scan(&h.Matter, &h.Seq); err != nil {
			return nil, fmt.Errorf("store: matters: %w", err)
		}
		hs = append(hs, h)
	}
	return hs, rows.Err()
}

// Verify recomputes the matter's hash chain and returns a *ChainError for
// the first event that is out of sequence, does not link to its predecessor,
// or whose hash does not match its content.
func (s *Store) Verify(ctx context.Context, matter string) error {
	evs, err := s.Events(ctx, matter)
	if err != nil {
		return err
	}
	return VerifyChain(evs)
}

// VerifyChain checks that evs, one matter's events in order, form an
// unbroken hash chain starting at sequence number 1.
func VerifyChain(evs []Event) error {
	prev := ""
	for i, e := range evs {
		switch {
		case e.Matter != evs[0].Matter:
			return &ChainError{Matter: evs[0].Matter, Seq: e.Seq, Reason: fmt.Sprintf("belongs to matter %q", e.Matter)}
		case e.Seq != int64(i)+1:
			return &ChainError{Matter: e.Matter, Seq: e.Seq, Reason: fmt.Sprintf("out of sequence: want %d", i+1)}
		case e.PrevHash != prev:
			return &ChainError{Matter: e.Matter, Seq: e.Seq, Reason: "does not link to the previous event's hash"}
		case e.ComputeHash() != e.Hash:
			return &ChainError{Matter: e.Matter, Seq: e.Seq, Reason: "hash does not match the event's content"}
		}
		prev = e.Hash
	}
	return nil
}

func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseTime(s string) (time.Time, error) { return time.Parse(time.RFC3339Nano, s) }
