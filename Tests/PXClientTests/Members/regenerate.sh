#!/usr/bin/env bash
# Regenerate ipyparallel-members.txt, the table of ipyparallel 9.2's public client API that MemberTableTests
# checks swiftpx's members and signatures against, by introspecting ipyparallel (members.py).
#
#   ./regenerate.sh            rewrite ipyparallel-members.txt
#   ./regenerate.sh --check    write nothing; fail if the committed table differs from a fresh one
#   ./regenerate.sh --prepare  only make the virtual environment, and print its python's path (the
#                              ipyparallel script corpus, Tests/ClusterTests/IPyParallel, uses it)
#
# The script makes its own virtual environment in <package>/.build-oracle/ipyparallel (ignored by git) with
# ipyparallel pinned to IPYPARALLEL_VERSION, from PyPI. PYTHON=/path/to/python3 picks the interpreter that
# creates it.
set -euo pipefail

IPYPARALLEL_VERSION="9.2.0"
NUMPY_VERSION="2.4.6"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package="$(cd "$here/../../.." && pwd)"
venv="$package/.build-oracle/ipyparallel"
python="$venv/bin/python"
if ! "$python" -c "import ipyparallel, sys; sys.exit(ipyparallel.__version__ != '$IPYPARALLEL_VERSION')" 2>/dev/null; then
    echo "creating $venv with ipyparallel $IPYPARALLEL_VERSION" >&2
    rm -rf "$venv"
    "${PYTHON:-python3}" -m venv "$venv"
    "$python" -m pip install --quiet --disable-pip-version-check \
        "ipyparallel==$IPYPARALLEL_VERSION" "numpy==$NUMPY_VERSION"
fi

if [[ "${1:-}" == "--prepare" ]]; then
    echo "$python"
    exit 0
fi

export PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS || true

table="$here/ipyparallel-members.txt"
if [[ "${1:-}" == "--check" ]]; then
    fresh="$(mktemp)"
    trap 'rm -f "$fresh"' EXIT
    "$python" "$here/members.py" >"$fresh"
    diff "$table" "$fresh"
else
    "$python" "$here/members.py" >"$table"
fi
