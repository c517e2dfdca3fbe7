#!/usr/bin/env bash
# Writes NAME.expected for tutorials of sessions/ that run under real ipyparallel: what IPython prints for
# each cell of sessions/NAME.px, piped into `ipython --colors=NoColor --simple-prompt` with ipyparallel 9.2
# and a cluster of two local engines (`ipcluster start -n 2`, as `swiftpx -n 2` starts two), one block per
# cell opened by `In [N]: SOURCE` as `swiftpx --echo` echoes it (../IPythonOracle/split_cells.py).
# TutorialOracleTests compares each tutorial's golden transcript (Golden/NAME.transcript) with it, both
# through TranscriptFilter's mask.
#
#   ./regenerate.sh              rewrite every tutorial listed below
#   ./regenerate.sh NAME ...     rewrite these only
#
# Comment lines between cells are left out of IPython's input: IPython counts a comment as a cell of its
# own, swiftpx (like a script) does not. The virtual environment is <package>/.build-oracle/ipyparallel
# (ignored by git), made from PyPI by Tests/PXClientTests/Members/regenerate.sh with ipyparallel 9.2.0
# pinned, and IPython 9.19.1 pinned here; the cluster gets a throwaway IPython directory.
set -euo pipefail

tutorials=(10-shortcuts)
ipython_version="9.19.1"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package="$(cd "$here/../../.." && pwd)"
python="$("$package/Tests/PXClientTests/Members/regenerate.sh" --prepare)"
venv="$(dirname "$(dirname "$python")")"
if ! "$python" -c "import IPython, sys; sys.exit(IPython.__version__ != '$ipython_version')" 2>/dev/null; then
    "$python" -m pip install --quiet --disable-pip-version-check "ipython==$ipython_version" >&2
fi

export PYTHONDONTWRITEBYTECODE=1 IPP_NONINTERACTIVE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS || true
IPYTHONDIR="$(mktemp -d)"
export IPYTHONDIR
stop() {
    "$venv/bin/ipcluster" stop >/dev/null 2>&1 || true
    rm -rf "$IPYTHONDIR"
}
trap stop EXIT

if [[ $# -gt 0 ]]; then names=("$@"); else names=("${tutorials[@]}"); fi
for name in "${names[@]}"; do
    # Fresh engines for each tutorial, as `swiftpx -n 2` starts them.
    "$venv/bin/ipcluster" stop >/dev/null 2>&1 || true
    "$venv/bin/ipcluster" start -n 2 --daemonize >/dev/null 2>&1
    "$python" -c "import ipyparallel as ipp; ipp.Client(timeout=60).wait_for_engines(2, timeout=120)"
    work="$(mktemp -d)"
    grep -v '^#' "$package/sessions/$name.px" > "$work/input.ipy"
    # The terminal is 80 columns wide when stdout is not one: IPython's pretty printer wraps there.
    (cd "$package/sessions" && TERM=dumb "$venv/bin/ipython" --colors=NoColor --simple-prompt --no-banner \
        --quick < "$work/input.ipy" > "$work/raw.txt" 2>&1) || true
    "$python" "$here/../IPythonOracle/split_cells.py" "$work/input.ipy" "$work/raw.txt" > "$here/$name.expected"
    rm -rf "$work"
    echo "regenerate: wrote $name.expected" >&2
done
