#!/usr/bin/env bash
# Writes NAME.expected for every NAME.ipy here: what IPython prints for each cell of NAME.ipy, run as
# piped input (`ipython --colors=NoColor --simple-prompt`), one block per cell, starting `In [N]: SOURCE`
# as `swiftpx --echo` echoes it. IPython comes from PyPI into a virtual environment in
# .build-oracle/ipython-venv at the package root (ignored by git). IPythonOracleTests compares swiftpx's
# output cell by cell with these files.
set -euo pipefail

ipython_version="9.19.1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package="$(cd "$here/../../.." && pwd)"
venv="$package/.build-oracle/ipython-venv"

if ! "$venv/bin/python" -c "import IPython, sys; sys.exit(IPython.__version__ != '$ipython_version')" 2>/dev/null; then
    echo "regenerate: creating $venv (IPython $ipython_version)" >&2
    rm -rf "$venv"
    "${PYTHON:-python3.11}" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "ipython==$ipython_version" >&2
fi

for input in "$here"/*.ipy; do
    name="$(basename "$input" .ipy)"
    work="$(mktemp -d)"
    # The terminal is 80 columns wide when stdout is not one: IPython's pretty printer wraps there.
    (cd "$work" && TERM=dumb "$venv/bin/ipython" --colors=NoColor --simple-prompt --no-banner --quick \
        < "$input" > "$work/raw.txt" 2>&1) || true
    "$venv/bin/python" "$here/split_cells.py" "$input" "$work/raw.txt" > "$here/$name.expected"
    rm -rf "$work"
    echo "regenerate: wrote $name.expected" >&2
done
