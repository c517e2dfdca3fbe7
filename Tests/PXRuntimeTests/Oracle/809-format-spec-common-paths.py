# The common format specs (ints, fixed-point floats and strs with widths, fills, alignment, signs and zero
# padding) in f-strings, format() and str.format, beside specs that take the general path: grouping, other
# types, non-ASCII text and fills, nan and inf, floats too large for 64-bit digits.
ints = [0, 7, -7, 42, -123456, 2 ** 63 - 1, -(2 ** 63), 10 ** 20, -(10 ** 20)]
for i in ints:
    print(f"[{i}|{i:5}|{i:<6}|{i:^7}|{i:>8}|{i:=8}|{i:05d}|{i:+d}|{i: d}|{i:*^9}|{i:08}|{i:<05}|{i:^08}]")
    print("[{0:d}|{0:x<+6d}|{0:,}|{0:_}|{0:x}|{0:#o}|{0:e}|{0:→>6}]".format(i), format(i, "03"), format(i, ""))

floats = [0.0, -0.0, 2.5, -2.5, 2.675, 0.125, 0.375, 1.005, 123456.789, -0.001, 1e-7, 99.995, 9.999999e15,
          1e19, -1.5e20, 2 ** 63 + 0.0, float("nan"), float("inf"), float("-inf"), 1 / 3]
for x in floats:
    print(f"[{x:.2f}|{x:8.2f}|{x:<10.3f}|{x:^12.1f}|{x:+.0f}|{x: .4f}|{x:010.2f}|{x:F}|{x:f}|{x:*>9.1f}|{x:<08.2f}]")
    print("[{0:.18f}|{0:=+12.3f}|{0:,.2f}|{0:.2e}|{0:.3g}|{0:.2%}|{0:#.0f}|{0:→<9.2f}]".format(x), format(x, ".1f"))

strs = ["", "a", "abc", "item042", "héllo", "日本", "x" * 20]
for s in strs:
    print(f"[{s}|{s:5}|{s:<6}|{s:>7}|{s:^8}|{s:*^9}|{s:05}|{s:.2}|{s:s}|{s!r:>10}|{s=}|{s:→<6}]")
    print("[{0:12}|{0:>12}|{0:_^12}]".format(s), format(s, "<4"))

for w, p in ((8, 2), (3, 0), (12, 5)):
    print(f"[{3.14159:{w}.{p}f}|{-42:{w}}|{'ab':>{w}}]")

for spec in ("=5", "+s", "#", "z.1f", ".2d"):
    for v in (5, "ab", 1.5):
        try:
            print(spec, repr(v), repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(spec, repr(v), type(e).__name__, e)

rows = [("item%d" % (i % 5), i % 17 + 1, (i * 37 % 1000) / 10) for i in range(12)]
for i, (name, qty, price) in enumerate(rows):
    print(f"{i:05d} {name:<12}{qty:>6} x {price:8.2f} = {qty * price:10.2f}")
