# Bad arguments raise CPython's exceptions with its texts.
import random

def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("randrange(0)", lambda: random.randrange(0))
attempt("randrange(5, 5)", lambda: random.randrange(5, 5))
attempt("randrange(0, 10, 0)", lambda: random.randrange(0, 10, 0))
attempt("randrange(10, 0, 2)", lambda: random.randrange(10, 0, 2))
attempt("randrange('a')", lambda: random.randrange("a"))
attempt("randrange(None)", lambda: random.randrange(None))
attempt("randint(3, 1)", lambda: random.randint(3, 1))
attempt("randint(1)", lambda: random.randint(1))
attempt("choice([])", lambda: random.choice([]))
attempt("sample 5 of 3", lambda: random.sample(range(3), 5))
attempt("sample -1", lambda: random.sample(range(3), -1))
attempt("sample set", lambda: random.sample({1, 2, 3}, 2))
attempt("choices weights", lambda: random.choices("ab", weights=[1], k=2))
attempt("choices both", lambda: random.choices("ab", weights=[1, 1], cum_weights=[1, 2]))
attempt("choices k positional", lambda: random.choices("ab", 3))
attempt("choices zero", lambda: random.choices("ab", weights=[0, 0]))
attempt("getrandbits(-1)", lambda: random.getrandbits(-1))
attempt("random(1)", lambda: random.random(1))
attempt("seed list", lambda: random.seed([1, 2]))
attempt("expovariate(0)", lambda: random.expovariate(0))
attempt("setstate", lambda: random.setstate((9, (), None)))
attempt("shuffle tuple", lambda: random.shuffle((1, 2, 3)))
attempt("gammavariate(0, 1)", lambda: random.gammavariate(0, 1))
attempt("betavariate(1, -1)", lambda: random.betavariate(1, -1))
attempt("randbytes(-1)", lambda: random.randbytes(-1))
