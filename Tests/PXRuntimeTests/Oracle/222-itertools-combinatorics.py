from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=3))[:4], len(list(product(range(3), repeat=4))))
print(list(permutations("abc")), list(permutations(range(4), 2))[:5])
print(list(combinations("abcd", 2)), list(combinations(range(5), 4)))
print(list(combinations_with_replacement("abc", 2)), list(combinations("ab", 3)), list(permutations([])))
print(sum(1 for _ in permutations(range(7))), sum(1 for _ in combinations(range(20), 5)))
