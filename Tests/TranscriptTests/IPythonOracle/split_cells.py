"""Turns IPython's piped-input output into one block per cell, each opened by `In [N]: SOURCE` (and
`   ...: LINE` for further lines), the way `swiftpx --echo` echoes input. Lines naming IPython's own
input files (`File: .../<ipython-input-...>`) are left out: swiftpx names no file for typed code; nor does it
for the standard library modules it implements natively (`File: .../lib/python3.11/random.py`,
`File: .../<frozen posixpath>`), whose lines are left out too."""
import re
import sys

source_path, raw_path = sys.argv[1], sys.argv[2]
raw = open(raw_path).read()
# Cells as IPython reads them: a line, or a block (a line ending in ':' or a decorator) up to a blank line.
lines = open(source_path).read().split("\n")
cells, current = [], []
for line in lines:
    if current:
        if line.strip() == "":
            cells.append(current)
            current = []
        else:
            current.append(line)
    elif line.strip() and not line.startswith("#"):
        current = [line]
        if not line.rstrip().endswith(":") and not line.startswith("@"):
            cells.append(current)
            current = []
if current:
    cells.append(current)

# Output between prompts; the text after "In [N]: " (and any "...: " continuation prompts) up to the next prompt.
parts = re.split(r"In \[(\d+)\]: ", raw)
outputs = {}
for i in range(1, len(parts) - 1, 2):
    text = re.sub(r"^( +\.\.\.: )+", "", parts[i + 1])
    if text.endswith("\n"):
        text = text[:-1]  # the blank line IPython puts before each prompt
    outputs[int(parts[i])] = text

out = []
for n, cell in enumerate(cells, start=1):
    prompt = f"In [{n}]: "
    out.append(prompt + cell[0])
    for line in cell[1:]:
        out.append(" " * (len(prompt) - 5) + "...: " + line)
    text = outputs.get(n, "")
    kept = [l for l in text.split("\n")
            if not re.match(r"^File: +.*(<ipython-input-|<frozen |/lib/python3\.11/)", l)]
    block = "\n".join(kept)
    if block:
        out.append(block.rstrip("\n") if block.endswith("\n\n") else block.rstrip("\n"))
print("\n".join(out))
