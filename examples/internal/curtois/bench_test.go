package curtois

import (
	"bytes"
	"fmt"
	"io"
	"testing"
)

// benchSizes are Instance1, Instance7 and Instance24 by size (generated,
// not the published data).
var benchSizes = []GenerateOptions{
	{Days: 14, Staff: 8, ShiftTypes: 1, Seed: 1},
	{Days: 28, Staff: 20, ShiftTypes: 3, Seed: 1},
	{Days: 364, Staff: 150, ShiftTypes: 32, Seed: 1},
}

func benchName(o GenerateOptions) string {
	return fmt.Sprintf("days=%d/staff=%d/types=%d", o.Days, o.Staff, o.ShiftTypes)
}

func BenchmarkParse(b *testing.B) {
	for _, o := range benchSizes {
		in, _, err := Generate(o)
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		Write(&buf, in)
		text := buf.Bytes()
		b.Run(benchName(o), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := Parse(bytes.NewReader(text)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkEvaluate(b *testing.B) {
	for _, o := range benchSizes {
		in, witness, err := Generate(o)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(benchName(o), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if ev := Evaluate(in, witness); !ev.Feasible() {
					b.Fatal("witness infeasible")
				}
			}
		})
	}
}

func BenchmarkGenerate(b *testing.B) {
	for _, o := range benchSizes {
		b.Run(benchName(o), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := Generate(o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkWriteLP(b *testing.B) {
	for _, o := range benchSizes[:2] {
		in, _, err := Generate(o)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(benchName(o), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := WriteLP(io.Discard, in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
