package store_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/shequ/shequ/examples/internal/store"
)

// Two writers read the Huixinli ramp matter at event 1 and both try to
// append: the second finds the stream moved on, stores nothing, and would
// re-read and decide again.
func ExampleStore_Append() {
	dir, err := os.MkdirTemp("", "shequ-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	s, err := store.Open(filepath.Join(dir, "shequ.db"))
	if err != nil {
		panic(err)
	}
	defer s.Close()
	ctx := context.Background()
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	raised := store.NewEvent{Kind: "raised", Payload: json.RawMessage(`{"by":"r-3201"}`), RecordedAt: at}
	if _, err := s.Append(ctx, "hx32-ramp", 0, []store.NewEvent{raised}); err != nil {
		panic(err)
	}

	admitted := store.NewEvent{Kind: "admitted", Payload: json.RawMessage(`{"by":"p-hxdj"}`), RecordedAt: at.Add(48 * time.Hour)}
	first, err := s.Append(ctx, "hx32-ramp", 1, []store.NewEvent{admitted})
	fmt.Println("first writer:", first[0].Seq, first[0].Kind, err)
	_, err = s.Append(ctx, "hx32-ramp", 1, []store.NewEvent{admitted})
	fmt.Println("second writer:", errors.Is(err, store.ErrConflict), err)
	fmt.Println("verify:", s.Verify(ctx, "hx32-ramp"))
	// Output:
	// first writer: 2 admitted <nil>
	// second writer: true store: matter "hx32-ramp" changed: expected last event 1, found 2
	// verify: <nil>
}
