# `eval`, `exec` and `compile` in the caller's scope or in dictionaries of their own, `globals()`, `locals()`,
# `vars()` and `dir()` in modules and functions, and the `builtins` module.
import builtins

# In the module's own scope: reads and writes reach the module's globals.
base = 10
print(eval("base + 1"), eval(" \t3 * 4"), eval(b"2 ** 5"), eval("\n[base] * 2\n"))
exec("made_here = base * 3")
print(made_here)
exec("def twice(v):\n    return 2 * v\nfrom_exec = twice(base)")
print(twice(4), from_exec)
print(exec("1 + 1"), eval("None"))

# In a function: the function's variables are seen, not changed.
def inside(a, b=2):
    c = a + b
    seen = eval("a * b + c")
    exec("c = 100")
    return seen, c, sorted(locals()), "inside" in globals(), sorted(vars())

print(inside(3))

def outer():
    captured = 7
    def inner():
        captured  # a free variable of inner: eval sees it
        return eval("captured + 1")
    def unseen():
        return eval("captured + 1")  # not a variable of unseen: NameError
    print(inner())
    try:
        unseen()
    except NameError as e:
        print("unseen:", e)

outer()

# Dictionaries of their own: the code's bindings are written back, the dictionary gets __builtins__.
g = {"w": 1}
exec("w += 1\nv = w * 10\ndef get():\n    return v", g)
print(sorted(k for k in g if k != "__builtins__"), g["w"], g["v"], g["get"](), type(g["__builtins__"]).__name__)
exec("del w", g)
print("w" in g)
loc = {}
exec("m = 2\nn = m + base_value", {"base_value": 40}, loc)
print(sorted(loc.items()))
print(eval("x + y", {"x": 1}, {"y": 2}), eval("z", {}, {"z": 3}), eval("base", None, {"other": 1}))
print(eval("len([1, 2, 3])", {}), eval("abs(-4)", {"__builtins__": builtins.__dict__}))

# compile
code = compile("total = sum(range(5))\nprint('total', total)", "made.py", "exec")
print(type(code).__name__, code.co_filename, code.co_name, code.co_firstlineno)
exec(code)
print(total)
expression = compile("total * 2", "<expr>", "eval")
print(eval(expression), exec(expression))
exec(compile("6 * 7", "<single>", "single"))
exec(compile("silent = 1", "<single>", "single"))
print(compile("1", "f", "exec", dont_inherit=True).co_filename)

# builtins
print(builtins.len("abc"), builtins.max(3, 9), builtins.__name__, builtins)
print(builtins.int is int, builtins.ValueError is ValueError, "print" in dir(builtins))

# Errors
def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for f in (eval, exec):
    show(f, 5)
    show(f, "1", [])
    show(f, "1", {}, 5)
    show(f, "1", None, 5)
    show(f, "1", {}, {}, 3)
    show(f)
    show(f, "1", globals={})
show(compile)
show(compile, "1")
show(compile, "1", "f")
show(compile, 5, "f", "exec")
show(compile, "1", "f", "bad")
show(compile, "1", 5, "exec")
show(compile, "1", "f", "exec", 0, False, -1, 9)
show(compile, "1", "f", "exec", nosuch=1)
for text in ["x = 1", "1 +", "(1", "1\n2", "", "   "]:
    try:
        eval(text)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
for text in ["1 +", "a = 1\nb = (", "  x = 1", "return 5"]:
    try:
        exec(text)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
try:
    compile("1 +", "named.py", "eval")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("raised:", e)
try:
    exec("undefined_name_here")
except NameError as e:
    print("raised:", e)
eval("[][0]")
