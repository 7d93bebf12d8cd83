package store

import "database/sql"

// OpenAt opens path migrated only up to schema version v.
var OpenAt = openAt

// DB exposes the handle so tests can write what the API refuses to.
func (s *Store) DB() *sql.DB { return s.db }
