#!/usr/bin/env bash
# cbc.sh solves Curtois & Qu instances exactly with COIN-OR CBC, as a
# reference for the volunteer engine, and checks each roster with the
# independent evaluator of examples/internal/curtois.
#
# usage: scripts/curtois/cbc.sh [-t SECONDS] [-o DIR] INSTANCE...
#   -t SECONDS  CBC time limit per instance (default 60)
#   -o DIR      keep model.lp, cbc.log, the CBC solution and the roster
#               (NAME.lp, NAME.log, NAME.sol, NAME.roster) in DIR
#
# needs: go, and cbc (Debian: apt-get install -y coinor-cbc).
# example: scripts/curtois/cbc.sh -t 180 "$SHEQU_CURTOIS_DIR"/Instance{1,2,3}.txt
#
# For each instance it prints one tab-separated line:
#   instance  status  objective  best_bound  cbc_seconds  violations
# and exits 1 if any roster breaks a hard rule or if CBC's objective differs
# from the evaluator's.
set -euo pipefail

seconds=60
out=""
while getopts "t:o:" opt; do
  case $opt in
    t) seconds=$OPTARG ;;
    o) out=$OPTARG ;;
    *) sed -n '2,17p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -eq 0 ]; then sed -n '2,17p' "$0" >&2; exit 2; fi
command -v cbc >/dev/null || { echo "cbc not found: apt-get install -y coinor-cbc" >&2; exit 2; }

root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root/examples" && go build -o "$work/curtois" ./internal/curtois/cmd/curtois)
[ -n "$out" ] && mkdir -p "$out"

status=0
printf 'instance\tstatus\tobjective\tbest_bound\tcbc_seconds\tviolations\n'
for inst in "$@"; do
  name=$(basename "$inst" .txt)
  dir=${out:-$work}
  "$work/curtois" lp "$inst" > "$dir/$name.lp"
  nice cbc "$dir/$name.lp" sec "$seconds" solve solu "$dir/$name.sol" > "$dir/$name.log"
  if "$work/curtois" check -roster "$dir/$name.roster" "$inst" "$dir/$name.sol" > "$dir/$name.check"; then :; else status=1; fi
  # CBC reports the MIP value; the instance objective adds the constant of
  # the shift-on requests (see curtois.WriteLP).
  constant=$(sed -n 's/^\\ objective constant //p' "$dir/$name.lp")
  bound=$(sed -n 's/^Lower bound: *//p' "$dir/$name.log" | tail -1)
  [ -z "$bound" ] && bound=$(sed -n 's/^Objective value: *//p' "$dir/$name.log" | tail -1)
  bound=$(awk -v b="$bound" -v c="$constant" 'BEGIN { if (b == "") print "-"; else printf "%.2f", b + c }')
  cbcstatus=$(sed -n 's/^cbc status: //p' "$dir/$name.check")
  objective=$(sed -n 's/^objective: \([0-9-]*\).*/\1/p' "$dir/$name.check")
  violations=$(sed -n 's/^hard-rule violations: //p' "$dir/$name.check")
  secs=$(sed -n 's/^Time (Wallclock seconds): *//p' "$dir/$name.log" | tail -1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$cbcstatus" "$objective" "$bound" "$secs" "$violations"
  if grep -q MISMATCH "$dir/$name.check"; then
    grep MISMATCH "$dir/$name.check" >&2
    status=1
  fi
done
exit $status
