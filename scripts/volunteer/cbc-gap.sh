#!/usr/bin/env bash
# Measures the volunteer planner's gap to the optimum on mid-size
# Songliu-shaped instances: each instance is exported as a MIP in CPLEX LP
# format (volunteer/cbc_test.go), solved by COIN-OR CBC, CBC's rota is
# re-scored by volunteer.Evaluate (a check of the LP against the model),
# and the planner's score is compared with CBC's objective.
#
# Not part of CI. Needs Debian's coinor-cbc:
#   apt-get update && apt-get install -y coinor-cbc
#
# Usage: scripts/volunteer/cbc-gap.sh [budget] [cbc-seconds] [seed] [set]
#   budget       planner work budget in moves (0 = the default budget)
#   cbc-seconds  CBC time limit per instance (default 120)
#   seed         planner seed (default 1)
#   set          "gap" (the documented table, default) or "variants"
#                (six instances no change of the search was tuned on)
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v cbc >/dev/null; then
  echo "cbc not found; run: apt-get update && apt-get install -y coinor-cbc" >&2
  exit 1
fi
SHEQU_CBC=1 SHEQU_CBC_BUDGET="${1:-0}" SHEQU_CBC_SECONDS="${2:-120}" SHEQU_CBC_SEED="${3:-1}" SHEQU_CBC_SET="${4:-gap}" \
  nice go test ./volunteer -run '^TestCBCGap$' -count 1 -v | grep -E '^\s+cbc_test.go:[0-9]+: \|' | sed -E 's/^\s+cbc_test.go:[0-9]+: //'
