def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


print(list(permutations("abc")))
print(sum(1 for _ in permutations(list(range(6)))))


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))


def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield a, c
        yield from hanoi(n - 1, b, a, c)


moves = list(hanoi(10))
print(len(moves), moves[:3], moves[-1])
