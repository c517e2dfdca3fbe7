# oracle: script — imports modules it writes next to itself
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name, isinstance(e, ImportError))
with open("partial_mod.py", "w") as f:
    f.write("x = 1\n")
try:
    from partial_mod import y
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
with open("broken_mod.py", "w") as f:
    f.write("value = 1 / 0\n")
try:
    import broken_mod
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
with open("syntax_mod.py", "w") as f:
    f.write("def f(:\n")
try:
    import syntax_mod
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
import os
for name in ["partial_mod.py", "broken_mod.py", "syntax_mod.py"]:
    os.remove(name)
