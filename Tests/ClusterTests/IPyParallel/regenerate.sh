#!/usr/bin/env bash
# Regenerate the .out files of the ipyparallel script corpus: each NAME.py runs under python3 with
# ipyparallel 9.2 against a cluster of two local engines, and NAME.out receives what it prints (stdout and
# stderr). IPyParallelCorpusTests runs the same scripts with `swiftpx run -n 2` and compares.
#
#   ./regenerate.sh              rewrite every .out
#   ./regenerate.sh NAME ...     rewrite these only
#
# The virtual environment is <package>/.build-oracle/ipyparallel (ignored by git), made from PyPI by
# Tests/PXClientTests/Members/regenerate.sh with ipyparallel 9.2.0 pinned; the cluster gets a throwaway IPython
# directory. PYTHON=/path/to/python3 picks the interpreter that creates the environment.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package="$(cd "$here/../../.." && pwd)"
# The virtual environment with ipyparallel 9.2 that the member table uses too.
python="$("$package/Tests/PXClientTests/Members/regenerate.sh" --prepare)"
venv="$(dirname "$(dirname "$python")")"

export PYTHONDONTWRITEBYTECODE=1 IPP_NONINTERACTIVE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS || true
IPYTHONDIR="$(mktemp -d)"
export IPYTHONDIR
stop() {
    "$venv/bin/ipcluster" stop >/dev/null 2>&1 || true
    rm -rf "$IPYTHONDIR"
}
trap stop EXIT
"$venv/bin/ipcluster" start -n 2 --daemonize >/dev/null 2>&1
"$python" -c "import ipyparallel as ipp; ipp.Client(timeout=60).wait_for_engines(2, timeout=120)"

if [[ $# -gt 0 ]]; then names=("$@"); else names=(); for f in "$here"/*.py; do names+=("$(basename "$f" .py)"); done; fi
cd "$here"
for name in "${names[@]}"; do
    echo "$name" >&2
    "$python" "$name.py" >"$name.out" 2>&1 || true
    # Each script starts from fresh engines, as it does under swiftpx run.
    "$python" -c "import ipyparallel as ipp; rc = ipp.Client(); rc.clear(block=True); rc.purge_everything()"
done
