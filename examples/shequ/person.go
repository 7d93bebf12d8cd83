package main

import (
	"context"
	"errors"
	"flag"
	"time"

	"github.com/shequ/shequ/examples/internal/store"
)

func personCommand() *command {
	c := &command{
		name:  "person",
		short: text{"keep residents' names and contacts apart from the history", "管理居民姓名与联系方式（与议事记录分开保存）"},
		long: text{"Events name people only by ID; their names and phone numbers live in a separate table.\n'person erase' removes them for good while every matter's history still verifies.",
			"议事事件只记录人员编号；姓名、电话另表保存。\n'person erase' 永久删除个人信息，议题记录仍可校验。"},
	}
	return c.add(
		&command{
			name: "add", args: "ID", minArgs: 1, maxArgs: 1,
			short: text{"add or update a person", "添加或更新人员"},
			setup: func(fs *flag.FlagSet, e *env) func([]string) error {
				name := fs.String("name", "", bi("name (required)", "姓名（必填）"))
				phone := fs.String("phone", "", bi("phone number", "电话"))
				building := fs.String("building", "", bi("building, e.g. 32", "楼号，如 32"))
				return func(args []string) error {
					if *name == "" {
						return &usageError{cmd: c.sub("add"), msg: text{"person add needs --name", "person add 需要 --name"}}
					}
					s, err := e.openStore()
					if err != nil {
						return err
					}
					defer s.Close()
					p := store.Person{ID: args[0], Name: *name, Phone: *phone, Building: *building}
					if err := s.PutPerson(context.Background(), p); err != nil {
						if errors.Is(err, store.ErrErased) {
							return inputErr(e.db, "persons."+args[0], "person.erased",
								tr("person %s was erased; an erased ID is never reused", "人员 %s 已删除，编号不可再用", args[0]))
						}
						return inputErr(e.db, "persons."+args[0], "person.invalid", tr("%v", "%v", err))
					}
					return e.printPersons([]store.Person{p})
				}
			},
		},
		&command{
			name: "show", args: "ID", minArgs: 1, maxArgs: 1,
			short: text{"show a person", "查看人员"},
			setup: func(fs *flag.FlagSet, e *env) func([]string) error {
				return func(args []string) error {
					s, err := e.openExisting()
					if err != nil {
						return err
					}
					defer s.Close()
					p, err := s.Person(context.Background(), args[0])
					if errors.Is(err, store.ErrNotFound) {
						return inputErr(e.db, "persons."+args[0], "person.not_found", tr("no person %s", "没有人员 %s", args[0]))
					}
					if err != nil {
						return err
					}
					return e.printPersons([]store.Person{p})
				}
			},
		},
		&command{
			name: "list", maxArgs: 0,
			short: text{"list all persons", "列出所有人员"},
			setup: func(fs *flag.FlagSet, e *env) func([]string) error {
				return func([]string) error {
					s, err := e.openExisting()
					if err != nil {
						return err
					}
					defer s.Close()
					ps, err := s.Persons(context.Background())
					if err != nil {
						return err
					}
					return e.printPersons(ps)
				}
			},
		},
		&command{
			name: "erase", args: "ID", minArgs: 1, maxArgs: 1,
			short: text{"erase a person's data; the history keeps only the ID", "删除个人信息，记录中只保留编号"},
			setup: func(fs *flag.FlagSet, e *env) func([]string) error {
				return func(args []string) error {
					at, err := e.when()
					if err != nil {
						return err
					}
					s, err := e.openStore()
					if err != nil {
						return err
					}
					defer s.Close()
					ctx := context.Background()
					if err := s.Erase(ctx, args[0], at); errors.Is(err, store.ErrNotFound) {
						return inputErr(e.db, "persons."+args[0], "person.not_found", tr("no person %s", "没有人员 %s", args[0]))
					} else if err != nil {
						return err
					}
					p, err := s.Person(ctx, args[0])
					if err != nil {
						return err
					}
					return e.printPersons([]store.Person{p})
				}
			},
		},
	)
}

// personJSON is a person as the CLI writes it.
type personJSON struct {
	ID       string     `json:"id"`
	Name     string     `json:"name,omitempty"`
	Phone    string     `json:"phone,omitempty"`
	Building string     `json:"building,omitempty"`
	ErasedAt *time.Time `json:"erased_at,omitempty"`
}

func (e *env) printPersons(ps []store.Person) error {
	if e.json {
		out := make([]personJSON, 0, len(ps))
		for _, p := range ps {
			j := personJSON{ID: p.ID, Name: p.Name, Phone: p.Phone, Building: p.Building}
			if !p.ErasedAt.IsZero() {
				t := p.ErasedAt
				j.ErasedAt = &t
			}
			out = append(out, j)
		}
		return writeJSON(e.stdout, out)
	}
	t := newTable(e.lang, text{"ID", "编号"}, text{"NAME", "姓名"}, text{"PHONE", "电话"}, text{"BUILDING", "楼号"})
	for _, p := range ps {
		if !p.ErasedAt.IsZero() {
			t.row(p.ID, tr("(erased %s)", "（已于 %s 删除）", p.ErasedAt.In(beijing).Format("2006-01-02")).in(e.lang), "", "")
			continue
		}
		t.row(p.ID, p.Name, p.Phone, p.Building)
	}
	t.write(e.stdout)
	return nil
}
