package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Person is a resident or worker's personal data, kept out of the event
// history. Events refer to a person by ID only.
type Person struct {
	ID       string
	Name     string
	Phone    string
	Building string
	// ErasedAt is when the person's data was erased; zero while it is kept.
	// An erased person has an empty Name, Phone and Building.
	ErasedAt time.Time
}

// PutPerson stores p, replacing the data held under p.ID. It returns
// ErrErased for an ID whose data was erased.
func (s *Store) PutPerson(ctx context.Context, p Person) error {
	if err := checkMatter(p.ID); err != nil {
		return fmt.Errorf("store: invalid person ID %q", p.ID)
	}
	if p.Name == "" {
		return fmt.Errorf("store: person %q has no name", p.ID)
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var erased sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT erased_at FROM persons WHERE id = ?`, p.ID).Scan(&erased)
		switch {
		case err == sql.ErrNoRows:
		case err != nil:
			return err
		case erased.Valid:
			return fmt.Errorf("%w: %s", ErrErased, p.ID)
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO persons (id, name, phone, building) VALUES (?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET name = excluded.name, phone = excluded.phone, building = excluded.building`,
			p.ID, p.Name, p.Phone, p.Building)
		return err
	})
}

// Person returns the person with the given ID, or ErrNotFound.
func (s *Store) Person(ctx context.Context, id string) (Person, error) {
	row := s.db.QueryRowContext(ctx, `SELECT id, name, phone, building, erased_at FROM persons WHERE id = ?`, id)
	p, err := scanPerson(row.Scan)
	if err == sql.ErrNoRows {
		return Person{}, fmt.Errorf("%w: person %s", ErrNotFound, id)
	}
	return p, err
}

// Persons returns every person, sorted by ID.
func (s *Store) Persons(ctx context.Context) ([]Person, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, phone, building, erased_at FROM persons ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ps []Person
	for rows.Next() {
		p, err := scanPerson(rows.Scan)
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	return ps, rows.Err()
}

func scanPerson(scan func(...any) error) (Person, error) {
	var p Person
	var erased sql.NullString
	if err := scan(&p.ID, &p.Name, &p.Phone, &p.Building, &erased); err != nil {
		return Person{}, err
	}
	if erased.Valid {
		t, err := parseTime(erased.String)
		if err != nil {
			return Person{}, fmt.Errorf("store: person %s: %w", p.ID, err)
		}
		p.ErasedAt = t
	}
	return p, nil
}

// Erase deletes the personal data of the person with the given ID, keeping
// the ID and the time of erasure so that the history's references still
// resolve (to "erased"). The event history is not touched and still
// verifies. Erasing twice is not an error. Erase returns ErrNotFound for an
// unknown ID.
func (s *Store) Erase(ctx context.Context, id string, at time.Time) error {
	if at.IsZero() {
		return errors.New("store: erase needs a time")
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE persons SET name = '', phone = '', building = '',
erased_at = COALESCE(erased_at, ?) WHERE id = ?`, formatTime(at), id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return fmt.Errorf("%w: person %s", ErrNotFound, id)
		}
		return nil
	})
	if err != nil {
		return err
	}
	// secure_delete overwrote the old cells in the page; the checkpoint moves
	// the page into the main file and truncates the WAL, which held a copy of
	// the page from before the erasure.
	_, err = s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
	return err
}
