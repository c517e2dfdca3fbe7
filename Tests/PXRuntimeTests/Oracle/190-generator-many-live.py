def counter(start):
    while True:
        yield start
        start += 1


gens = [counter(i * 100) for i in range(1000)]
total = 0
for _ in range(3):
    for gen in gens:
        total += next(gen)
print(total)
rounds = [list(zip(range(3), counter(0), counter(10))) for _ in range(2)]
print(rounds)


def chain(*gs):
    for g in gs:
        yield from g


print(list(chain((i for i in range(3)), iter("ab"), [9])))
