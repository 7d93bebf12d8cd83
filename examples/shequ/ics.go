package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/shequ/shequ/volunteer"
)

// writeICS writes one iCalendar file (RFC 5545) per volunteer into dir,
// named ID.ics, with an all-day event for each of their turns, so that
// volunteers can load their turns into a phone calendar.
func writeICS(dir string, in volunteer.Input, res volunteer.Result, stamp time.Time) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return inputErr(dir, "", "ics.mkdir", tr("cannot create the directory: %v", "无法创建目录：%v", err))
	}
	spaceOf := map[string]string{}
	taskOf := map[string]string{}
	for _, n := range in.Needs {
		spaceOf[n.ID], taskOf[n.ID] = n.Space, n.Task
	}
	byVolunteer := map[string][]volunteer.Assignment{}
	for _, a := range res.Assignments {
		byVolunteer[a.Volunteer] = append(byVolunteer[a.Volunteer], a)
	}
	ids := make([]string, 0, len(in.Volunteers))
	for _, v := range in.Volunteers {
		ids = append(ids, v.ID)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if !safeFileName(id) {
			return inputErr(dir, "volunteers."+id, "ics.file_name",
				tr("volunteer ID %q cannot be a file name", "志愿者编号 %q 不能用作文件名", id))
		}
		var b strings.Builder
		line := func(s string) { b.WriteString(foldICS(s)) }
		line("BEGIN:VCALENDAR")
		line("VERSION:2.0")
		line("PRODID:-//shequ//rota//EN")
		line("CALSCALE:GREGORIAN")
		line("X-WR-CALNAME:" + escapeICS("shequ "+id))
		for _, a := range byVolunteer[id] {
			day := in.Start.AddDate(0, 0, a.Day)
			line("BEGIN:VEVENT")
			line(fmt.Sprintf("UID:%s", escapeICS(fmt.Sprintf("%s-%d-%s@shequ", a.Need, a.Slot, id))))
			line("DTSTAMP:" + stamp.UTC().Format("20060102T150405Z"))
			line("DTSTART;VALUE=DATE:" + day.Format("20060102"))
			line("DTEND;VALUE=DATE:" + day.AddDate(0, 0, 1).Format("20060102"))
			line("SUMMARY:" + escapeICS(taskOf[a.Need]+" "+spaceOf[a.Need]))
			line("DESCRIPTION:" + escapeICS("space-claim turn 空间认领值班: "+a.Need))
			line("END:VEVENT")
		}
		line("END:VCALENDAR")
		if err := os.WriteFile(filepath.Join(dir, id+".ics"), []byte(b.String()), 0o644); err != nil {
			return inputErr(dir, "", "ics.write", tr("cannot write: %v", "无法写入：%v", err))
		}
	}
	return nil
}

// safeFileName reports whether id can name a file in the directory without
// escaping it.
func safeFileName(id string) bool {
	return id != "" && id != "." && id != ".." && !strings.ContainsAny(id, `/\:`+"\x00") && utf8.ValidString(id)
}

// escapeICS escapes a TEXT value (RFC 5545 §3.3.11).
func escapeICS(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`, "\r", "").Replace(s)
}

// foldICS ends a content line with CRLF, folding it into lines of at most 75
// octets without splitting a UTF-8 character (RFC 5545 §3.1).
func foldICS(s string) string {
	var b strings.Builder
	n := 0
	limit := 75
	for _, r := range s {
		size := utf8.RuneLen(r)
		if n+size > limit {
			b.WriteString("\r\n ")
			n = 1
		}
		b.WriteRune(r)
		n += size
	}
	b.WriteString("\r\n")
	return b.String()
}
