# oracle: script — imports modules it writes next to itself
# `__import__`: the top-level package without a fromlist, the named module with one, submodules named in the
# fromlist, relative levels with a globals dictionary, and its errors.
import os

os.makedirs("imppkg/inner", exist_ok=True)
files = {
    "imppkg/__init__.py": "X = 1\n",
    "imppkg/inner/__init__.py": "Y = 2\n",
    "imppkg/inner/leaf.py": "Z = 3\n",
    "imppkg/broken.py": "import nosuchmodule_abc\n",
}
for path, text in files.items():
    with open(path, "w") as f:
        f.write(text)

m = __import__("math")
print(m.__name__, m.sqrt(16))
top = __import__("imppkg.inner")
print(top.__name__, top.X, top.inner.Y)
inner = __import__("imppkg.inner", fromlist=["Y"])
print(inner.__name__, inner.Y)
inner = __import__("imppkg.inner", globals(), None, ["leaf", "nosuchsub"], 0)
print(inner.__name__, inner.leaf.Z, hasattr(inner, "nosuchsub"))
print(__import__("collections", fromlist=["*"]).__name__)
print(__import__("inner", {"__package__": "imppkg", "__name__": "imppkg"}, None, ["Y"], 1).__name__)
print(__import__("", {"__package__": "imppkg.inner", "__name__": "imppkg.inner"}, None, ["leaf"], 1).__name__)
for call in [
    lambda: __import__(),
    lambda: __import__(5),
    lambda: __import__(""),
    lambda: __import__("nosuch_mod_q"),
    lambda: __import__("imppkg.nosuch"),
    lambda: __import__("imppkg", fromlist=["broken"]),
    lambda: __import__("x", {"__package__": "imppkg", "__name__": "imppkg"}, None, [], 3),
    lambda: __import__("math", level=-1),
]:
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

for path in ["imppkg/inner/leaf.py", "imppkg/inner/__init__.py", "imppkg/__init__.py", "imppkg/broken.py"]:
    os.remove(path)
os.rmdir("imppkg/inner")
os.rmdir("imppkg")
