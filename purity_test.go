package shequ_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// libraryPackages are the pure packages and the packages of this module
// each may import (deliberation → governance; the others stand alone).
var libraryPackages = map[string][]string{
	"governance":   nil,
	"deliberation": {"governance"},
	"volunteer":    nil,
	"capacity":     nil,
}

// forbiddenImports do I/O or give global randomness.
var forbiddenImports = []string{
	"os", "os/exec", "os/signal", "io/ioutil", "io/fs", "net", "net/http", "database/sql",
	"log", "log/slog", "math/rand", "syscall", "unsafe", "plugin", "runtime/debug",
}

// forbiddenCalls read the clock or wait on it.
var forbiddenCalls = map[string][]string{
	"time": {"Now", "Since", "Until", "Sleep", "After", "AfterFunc", "Tick", "NewTimer", "NewTicker"},
	"rand": {"Int", "IntN", "Int64", "Uint64", "Float64", "Perm", "Shuffle", "N", "Uint32", "Int32", "Int64N", "Int32N", "UintN", "Uint64N", "Uint32N", "NormFloat64", "ExpFloat64", "Float32"},
}

// TestPurity checks the purity contract of the package documentation: the
// library packages do no I/O, start no goroutines, read no clock, use no
// global randomness and import only the module's packages they may.
func TestPurity(t *testing.T) {
	const module = "github.com/shequ/shequ/"
	for pkg, allowed := range libraryPackages {
		err := filepath.WalkDir(pkg, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			if f.Name.Name == "main" || hasIgnoreTag(f) {
				return nil // generators and scripts are not part of the library
			}
			names := map[string]string{} // local name → import path
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if slices.Contains(forbiddenImports, p) {
					t.Errorf("%s imports %q: the library does no I/O and uses no global randomness", path, p)
				}
				if rest, ok := strings.CutPrefix(p, module); ok {
					top, _, _ := strings.Cut(rest, "/")
					if top != pkg && top != "internal" && !slices.Contains(allowed, top) {
						t.Errorf("%s imports %q: %s may import only %v of this module", path, p, pkg, allowed)
					}
				}
				name := p[strings.LastIndex(p, "/")+1:]
				if imp.Name != nil {
					name = imp.Name.Name
				}
				names[name] = p
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.GoStmt:
					t.Errorf("%s: go statement: the library starts no goroutines", fset.Position(n.Pos()))
				case *ast.SelectorExpr:
					id, ok := n.X.(*ast.Ident)
					if !ok {
						break
					}
					p := names[id.Name]
					if p == "time" && slices.Contains(forbiddenCalls["time"], n.Sel.Name) {
						t.Errorf("%s: time.%s: the library reads no clock", fset.Position(n.Pos()), n.Sel.Name)
					}
					if p == "math/rand/v2" && slices.Contains(forbiddenCalls["rand"], n.Sel.Name) {
						t.Errorf("%s: rand.%s: randomness must come from a caller-seeded source", fset.Position(n.Pos()), n.Sel.Name)
					}
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Errorf("walking %s: %v", pkg, err)
		}
	}
}

func hasIgnoreTag(f *ast.File) bool {
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//go:build ignore") {
				return true
			}
		}
	}
	return false
}
