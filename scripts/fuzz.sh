#!/usr/bin/env bash
# Builds and runs one libFuzzer target of chartr.
#   scripts/fuzz.sh TARGET SECONDS      TARGET: yaml | template | set | archive
#   scripts/fuzz.sh build               only build .build/fuzz/chartr-fuzz
# The binary is Fuzz/Entry.swift compiled with every file of Sources/ChartRender into one
# module (swiftc -sanitize=fuzzer,address), so Package.swift is untouched. Seeds come from
# Fuzz/corpus/TARGET (committed) plus, when ../shared is present, extra inputs extracted at
# run time into .build/fuzz/corpus/TARGET (which also keeps what the fuzzer learns).
# Crashes, timeouts and out-of-memory inputs are written to .build/fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/.build/fuzz
BIN=$OUT/chartr-fuzz
mkdir -p "$OUT/crashes"

build() {
    local sources
    sources=$(find Sources/ChartRender -name '*.swift' | sort)
    # Rebuild only when a source is newer than the binary.
    if [[ -x $BIN ]] && [[ -z $(find Sources/ChartRender Fuzz/Entry.swift -name '*.swift' -newer "$BIN" | head -1) ]]; then
        return
    fi
    echo "fuzz.sh: building $BIN" >&2
    # shellcheck disable=SC2086
    swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name ChartRender \
        -module-cache-path "$OUT/module-cache" \
        Fuzz/Entry.swift $sources -o "$BIN"
}

# Extra seeds from ../shared: one file per conformance case (field picked per target).
extra_seeds() {
    local target=$1 dir=$2
    [[ -d ../shared/conformance ]] || { echo "fuzz.sh: ../shared absent, committed seeds only" >&2; return; }
    command -v python3 >/dev/null || return
    python3 - "$target" "$dir" <<'PY'
import json, glob, os, sys, hashlib
target, out = sys.argv[1], sys.argv[2]
def save(b):
    if isinstance(b, str): b = b.encode()
    if not b or len(b) > 4096: return
    open(os.path.join(out, hashlib.sha1(b).hexdigest()), "wb").write(b)
if target == "template":
    for f in glob.glob("../shared/conformance/templates/*.jsonl"):
        for line in open(f):
            try: c = json.loads(line)
            except ValueError: continue
            save(c.get("template", ""))
elif target == "yaml":
    for f in glob.glob("../shared/conformance/yaml/*.jsonl"):
        for line in open(f):
            try: c = json.loads(line)
            except ValueError: continue
            for k in ("yaml", "input", "values_yaml", "text"):
                if isinstance(c.get(k), str): save(c[k])
PY
}

[[ ${1:-} == build ]] && { build; exit 0; }
TARGET=${1:?usage: scripts/fuzz.sh yaml|template|set|archive SECONDS}
SECONDS_TO_RUN=${2:-60}
case $TARGET in yaml|template|set|archive) ;; *) echo "unknown target $TARGET" >&2; exit 2 ;; esac
build
WORK=$OUT/corpus/$TARGET
mkdir -p "$WORK"
extra_seeds "$TARGET" "$WORK"
export FUZZ_TARGET=$TARGET
# ASan: no leak check at exit (the template cache and LargeStack threads are deliberate).
# detect_stack_use_after_return=0: ASan's "fake stack" moves locals to the heap, which hides
# the stack depth that the render's nesting guard measures (Template/Executor.swift,
# NestingBudget); with it on, a 100000-deep {{template}} recursion overflowed the instrumented
# build's larger frames before the guard saw them. Normal builds are not affected.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1:detect_stack_use_after_return=0}
exec "$BIN" "$WORK" "Fuzz/corpus/$TARGET" \
    -max_total_time="$SECONDS_TO_RUN" -timeout=1 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$OUT/crashes/$TARGET-" -print_final_stats=1
