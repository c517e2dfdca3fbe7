# random on ints beyond 64 bits: getrandbits, randrange and randint with big bounds, big seeds.
import random

random.seed(12345)
print(random.getrandbits(64), random.getrandbits(65), random.getrandbits(200))
print(random.randrange(10 ** 30), random.randrange(-10 ** 25, 10 ** 25))
print(random.randrange(10 ** 20, 10 ** 30, 7), random.randrange(10 ** 30, 10 ** 20, -3))
print(random.randint(2 ** 64, 2 ** 64 + 5), random.randint(-(2 ** 70), 0))
print([random.randrange(2 ** 63, 2 ** 63 + 3) for _ in range(6)])
random.seed(2 ** 100)
print(random.random(), random.randrange(10 ** 20))
random.seed(-(3 ** 90))
print(random.random())
for args in [(10 ** 20, 10 ** 19), (-(10 ** 30),), (0, 10 ** 30, 0), (10 ** 20, 10 ** 30, -1)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    random.randint(10 ** 30, 5)
except ValueError as e:
    print("ValueError:", e)
