#!/usr/bin/env bash
# Regenerates what the numeric tests compare against, from the reference implementations: CPython's random
# and numpy 2.4.6, in a virtual environment this script makes (.build-numeric-oracle/venv at the package root,
# ignored by git as every .build* folder).
#
#   streams.txt                      random streams (streams.py)       -> RandomStreamTests
#   linalg.txt                       linear algebra (linalg.py)        -> LinearAlgebraTests
#   dot.txt                          np.dot of vector pairs (dot.py)   -> DotOracleTests
#   numpy_math.txt                   float32 exp/log/sin/cos/tanh, float64 tanh (numpy_math.py) -> NumpyMathOracleTests
#   numpy_complex.txt                complex128 + - * / abs (numpy_complex.py) -> ComplexOracleTests
#   ../../../Sources/PXNumeric/Random/ZigguratTables.swift   numpy's ziggurat tables, read from its own library
#   ../../PXRuntimeTests/RandomOracle/*.out                  seeded programs run by python3 -> RandomOracleTests
#
#   ./regenerate.sh            rewrite everything
#   ./regenerate.sh --check    write nothing; fail if any output differs from a fresh run
#
# PYTHON=/path/to/python3.11 picks the interpreter the environment is made from (CPython 3.11 is the oracle of
# the language; its random module is the same since 3.2).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
venv="$root/.build-numeric-oracle/venv"
mode="write"
if [[ "${1:-}" == "--check" ]]; then mode="check"; fi

if [[ ! -x "$venv/bin/python" ]]; then
    mkdir -p "$(dirname "$venv")"
    "${PYTHON:-python3}" -m venv "$venv"
    "$venv/bin/pip" install --quiet "numpy==2.4.6"
fi
python="$venv/bin/python"
"$python" -c 'import sys, numpy; print("oracle: python", sys.version.split()[0], "numpy", numpy.__version__)'

export PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS || true
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failed=0

# produce TARGET COMMAND...: runs COMMAND with stdout to TARGET (or compares, with --check); stderr must stay empty.
produce() {
    local target="$1"
    shift
    if ! "$@" >"$tmp/out" 2>"$tmp/err" || [[ -s "$tmp/err" ]]; then
        echo "FAIL: $* (for $target)" >&2
        sed 's/^/    /' "$tmp/err" >&2
        failed=1
        return
    fi
    if [[ "$mode" == "check" ]]; then
        if [[ ! -f "$target" ]] || ! cmp -s "$tmp/out" "$target"; then
            echo "DIFF: $target differs from a fresh run" >&2
            failed=1
        fi
    else
        cp "$tmp/out" "$target"
    fi
}

produce "$here/streams.txt" "$python" "$here/streams.py"
produce "$here/linalg.txt" "$python" "$here/linalg.py"
produce "$here/dot.txt" "$python" "$here/dot.py"
produce "$here/numpy_math.txt" "$python" "$here/numpy_math.py"
produce "$here/numpy_complex.txt" "$python" "$here/numpy_complex.py"
"$python" "$here/ziggurat_tables.py" "$tmp/ZigguratTables.swift"
produce "$root/Sources/PXNumeric/Random/ZigguratTables.swift" cat "$tmp/ZigguratTables.swift"
for program in "$root"/Tests/PXRuntimeTests/RandomOracle/*.py; do
    produce "${program%.py}.out" bash -c 'cd "$(dirname "$1")" && "$2" "$(basename "$1")"' _ "$program" "$python"
done

if [[ $failed -ne 0 ]]; then
    echo "regenerate.sh: FAILED ($mode mode)" >&2
    exit 1
fi
echo "regenerate.sh: OK ($mode mode)"
