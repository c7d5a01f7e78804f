#!/usr/bin/env bash
# Records golden outputs for Tests/ChartRenderTests/Golden/<suite>/cases.tsv from the real
# Helm v4.2.3 (../shared/oracle). Golden files are never edited by hand: rerun this.
#
#   scripts/record-golden.sh [suite]      (default: every suite)
#
# Needs a Python with helm-python-sdk==0.2.2 (see ../shared/oracle/README.md); set ORACLE_PY
# to its interpreter, e.g. ORACLE_PY=/work/venv/bin/python.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
oracle="$root/../shared/oracle"
py=${ORACLE_PY:-python3}
# Golden LAST DEPLOYED time (also given to chartr as SOURCE_DATE_EPOCH by the tests).
epoch=1700000000
suites=${1:-$(ls "$root/Tests/ChartRenderTests/Golden")}
for suite in $suites; do
  dir="$root/Tests/ChartRenderTests/Golden/$suite"
  [ -f "$dir/cases.tsv" ] || continue
  chart=$(cat "$dir/chart" 2>/dev/null || echo helm-ml-score-app)
  while IFS=$'\t' read -r id cmd args; do
    case "$id" in ''|'#'*) continue ;; esac
    # Paths are given relative to the package root, as the tests run them.
    words=$(printf '%s' "$args" | sed -e "s#CHART#$chart#g" -e "s#FILES#Tests/ChartRenderTests/Golden/$suite#g")
    eval "set -- $words"
    if [ "$cmd" = install ]; then
      tool=("$py" "$oracle/helm-install-dry-run" --last-deployed "$epoch")
    else
      tool=("$py" "$oracle/helm-template")
    fi
    set +e
    (cd "$root" && "${tool[@]}" "$@" >"$dir/$id.out" 2>"$dir/$id.err")
    rc=$?
    set -e
    if [ $rc -eq 3 ]; then echo "oracle cannot reproduce $suite/$id" >&2; exit 1; fi
    echo $rc >"$dir/$id.rc"
    echo "recorded $suite/$id (exit $rc)"
  done <"$dir/cases.tsv"
done
