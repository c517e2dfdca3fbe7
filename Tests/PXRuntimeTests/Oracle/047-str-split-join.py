s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a,b,,c".rsplit(",", 1))
print("a b c d".rsplit(None, 2))
print("a b c d".rsplit())
print("".split(), "".split(","))
print("one\ttwo\nthree".split())
print("a--b--c".split("--"))
print("-".join(["x", "y", "z"]))
print("".join(["a", "b"]), ", ".join([]), " ".join("abc"))
print(", ".join(str(i) for i in range(4)))
print("\n".join(["line1", "line2"]))
print("x".join(("1", "2")))
print("l1\nl2\r\nl3\n".splitlines())
print("l1\nl2\n\nl4".splitlines())
print("".splitlines(), "no newline".splitlines())
print("key=value=more".partition("="))
print("no-sep".partition("="))
print("a:b".partition(":"), "abc".partition("abc"))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
line = "name: engine-3 | pid: 42"
parts = [p.strip() for p in line.split("|")]
print(parts, dict(p.split(": ") for p in parts))
print("a b c".split(" ", 1), "a b c".rsplit(" ", 1))
