# oracle: script — writes files in a directory it creates next to itself, then removes them
import os
os.mkdir("scratch")
path = os.path.join("scratch", "notes.txt")
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    print("wrote", n, f.closed)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    print("third line", file=f)
    f.writelines(["fourth\n", "fifth"])
with open(path, "r") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path, encoding="utf-8") as f:
    print(f.read(5), f.read(6), repr(f.read(0)))
print(os.path.exists(path), os.path.getsize(path), sorted(os.listdir("scratch")))
os.remove(path)
os.rmdir("scratch")
print(os.path.exists("scratch"))
