def build():
    xs = [i * 2 for i in range(1000000)]
    return xs

xs = build()
print(len(xs), xs[-1])
