print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="x", age=3))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^10}|{:0>5}|{:#<4}".format("mid", 7, "z"))
print("{:.3f} {:10.2f} {:+.1e} {:g} {:%}".format(3.14159, 2.5, 12345.0, 0.0001, 0.25))
print("{:d} {:5d} {:05d} {:+d} {: d} {:=+6d}".format(1, 2, 3, 4, 5, 6))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{:,} {:_} {:,.2f} {:_b}".format(1234567, 7654321, 9876.543, 255))
print("{!r} {!s} {!r:>6}".format("q", "q", "q"))
print("{{}} {{{}}}".format("in"))
print("{0:{1}.{2}f}".format(3.14159, 10, 3))
print("{:{}}|".format("w", 5))
print("{:.2s}|{:5.1s}|".format("abc", "xyz"))
print("{}".format(None), "{}".format([1, 2]), "{}".format(0.1 + 0.2), "{}".format(1e16))
print("{:.0f} {:.0f} {:.2f}".format(0.5, 1.5, 2.675))
print("{:>6} {:>6.1f} {:<6.2%}|".format(1.5, 1.25, 0.333))
print("{} {}".format(True, False), "{:d}".format(True), "{:>5}".format(False))
row = "{:<10}{:>8}{:>8.2f}"
for name, n, v in [("a", 1, 0.5), ("bbb", 200, 1 / 3)]:
    print(row.format(name, n, v))
print("{:e} {:E} {:.0e}".format(0.000123, 1e100, 5.5))
print("{:g} {:G} {:.2g}".format(1e-10, 1e20, 0.000456))
print("{:.3}|{:.3}|{:.3}|{}|{:10}|".format(100.0, 3.14159, 1e16, 12, 1.0))
try:
    print("{} {}".format("only"))
except IndexError as e:
    print("IndexError", e)
try:
    print("{x}".format(y=1))
except KeyError as e:
    print("KeyError", e)
try:
    print("{:d}".format(1.5))
except ValueError as e:
    print("ValueError", e)
try:
    print("{:d}".format("s"))
except ValueError as e:
    print("ValueError", e)
