#!/usr/bin/env bash
# Regenerate the CPython oracle outputs: for every NAME.py in this folder (and
# in bench/), run `python3 NAME.py` from a fresh temporary copy of the program
# and store what it printed in NAME.out (stdout; for a program that ends with
# an uncaught exception, stdout followed by the last line of the traceback).
#
#   ./regenerate.sh                  rewrite every .out
#   ./regenerate.sh NAME...          rewrite only these (NAME, NAME.py, bench/NAME.py or NNN)
#   ./regenerate.sh --check [NAME...] write nothing; fail if a .out is missing or differs
#
# The interpreter is the machine's CPython 3.11 with numpy 2.4.6, in a virtual
# environment under .build-oracle/ that scripts/oracle-python makes (PYTHON=...
# picks another 3.11).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
mode="write"
if [[ "${1:-}" == "--check" ]]; then
    mode="check"
    shift
fi

python="$("$root/scripts/oracle-python")"

export PYTHONIOENCODING=utf-8
export PYTHONDONTWRITEBYTECODE=1
export LC_ALL=C.UTF-8
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS PYTHONHASHSEED || true

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$python" -c 'import sys, numpy; print("oracle:", sys.version.split()[0], "numpy", numpy.__version__)'

cd "$here"
shopt -s nullglob
if [[ $# -gt 0 ]]; then
    sources=()
    for name in "$@"; do
        name="${name%.py}"
        name="${name%.out}"
        if [[ ! -f "$name.py" ]]; then
            # A number alone names the program that starts with it.
            matches=("$name"-*.py)
            if [[ ${#matches[@]} -ne 1 ]]; then
                echo "regenerate.sh: no program $name.py in $here" >&2
                exit 1
            fi
            name="${matches[0]%.py}"
        fi
        sources+=("$name.py")
    done
else
    sources=([0-9][0-9][0-9]-*.py bench/*.py)
fi

failed=0
count=0
for src in "${sources[@]}"; do
    out="${src%.py}.out"
    count=$((count + 1))
    # Each program runs in an empty directory holding only itself, as the Swift harness runs scripts:
    # programs that write files (open(), a module to import) never touch this folder.
    work="$tmp/run"
    rm -rf "$work"
    mkdir "$work"
    cp "$src" "$work/"
    rc=0
    ( cd "$work" && "$python" "$(basename "$src")" ) >"$tmp/stdout" 2>"$tmp/stderr" </dev/null || rc=$?
    if [[ $rc -ne 0 ]]; then
        # An uncaught exception: exit status 1 and a traceback whose last line is part of the oracle.
        if [[ $rc -ne 1 ]] || ! grep -q . "$tmp/stderr"; then
            echo "FAIL: $src exited with status $rc" >&2
            sed 's/^/    /' "$tmp/stderr" >&2
            failed=1
            continue
        fi
        grep . "$tmp/stderr" | tail -n 1 >>"$tmp/stdout"
    elif [[ -s "$tmp/stderr" ]]; then
        echo "note: $src wrote to stderr (not part of the oracle)"
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
