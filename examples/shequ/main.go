// Command shequ shows the shequ library at work on the stories of Beijing's
// Chaoyang District.
//
// Usage:
//
//	shequ demo
//
// This first version prints the source practice that the library encodes; the
// subcommands that drive each package are added as the packages grow.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit code (0 ok, 2 usage).
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 || args[0] != "demo" {
		fmt.Fprintln(stderr, "usage: shequ demo")
		return 2
	}
	demo(stdout)
	return 0
}

func demo(w io.Writer) {
	fmt.Fprint(w, `shequ: community governance after Chaoyang District, Beijing

Six-in-one coordination mechanism (六位一体), led by the community Party organisation:
  1. Party organisation                         社区党组织
  2. residents' committee                       居民委员会
  3. owners' committee / property mgmt committee 业主委员会（物管会）
  4. property service provider / property-right unit 物业服务企业（产权单位）
  5. community social organisations             社区社会组织
  6. units in the jurisdiction                  辖区单位

Five steps of consultation: 集 collect, 议 deliberate, 办 handle, 督 supervise, 评 evaluate.

Stories:
  Songliu compound: 4 towers x 18 floors, 576 households, 1,440 residents; space-claim volunteers.
  Xiaguangli: 4,000+ households, 16 workers; about 1,600 households split off as Liangma community.
  Huixinli building 32: a ramp through the fire-exit door, finished 45 days after consultation.
`)
}
