#!/usr/bin/env bash
# Regenerate the CPython oracle outputs: for every NAME.py in this folder (and
# in bench/), run `python3 NAME.py` and store its stdout in NAME.out.
# Fails loudly if any program exits non-zero or writes anything to stderr.
#
#   ./regenerate.sh            rewrite every .out
#   ./regenerate.sh --check    write nothing; fail if any .out is missing or differs
#
# PYTHON=/path/to/python3 overrides the interpreter (numpy must be importable).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
python="${PYTHON:-python3}"
mode="write"
if [[ "${1:-}" == "--check" ]]; then mode="check"; fi

export PYTHONIOENCODING=utf-8
export PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS || true

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$python" -c 'import sys, numpy; print("oracle:", sys.version.split()[0], "numpy", numpy.__version__)'

failed=0
count=0
shopt -s nullglob
for src in [0-9][0-9][0-9]-*.py bench/*.py; do
    out="${src%.py}.out"
    count=$((count + 1))
    rc=0
    ( cd "$(dirname "$src")" && "$python" "$(basename "$src")" ) \
        >"$tmp/stdout" 2>"$tmp/stderr" </dev/null || rc=$?
    if [[ $rc -ne 0 ]]; then
        echo "FAIL: $src exited with status $rc" >&2
        sed 's/^/    /' "$tmp/stderr" >&2
        failed=1
        continue
    fi
    if [[ -s "$tmp/stderr" ]]; then
        echo "FAIL: $src wrote to stderr:" >&2
        sed 's/^/    /' "$tmp/stderr" >&2
        failed=1
        continue
    fi
    if [[ "$mode" == "check" ]]; then
        if [[ ! -f "$out" ]] || ! cmp -s "$tmp/stdout" "$out"; then
            echo "DIFF: $out is missing or differs from a fresh run" >&2
            diff "$out" "$tmp/stdout" >&2 || true
            failed=1
        fi
    else
        cp "$tmp/stdout" "$out"
    fi
done

if [[ $count -eq 0 ]]; then
    echo "FAIL: no programs found in $here" >&2
    exit 1
fi
if [[ $failed -ne 0 ]]; then
    echo "regenerate.sh: FAILED ($mode mode)" >&2
    exit 1
fi
echo "regenerate.sh: $count programs OK ($mode mode)"
