print(next(x for x in range(10**12) if x > 3))
print(any(x > 5 for x in range(10**12)), all(x < 5 for x in range(10**12)))
g = (x * x for x in range(10**18))
print(next(g), next(g), next(g))
for v in (x for x in range(10**15)):
    if v == 4:
        print("stopped at", v)
        break
print(list(zip((x for x in range(10**12)), "abc")))
print(sum(x for x in range(10**6)))
print(max(zip(range(10**12), range(3))))
squares = (n * n for n in range(10**12))
print([next(squares) for _ in range(5)])
