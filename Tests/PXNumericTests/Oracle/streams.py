"""Print the expected random streams that Tests/PXNumericTests/RandomStreamTests.swift checks.

One line per case: NAME, the number of calls N, a digest of all N outputs, then the outputs of calls 1-5 and of
call N, tab-separated. An output is its values separated by spaces: floats as float.hex() (exact bits), ints in
decimal, bools as 0/1. The digest folds every value's 64-bit pattern (a float's IEEE bits, an int's two's
complement) into h = (h * 0x100000001B3) ^ bits modulo 2**64, so one differing bit anywhere shows.
The case names and calls mirror the Swift table one for one.
"""

import random
import struct
import sys

import numpy as np


MASK64 = 2**64 - 1


def fmt_scalar(v):
    if isinstance(v, (bool, np.bool_)):
        return "1" if v else "0"
    if isinstance(v, (float, np.floating)):
        return float(v).hex()
    return str(int(v))


def fmt(v):
    if isinstance(v, np.ndarray):
        return " ".join(fmt_scalar(x) for x in v.ravel().tolist())
    if isinstance(v, (list, tuple)):
        return " ".join(fmt_scalar(x) for x in v)
    return fmt_scalar(v)


def bits(v):
    if isinstance(v, (float, np.floating)) and not isinstance(v, bool):
        return struct.unpack("<Q", struct.pack("<d", float(v)))[0]
    return int(v) & MASK64


def values(v):
    if isinstance(v, np.ndarray):
        return v.ravel().tolist()
    if isinstance(v, (list, tuple)):
        return list(v)
    return [v]


def case(name, make, call, n=10000):
    g = make()
    shown = []
    digest = 0
    for i in range(n):
        v = call(g)
        for x in values(v):
            digest = ((digest * 0x100000001B3) & MASK64) ^ bits(x)
        if i < 5 or i == n - 1:
            shown.append(fmt(v))
    print("\t".join([name, str(n), str(digest)] + shown))


def words(value, bits):
    return [(value >> (32 * i)) & 0xFFFFFFFF for i in range((bits + 31) // 32)]


def python(seed):
    def make():
        r = random.Random()
        r.seed(seed)
        return r
    return make


def legacy(seed):
    return lambda: np.random.RandomState(seed)


def generator(seed):
    return lambda: np.random.default_rng(seed)


def shuffled(g, n):
    x = list(range(n))
    g.shuffle(x)
    return x


P5 = [0.1, 0.2, 0.3, 0.15, 0.25]


def error_case(name, call):
    """A line NAME, "E", then the exception as Class: message."""
    try:
        call()
        raise SystemExit(f"{name} raised nothing")
    except Exception as e:
        print("\t".join([name, "E", f"{type(e).__name__}: {e}"]))


def errors():
    rs = np.random.RandomState(0)
    g = np.random.default_rng(0)
    py = random.Random(0)
    error_case("error python randrange 0", lambda: py.randrange(0))
    error_case("error python randrange 5 5", lambda: py.randrange(5, 5))
    error_case("error python randrange step 0", lambda: py.randrange(0, 10, 0))
    error_case("error python randrange empty step", lambda: py.randrange(10, 0, 2))
    error_case("error python randint 3 1", lambda: py.randint(3, 1))
    error_case("error python sample 3 5", lambda: py.sample(range(3), 5))
    error_case("error python choices zero", lambda: py.choices(range(2), cum_weights=[0, 0]))
    error_case("error python choices infinite", lambda: py.choices(range(2), cum_weights=[1, float("inf")]))
    error_case("error legacy seed -1", lambda: np.random.RandomState(-1))
    error_case("error legacy seed 2**32", lambda: np.random.RandomState(2**32))
    error_case("error legacy seed []", lambda: np.random.RandomState([]))
    error_case("error legacy seed [2**32]", lambda: np.random.RandomState([1, 2**32]))
    error_case("error legacy randint 5 3", lambda: rs.randint(5, 3))
    error_case("error legacy randint 0", lambda: rs.randint(0))
    error_case("error legacy randint bool high", lambda: rs.randint(0, 3, dtype=bool))
    error_case("error legacy randint bool low", lambda: rs.randint(-1, 2, dtype=bool))
    error_case("error legacy randint int32 high", lambda: rs.randint(0, 2**31 + 1, dtype=np.int32))
    error_case("error legacy choice 0", lambda: rs.choice(0))
    error_case("error legacy choice empty", lambda: rs.choice([]))
    error_case("error legacy choice too many", lambda: rs.choice(3, 5, replace=False))
    error_case("error legacy choice p size", lambda: rs.choice(3, p=[0.5, 0.5]))
    error_case("error legacy choice p sum", lambda: rs.choice(3, p=[0.5, 0.5, 0.5]))
    error_case("error legacy choice p negative", lambda: rs.choice(3, p=[-0.5, 1.0, 0.5]))
    error_case("error legacy choice p nan", lambda: rs.choice(3, p=[float("nan"), 0.5, 0.5]))
    error_case("error legacy choice p nonzero", lambda: rs.choice(5, 3, replace=False, p=[0.5, 0.5, 0, 0, 0]))
    error_case("error generator seed -1", lambda: np.random.default_rng(-1))
    error_case("error generator integers 5 3", lambda: g.integers(5, 3))
    error_case("error generator integers 0", lambda: g.integers(0))
    error_case("error generator integers endpoint 5 3", lambda: g.integers(5, 3, endpoint=True))
    error_case("error generator integers endpoint -1", lambda: g.integers(-1, endpoint=True))
    error_case("error generator integers bool high", lambda: g.integers(0, 5, dtype=bool))
    error_case("error generator integers int32 low", lambda: g.integers(-2**31 - 1, 0, dtype=np.int32))
    error_case("error generator choice 0", lambda: g.choice(0))
    error_case("error generator choice empty", lambda: g.choice([]))
    error_case("error generator choice too many", lambda: g.choice(3, 5, replace=False))
    error_case("error generator choice p size", lambda: g.choice(3, p=[0.5, 0.5]))
    error_case("error generator choice p sum", lambda: g.choice(3, p=[0.5, 0.5, 0.5]))
    error_case("error generator choice p negative", lambda: g.choice(3, p=[-0.5, 1.0, 0.5]))
    error_case("error generator choice p nan", lambda: g.choice(3, p=[float("nan"), 0.5, 0.5]))
    error_case("error generator choice p nonzero", lambda: g.choice(5, 3, replace=False, p=[0.5, 0.5, 0, 0, 0]))


def main():
    print("# oracle: python", sys.version.split()[0], "numpy", np.__version__)

    # CPython random.
    for seed in [0, 1, 42, -7, 2**31, 2**32 - 1, 2**32, 2**40 + 3, 2**63 - 1, "hello", "", b"\x00bytes", "ünï"]:
        label = repr(seed)
        case(f"python {label} random", python(seed), lambda g: g.random())
    for k in [1, 7, 31, 32, 33, 53, 64, 100, 200]:
        case(f"python 42 getrandbits {k}", python(42), lambda g, k=k: words(g.getrandbits(k), k))
    case("python 42 randrange 10", python(42), lambda g: g.randrange(10))
    case("python 7 randrange 1000000007", python(7), lambda g: g.randrange(1000000007))
    case("python 7 randrange -5 20 3", python(7), lambda g: g.randrange(-5, 20, 3))
    case("python 7 randrange 20 -5 -4", python(7), lambda g: g.randrange(20, -5, -4))
    case("python 3 randint 1 6", python(3), lambda g: g.randint(1, 6))
    case("python 3 randint wide", python(3), lambda g: g.randint(-2**62, 2**62))
    case("python 3 randint full", python(3), lambda g: g.randint(-2**63, 2**63 - 1))
    case("python 5 shuffle 20", python(5), lambda g: shuffled(g, 20))
    case("python 5 sample 50 10", python(5), lambda g: g.sample(range(50), 10))
    case("python 5 sample 100 10", python(5), lambda g: g.sample(range(100), 10))
    case("python 5 sample 1000000 5", python(5), lambda g: g.sample(range(1000000), 5))
    case("python 5 sample 30 30", python(5), lambda g: g.sample(range(30), 30), n=1000)
    case("python 9 choices 10 3", python(9), lambda g: g.choices(range(10), k=3))
    case("python 9 choices weighted", python(9), lambda g: g.choices(range(5), cum_weights=[1, 3, 6, 6.5, 10], k=3))
    case("python 11 uniform -3 7", python(11), lambda g: g.uniform(-3, 7))
    case("python 11 gauss", python(11), lambda g: g.gauss())
    case("python 11 gauss 5 2", python(11), lambda g: g.gauss(5, 2))
    case("python 11 normalvariate", python(11), lambda g: g.normalvariate())
    case("python 11 normalvariate 5 2", python(11), lambda g: g.normalvariate(5, 2))
    case("python 11 expovariate 1.5", python(11), lambda g: g.expovariate(1.5))
    case("python 11 triangular 0 10 3", python(11), lambda g: g.triangular(0, 10, 3))
    case("python 11 triangular", python(11), lambda g: g.triangular())
    case("python 13 mixed", python(13), lambda g: [g.gauss(), g.random(), g.gauss(), g.randrange(100), g.gauss()])

    # numpy's legacy RandomState.
    seeds = [0, 1, 42, 12345, 2**32 - 1]
    for seed in seeds:
        case(f"legacy {seed} random_sample", legacy(seed), lambda g: g.random_sample())
        case(f"legacy {seed} randn", legacy(seed), lambda g: g.randn())
        case(f"legacy {seed} randint 10", legacy(seed), lambda g: g.randint(10))
    for key in [[1, 2, 3], [0], [2**32 - 1, 5]]:
        case(f"legacy {key} random_sample", lambda key=key: np.random.RandomState(key), lambda g: g.random_sample())
    case("legacy 3 normal 3 2", legacy(3), lambda g: g.normal(3, 2))
    case("legacy 3 uniform -1 4", legacy(3), lambda g: g.uniform(-1, 4))
    case("legacy 3 randint -100 100", legacy(3), lambda g: g.randint(-100, 100))
    case("legacy 3 randint 2**32", legacy(3), lambda g: g.randint(0, 2**32))
    case("legacy 3 randint 2**40", legacy(3), lambda g: g.randint(0, 2**40))
    case("legacy 3 randint wide", legacy(3), lambda g: g.randint(-2**62, 2**62))
    case("legacy 3 randint size 7", legacy(3), lambda g: g.randint(5, 17, size=7))
    case("legacy 3 randint bool", legacy(3), lambda g: g.randint(0, 2, size=40, dtype=bool))
    case("legacy 3 randint int32", legacy(3), lambda g: g.randint(-5, 5, size=6, dtype=np.int32))
    case("legacy 4 permutation 10", legacy(4), lambda g: g.permutation(10))
    case("legacy 4 shuffle 20", legacy(4), lambda g: shuffled(g, 20))
    case("legacy 4 choice 10 5", legacy(4), lambda g: g.choice(10, 5))
    case("legacy 4 choice 10 5 noreplace", legacy(4), lambda g: g.choice(10, 5, replace=False))
    case("legacy 4 choice p", legacy(4), lambda g: g.choice(5, 6, p=P5))
    case("legacy 4 choice p noreplace", legacy(4), lambda g: g.choice(5, 3, replace=False, p=P5))
    case("legacy 6 mixed", legacy(6), lambda g: [g.randn(), g.rand(), g.randn(), g.randint(100), g.randn()])

    # numpy's Generator (default_rng, PCG64).
    for seed in [0, 1, 42, 12345, 2**32, 2**63 - 1]:
        case(f"generator {seed} random", generator(seed), lambda g: g.random())
        case(f"generator {seed} standard_normal", generator(seed), lambda g: g.standard_normal(), n=100000)
        case(f"generator {seed} integers 10", generator(seed), lambda g: g.integers(10))
    case("generator [1, 2, 3] random", generator([1, 2, 3]), lambda g: g.random())
    case("generator [1, 2, 3, 4, 5, 6] random", generator([1, 2, 3, 4, 5, 6]), lambda g: g.random())
    case("generator 3 random float32", generator(3), lambda g: g.random(3, dtype=np.float32))
    for seed in [0, 5]:
        case(f"generator {seed} standard_normal float32", generator(seed),
             lambda g: g.standard_normal(dtype=np.float32), n=100000)
    case("generator 3 normal 3 2", generator(3), lambda g: g.normal(3, 2))
    case("generator 3 uniform -1 4", generator(3), lambda g: g.uniform(-1, 4))
    case("generator 3 integers -100 100", generator(3), lambda g: g.integers(-100, 100))
    case("generator 3 integers 2**32", generator(3), lambda g: g.integers(0, 2**32))
    case("generator 3 integers 2**40", generator(3), lambda g: g.integers(0, 2**40))
    case("generator 3 integers wide", generator(3), lambda g: g.integers(-2**62, 2**62))
    case("generator 3 integers endpoint", generator(3), lambda g: g.integers(0, 10, endpoint=True))
    case("generator 3 integers size 7", generator(3), lambda g: g.integers(5, 17, size=7))
    case("generator 3 integers bool", generator(3), lambda g: g.integers(0, 2, size=40, dtype=bool))
    case("generator 3 integers int32", generator(3), lambda g: g.integers(-5, 5, size=6, dtype=np.int32))
    case("generator 3 mixed", generator(3),
         lambda g: [g.integers(7), g.random(), g.integers(1000), g.standard_normal(), g.integers(3)])
    case("generator 4 permutation 10", generator(4), lambda g: g.permutation(10))
    case("generator 4 shuffle 20", generator(4), lambda g: shuffled(g, 20))
    case("generator 4 choice 10 5", generator(4), lambda g: g.choice(10, 5))
    case("generator 4 choice 10 5 noreplace", generator(4), lambda g: g.choice(10, 5, replace=False))
    case("generator 4 choice 10 5 noreplace unshuffled", generator(4),
         lambda g: g.choice(10, 5, replace=False, shuffle=False))
    case("generator 4 choice 20000 100 noreplace", generator(4), lambda g: g.choice(20000, 100, replace=False), n=500)
    case("generator 4 choice 20000 1000 noreplace", generator(4), lambda g: g.choice(20000, 1000, replace=False), n=50)
    case("generator 4 choice p", generator(4), lambda g: g.choice(5, 6, p=P5))
    case("generator 4 choice p noreplace", generator(4), lambda g: g.choice(5, 3, replace=False, p=P5))

    errors()


if __name__ == "__main__":
    main()
