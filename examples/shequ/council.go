package main

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/shequ/shequ/governance"
)

func councilCommand() *command {
	c := &command{
		name:  "council",
		short: text{"check a community's six-party coordination mechanism (六位一体)", "检查社区“六位一体”协调机制"},
	}
	return c.add(&command{
		name: "validate", args: "FILE", minArgs: 1, maxArgs: 1,
		short: text{"validate a council (governance.Council as JSON) and report every finding", "校验协调机制（governance.Council 的 JSON），列出全部问题"},
		long: text{"Exits 1 when a finding has severity error. The time of the check (--at, default today) decides terms and ages.",
			"存在“错误”级问题时退出码为 1。检查时间（--at，默认今天）决定任期与年龄的判断。"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			policy := fs.String("policy", "beijing", bi("rules to apply: beijing, national or shenzhen", "适用规则：beijing、national 或 shenzhen"))
			return func(args []string) error {
				var p governance.Policy
				switch *policy {
				case "beijing":
					p = governance.BeijingPolicy()
				case "national":
					p = governance.NationalGuidancePolicy()
				case "shenzhen":
					p = governance.ShenzhenPolicy()
				default:
					return &usageError{cmd: c.sub("validate"), msg: tr("--policy: unknown policy %q (want beijing, national or shenzhen)",
						"--policy：未知规则 %q（应为 beijing、national 或 shenzhen）", *policy)}
				}
				at, err := e.when()
				if err != nil {
					return err
				}
				data, err := e.readFile(args[0])
				if err != nil {
					return err
				}
				council, report := governance.DecodeCouncil(data)
				if report.Count(governance.SeverityError) == 0 {
					report = p.Validate(council, at)
				}
				return e.printCouncilReport(args[0], council, p, at, report)
			}
		},
	})
}

// councilReportJSON is the --json form of council validate.
type councilReportJSON struct {
	File     string               `json:"file"`
	Council  string               `json:"council"`
	Policy   string               `json:"policy"`
	AsOf     string               `json:"as_of"`
	Counts   map[string]int       `json:"counts"`
	Findings []governance.Finding `json:"findings"`
}

func (e *env) printCouncilReport(file string, c governance.Council, p governance.Policy, at time.Time, r governance.Report) error {
	sevs := []governance.Severity{governance.SeverityError, governance.SeverityWarning, governance.SeverityAdvice, governance.SeverityInfo}
	counts := map[string]int{}
	for _, s := range sevs {
		counts[s.String()] = r.Count(s)
	}
	if e.json {
		findings := r.Findings
		if findings == nil {
			findings = []governance.Finding{}
		}
		writeJSON(e.stdout, councilReportJSON{
			File: file, Council: c.ID, Policy: p.Name + " " + p.Version, AsOf: at.Format("2006-01-02"),
			Counts: counts, Findings: findings,
		})
	} else {
		for _, f := range r.Findings {
			sev, msg := f.Severity.String(), f.Message
			if e.lang == langZH {
				sev, msg = f.Severity.Label(), f.MessageZH
			}
			path := f.Path
			if path == "" {
				path = "."
			}
			fmt.Fprintf(e.stdout, "%s: %s: %s: %s [%s]\n", file, path, sev, msg, f.Code)
			if f.Source.Document != "" {
				fmt.Fprintf(e.stdout, "    %s%s\n", text{"source: ", "依据："}.in(e.lang), f.Source)
			}
		}
		var parts []string
		for _, s := range sevs {
			name := s.String()
			if e.lang == langZH {
				name = s.Label()
			}
			parts = append(parts, fmt.Sprintf("%d %s", counts[s.String()], name))
		}
		sep := ", "
		if e.lang == langZH {
			sep = "，"
		}
		fmt.Fprintf(e.stdout, "%s: %s%s (%s, %s)\n", file, tr("council %q: ", "协调机制 %q：", c.ID).in(e.lang),
			strings.Join(parts, sep), p.Name, at.Format("2006-01-02"))
	}
	if counts[governance.SeverityError.String()] > 0 {
		return failed{}
	}
	return nil
}
