name = "engine"
n = 4
t = 0.123456
print(f"hello {name}")
print(f"{n} engines, {n * 2} cores")
print(F"upper F prefix {n}")
print(f'single {name}', f"""triple {name}""", f'''triple single {n}''')
print(f"{t:.3f}")
print(f"{name!r} {name!s} {name}")
print(f"{[1, 'a']!r} {[1, 'a']!s}")
print(f"{'nested quotes'}")
print(f"{name.upper()} {len(name)} {name[0]} {name[-3:]}")
print(f"{'yes' if n > 3 else 'no'}")
print(f"{ {'k': 1}['k'] }")
print(f"{{literal braces}} {{{n}}}")
print(f"{n + 1}{n + 2}{n + 3}")
print(f"{None} {True} {3.0} {0.1 + 0.2} {1e16} {-0.0}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{(lambda v: v * 10)(n)}")
d = {"a": 1, "b": 2}
print(f"{d['a']} {d}")
width = 8
prec = 2
print(f"[{t:{width}.{prec}f}]")
print(f"[{name:>{width}}]")
print(f"n={n}")
print(f"multi" f"part {n}" "plain")
print(f"{'a' + 'b'!r}")
print(f"tab\there {name}\n2nd line")
x = 3
print(f"{x}{x:3}{x!r:>4}")
print(f"{n:d}items")
