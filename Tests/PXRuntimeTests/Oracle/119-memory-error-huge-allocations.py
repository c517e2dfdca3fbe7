for make in [lambda: [0] * 10**12, lambda: "ab" * 10**13, lambda: bytes(10**13),
             lambda: list(range(10**12)), lambda: [None] * 2**62, lambda: (1, 2) * 10**12]:
    try:
        make()
        print("allocated?")
    except MemoryError as e:
        print("MemoryError", repr(e))
try:
    [0] * 2**63
except OverflowError as e:
    print("OverflowError:", e)
try:
    "x" * 10**20
except OverflowError as e:
    print("OverflowError:", e)
print(len([0] * 10**6), len("ab" * 10**6), "x" * -5 == "", [1] * 0)
print("still running")
