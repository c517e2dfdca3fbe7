#!/usr/bin/env bash
# Regenerate the numpy oracle outputs of both numpy corpora:
#   Tests/PXRuntimeTests/NumpyOracle/NNN-topic.py      (written by hand)
#   Tests/PXRuntimeTests/NumpyEdgeCases/NNN-topic.py   (written by NumpyEdgeCases/generate.py)
# For every program, run it under numpy and store its stdout in NNN-topic.out.
# Fails loudly if a program exits non-zero or writes anything to stderr.
#
#   ./regenerate.sh            rewrite the edge-case programs and every .out
#   ./regenerate.sh --check    write nothing; fail if a program or .out is missing or differs
#
# The interpreter is the machine's CPython 3.11 with numpy pinned to 2.4.6, in the virtual environment
# <package>/.build-oracle/venv (ignored by git) that scripts/oracle-python makes from PyPI; PYTHON=... picks
# another 3.11 to create it.
# numpy's RuntimeWarnings (divide by zero, mean of an empty slice) go to stderr, which the tests do not
# compare: they are ignored here (-W ignore::RuntimeWarning); any other stderr output is an error.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package="$(cd "$here/../../.." && pwd)"
edge="$package/Tests/PXRuntimeTests/NumpyEdgeCases"
mode="write"
if [[ "${1:-}" == "--check" ]]; then mode="check"; fi

python="$("$package/scripts/oracle-python")"

export PYTHONIOENCODING=utf-8
export PYTHONDONTWRITEBYTECODE=1
export PYTHONHASHSEED=0
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS || true

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$python" -c 'import sys, numpy; print("oracle: python", sys.version.split()[0], "numpy", numpy.__version__)'

failed=0

# The edge-case programs are generated: regenerate them (or, in check mode, compare them).
if [[ -f "$edge/generate.py" ]]; then
    mkdir -p "$tmp/edge"
    "$python" "$edge/generate.py" "$tmp/edge"
    if [[ "$mode" == "check" ]]; then
        if ! diff -r -q -x '*.out' -x '*.txt' -x '*.md' -x 'generate.py' "$edge" "$tmp/edge" >&2; then
            echo "DIFF: NumpyEdgeCases programs differ from generate.py's output" >&2
            failed=1
        fi
    else
        rm -f "$edge"/[0-9][0-9][0-9]-*.py "$edge"/[0-9][0-9][0-9]-*.out
        cp "$tmp/edge"/*.py "$edge/"
    fi
fi

count=0
shopt -s nullglob
for src in "$here"/[0-9][0-9][0-9]-*.py "$edge"/[0-9][0-9][0-9]-*.py; do
    out="${src%.py}.out"
    name="$(basename "$(dirname "$src")")/$(basename "$src")"
    count=$((count + 1))
    rc=0
    ( cd "$(dirname "$src")" && "$python" -W ignore::RuntimeWarning "$(basename "$src")" ) \
        >"$tmp/stdout" 2>"$tmp/stderr" </dev/null || rc=$?
    if [[ $rc -ne 0 ]]; then
        echo "FAIL: $name exited with status $rc" >&2
        sed 's/^/    /' "$tmp/stderr" >&2
        failed=1
        continue
    fi
    if [[ -s "$tmp/stderr" ]]; then
        echo "FAIL: $name wrote to stderr:" >&2
        sed 's/^/    /' "$tmp/stderr" >&2
        failed=1
        continue
    fi
    if [[ "$mode" == "check" ]]; then
        if [[ ! -f "$out" ]] || ! cmp -s "$tmp/stdout" "$out"; then
            echo "DIFF: $name: its .out is missing or differs from a fresh run" >&2
            diff "$out" "$tmp/stdout" >&2 || true
            failed=1
        fi
    else
        cp "$tmp/stdout" "$out"
    fi
done

if [[ $count -eq 0 ]]; then
    echo "FAIL: no programs found" >&2
    exit 1
fi
if [[ $failed -ne 0 ]]; then
    echo "regenerate.sh: FAILED ($mode mode)" >&2
    exit 1
fi
echo "regenerate.sh: $count programs OK ($mode mode)"
