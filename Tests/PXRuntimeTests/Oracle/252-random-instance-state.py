import random
r1 = random.Random(7)
r2 = random.Random(7)
print([r1.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)])
state = r1.getstate()
first = [r1.random() for _ in range(3)]
r1.setstate(state)
print(first == [r1.random() for _ in range(3)], first)
r3 = random.Random(2024)
print(r3.random(), r3.randrange(1000), r3.sample("abcdefgh", 3), r3.choice(range(1000)))
random.seed(0)
print(random.random(), random.Random(0).random())
