# Assignment expressions (PEP 572) in if/while tests, calls, displays, subscripts and top-level parentheses.
import re

data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print("long list", n)
if m := re.match(r"(\d+)-(\d+)", "12-34"):
    print("matched", m.group(1), m.group(2))
if not (empty := []):
    print("empty", empty)

chunks = iter(["ab", "cd", "", "ef"])
while chunk := next(chunks):
    print("chunk", chunk)
print("after loop", repr(chunk))

i = 0
while (i := i + 1) < 4:
    print("i", i)
print("i ends", i)

(y := 10)
print("y", y)
print((z := 5), z * 2)
print(f(x := 3) if (f := lambda v: v * 10) else None, x)


def total(a, b):
    return a + b


print(total(p := 2, q := 3), p, q)
print([w := 1, w + 1, (w := 7), w])
print((t := 1, t + 1))
print({s := 4, s + 1} == {4, 5})
print({(k := "key"): k.upper()})
print(data[j := 2], j)
print(data[(j := 3):j + 2], j)
value = (v := 6) * v
print(value, v)
print((a := (b := 2) + 1), a, b)
print((lam := lambda: 99)(), lam())
print((c := 1) if (d := 0) else (e := 2), d, e)
print(x if (x := 0) else "falsy", x)

# Left-to-right evaluation: the name is bound when its expression runs.
u = 1
print(u + (u := 10) + u)
r = 2.5
print(r * (r := 4.0) - r)
lst = [1, 2, 3]
print(lst[0] + (lst := [10, 20, 30])[0], lst)


def scope_demo():
    if (local := 41) > 0:
        local += 1
    return local


print(scope_demo())


def closure_demo():
    def inner():
        return captured
    (captured := "cell")
    return inner()


print(closure_demo())

print("walrus in a decorator:")
registry = []


@(deco := lambda func: registry.append(func.__name__) or func)
def decorated():
    return "ok"


print(decorated(), registry, deco is not None)


def gen():
    while (item := (yield "ready")) is not None:
        print("got", item)


g = gen()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration:
    print("stopped")

# Nested and chained.
print((first := (second := (third := 3) * 2) * 2), first, second, third)
print([(n := n + 1) for _ in range(3)] if (n := 0) == 0 else None, n)

# In f-strings a top-level `:` starts the format spec; parentheses make an assignment expression.
print(f"{(fw := 5)}", fw, f"{fw:=10}", f"{fw:=^9}")
