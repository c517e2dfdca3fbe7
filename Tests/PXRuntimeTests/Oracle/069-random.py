import random
random.seed(42)
first = [random.random() for _ in range(5)]
random.seed(42)
again = [random.random() for _ in range(5)]
print(first == again, len(first))
print(all(0.0 <= x < 1.0 for x in first), type(first[0]).__name__)
random.seed(7)
rolls = [random.randint(1, 6) for _ in range(200)]
print(min(rolls) >= 1, max(rolls) <= 6, all(type(r) is int for r in rolls))
print(sorted(set(rolls)) == [1, 2, 3, 4, 5, 6])
random.seed(1)
s = random.sample(range(10), 3)
print(len(s), len(set(s)), all(0 <= v < 10 for v in s))
deck = list(range(20))
random.shuffle(deck)
print(sorted(deck) == list(range(20)), len(deck))
c = random.choice(["a", "b", "c"])
print(c in ["a", "b", "c"])
u = random.uniform(2.0, 5.0)
print(2.0 <= u <= 5.0)
r = random.randrange(0, 100, 5)
print(r % 5 == 0, 0 <= r < 100)
random.seed(123)
a = [random.randint(0, 1000) for _ in range(10)]
random.seed(123)
b = [random.randint(0, 1000) for _ in range(10)]
print(a == b)
random.seed("text seed")
x = random.random()
random.seed("text seed")
print(x == random.random())
print(random.randint(5, 5))
