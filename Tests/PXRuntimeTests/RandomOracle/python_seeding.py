# random.seed accepts ints of any sign, bools, floats (by hash), str and bytes (SHA-512), and version 1 strings.
import random

for seed in [0, 1, 42, -42, 2**31, 2**32 - 1, 2**32, 2**62 + 12345, True, False]:
    random.seed(seed)
    print(seed, random.random(), random.random())

for seed in [1.5, -0.25, 1e300, 3.0]:
    random.seed(seed)
    print(seed, random.random())

for seed in ["", "hello", "ünïcode", b"", b"\x00\x01bytes"]:
    random.seed(seed)
    print(repr(seed), random.random())

random.seed("hello", version=1)
print(random.random())
random.seed(b"hello", version=1)
print(random.random())

random.seed(99)
first = [random.random() for _ in range(3)]
random.seed(99)
print(first == [random.random() for _ in range(3)])
random.seed(42)
print(random.random())
