package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// A migration moves the schema from version i to i+1 (migrations[i]). It runs
// in one transaction together with the update of schema_version, so a crash
// leaves the file at the old version or the new one.
type migration struct {
	name string
	sql  string
	// fill, when set, runs after sql in the same transaction, for data that
	// SQL alone cannot compute.
	fill func(ctx context.Context, tx *sql.Tx) error
}

// migrations is the schema's history. Append new versions; never edit one
// that has shipped.
var migrations = []migration{
	{
		name: "events and persons",
		sql: `
CREATE TABLE events (
	matter      TEXT    NOT NULL,
	seq         INTEGER NOT NULL CHECK (seq >= 1),
	kind        TEXT    NOT NULL,
	payload     TEXT    NOT NULL,
	recorded_at TEXT    NOT NULL,
	UNIQUE (matter, seq)
);
CREATE TABLE persons (
	id    TEXT PRIMARY KEY,
	name  TEXT NOT NULL,
	phone TEXT NOT NULL DEFAULT ''
);`,
	},
	{
		name: "hash chain over events",
		sql: `
ALTER TABLE events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN hash      TEXT NOT NULL DEFAULT '';`,
		fill: fillHashes,
	},
	{
		name: "append-only events, erasable persons",
		sql: `
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
ALTER TABLE persons ADD COLUMN building  TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN erased_at TEXT;`,
	},
}

// migrate brings the schema up to version target.
func (s *Store) migrate(ctx context.Context, target int) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("schema_version: %w", err)
	}
	for {
		done, err := s.migrateOne(ctx, target)
		if err != nil || done {
			return err
		}
	}
}

// migrateOne applies the next migration, if any, in one transaction; it
// re-reads the version under the write lock, so two processes opening an old
// file at once apply each migration exactly once.
func (s *Store) migrateOne(ctx context.Context, target int) (done bool, err error) {
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		var v int
		switch err := tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); err {
		case nil:
		case sql.ErrNoRows:
			if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
				return err
			}
		default:
			return err
		}
		if v > len(migrations) {
			return fmt.Errorf("%w (file has version %d, program knows %d)", ErrSchemaTooNew, v, len(migrations))
		}
		if v >= target {
			done = true
			return nil
		}
		m := migrations[v]
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("migration %d (%s): %w", v+1, m.name, err)
		}
		if m.fill != nil {
			if err := m.fill(ctx, tx); err != nil {
				return fmt.Errorf("migration %d (%s): %w", v+1, m.name, err)
			}
		}
		_, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, v+1)
		return err
	})
	return done, err
}

// fillHashes computes the hash chain of events written before version 2.
func fillHashes(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT matter, seq, kind, payload, recorded_at FROM events ORDER BY matter, seq`)
	if err != nil {
		return err
	}
	var evs []Event
	for rows.Next() {
		var e Event
		var payload, at string
		if err := rows.Scan(&e.Matter, &e.Seq, &e.Kind, &payload, &at); err != nil {
			rows.Close()
			return err
		}
		e.Payload = json.RawMessage(payload)
		if e.RecordedAt, err = parseTime(at); err != nil {
			rows.Close()
			return fmt.Errorf("matter %q event %d: %w", e.Matter, e.Seq, err)
		}
		evs = append(evs, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	prev := ""
	for i, e := range evs {
		if i == 0 || evs[i-1].Matter != e.Matter {
			prev = ""
		}
		e.PrevHash = prev
		e.Hash = e.ComputeHash()
		if _, err := tx.ExecContext(ctx, `UPDATE events SET prev_hash = ?, hash = ? WHERE matter = ? AND seq = ?`,
			e.PrevHash, e.Hash, e.Matter, e.Seq); err != nil {
			return err
		}
		prev = e.Hash
	}
	return nil
}
