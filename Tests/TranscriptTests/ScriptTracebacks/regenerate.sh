#!/usr/bin/env bash
# Writes NAME.expected for every NAME.py here: what `python3 NAME.py` (CPython 3.11 from scripts/oracle-python)
# prints, stdout and stderr together, run from this folder, with its `^`/`~` marker lines. python3 names the
# script by its absolute path (this folder's, then `/NAME.py`); the folder is written `{folder}`, which
# ScriptTracebackTests puts back as the folder it runs in.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
python="$("$here/../../../scripts/oracle-python")"
export PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS || true
cd "$here"
for source in *.py; do
    name="${source%.py}"
    "$python" "$source" 2>&1 </dev/null | sed "s|File \"$here/|File \"{folder}/|" > "$name.expected" || true
    echo "regenerate: wrote $name.expected" >&2
done
