from itertools import permutations, product, combinations

# SEND + MORE = MONEY
letters = "SENDMORY"
for digits in permutations(range(10), len(letters)):
    v = dict(zip(letters, digits))
    if v["S"] == 0 or v["M"] == 0:
        continue
    num = lambda w: int("".join(str(v[c]) for c in w))
    if num("SEND") + num("MORE") == num("MONEY"):
        print(num("SEND"), num("MORE"), num("MONEY"))
        break
coins = [1, 5, 10, 25]
ways = sum(1 for counts in product(range(5), repeat=4) if sum(c * k for c, k in zip(coins, counts)) == 30)
print(ways)
triples = [t for t in combinations(range(1, 30), 3) if t[0] ** 2 + t[1] ** 2 == t[2] ** 2]
print(triples)
