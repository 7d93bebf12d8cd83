package main

import (
	"flag"
	"fmt"
	"io"
)

func demoCommand() *command {
	return &command{
		name:  "demo",
		short: text{"run the source article's stories end to end", "端到端演示原文中的案例"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			return func([]string) error {
				demo(e.stdout)
				return nil
			}
		},
	}
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
