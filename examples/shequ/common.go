package main

import (
	"errors"
	"io"
	"os"
	"time"

	"github.com/shequ/shequ/examples/internal/store"
)

// when returns the time of the action: --at, else $SHEQU_NOW, else the
// clock.
func (e *env) when() (time.Time, error) {
	s, src := e.at, "--at"
	if s == "" {
		s, src = e.getenv("SHEQU_NOW"), "SHEQU_NOW"
	}
	if s == "" {
		return e.now().In(beijing), nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, beijing); err == nil {
			return t, nil
		}
	}
	return time.Time{}, &usageError{msg: tr("%s: cannot read time %q (want RFC 3339, e.g. 2022-06-01T09:00:00+08:00, or YYYY-MM-DD)",
		"%s：无法识别时间 %q（应为 RFC 3339，如 2022-06-01T09:00:00+08:00，或 YYYY-MM-DD）", src, s)}
}

// beijing is China Standard Time, UTC+8 all year, for times given without
// a zone.
var beijing = time.FixedZone("CST", 8*60*60)

// openExisting opens the --db database for reading: a command that only
// reads does not create an empty database where there was none.
func (e *env) openExisting() (*store.Store, error) {
	if _, err := os.Stat(e.db); errors.Is(err, os.ErrNotExist) {
		return nil, inputErr(e.db, "", "db.missing", text{"no such database (a person or matter command that writes creates it)", "数据库不存在（写入人员或议题的命令会创建它）"})
	}
	return e.openStore()
}

// openStore opens the --db database, creating it if needed.
func (e *env) openStore() (*store.Store, error) {
	s, err := store.Open(e.db)
	if err != nil {
		code := "db.open"
		msg := tr("cannot open the database: %v", "无法打开数据库：%v", err)
		if errors.Is(err, store.ErrSchemaTooNew) {
			code = "db.schema_too_new"
			msg = text{"the database was written by a newer shequ; upgrade this program", "数据库由更新版本的 shequ 写入，请升级本程序"}
		}
		return nil, inputErr(e.db, "", code, msg)
	}
	return s, nil
}

// readFile reads a named input file, or stdin for "-".
func (e *env) readFile(name string) ([]byte, error) {
	var b []byte
	var err error
	if name == "-" {
		b, err = io.ReadAll(e.stdin)
	} else {
		b, err = os.ReadFile(name)
	}
	if err != nil {
		msg := tr("cannot read: %v", "无法读取：%v", err)
		if errors.Is(err, os.ErrNotExist) {
			msg = text{"no such file", "文件不存在"}
		}
		return nil, inputErr(name, "", "file.read", msg)
	}
	return b, nil
}
