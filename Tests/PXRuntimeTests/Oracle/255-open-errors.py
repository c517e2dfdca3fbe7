# oracle: script — opens files relative to its working directory
try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(e.errno, e.filename, isinstance(e, OSError))
try:
    with open("no_such_dir/x.txt", "w") as f:
        pass
except OSError as e:
    print(type(e).__name__, e.strerror)
with open("tmp_file.txt", "w") as f:
    f.write("x")
try:
    with open("tmp_file.txt") as f:
        f.write("y")
except Exception as e:
    print(type(e).__name__, e)
try:
    open("tmp_file.txt", "q")
except ValueError as e:
    print("ValueError:", e)
f = open("tmp_file.txt")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
import os
os.remove("tmp_file.txt")
