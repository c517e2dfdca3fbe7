#!/usr/bin/env bash
# Writes NAME.expected for every NAME.py here: what `python3 NAME.py` (CPython 3.11 from scripts/oracle-python)
# prints, stdout and stderr together, run from this folder. Two filters, which ScriptTracebackTests documents:
# the lines of `^`/`~` markers under a traceback's source lines are left out (swiftpx draws none), and the
# script's absolute path in `File "..."` lines becomes the name it was run as (swiftpx shows that).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="$("$here/../../../scripts/oracle-python")"
export PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS || true
cd "$here"
for source in *.py; do
    name="${source%.py}"
    "$python" "$source" 2>&1 </dev/null | grep -v -E '^ *[~^]+ *$' | sed "s|File \"$here/|File \"|" > "$name.expected" || true
    echo "regenerate: wrote $name.expected" >&2
done
