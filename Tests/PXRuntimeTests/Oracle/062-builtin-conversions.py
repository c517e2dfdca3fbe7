print(int("42"), int(" 7 "), int("-3"), int("+8"), int("1_000"), int("\t12\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int(3.9), int(-3.9), int(0.5), int(True), int(), int(1e18))
print(float("1.5"), float(" -2.5 "), float("1e3"), float("inf"), float("-inf"), float("nan"))
print(float(3), float("  .5"), float(), float("1_000.5"), float(-0))
print(str(1), str(1.0), str(-0.5), str([1, "a"]), str(None), str(), str(True), str(1e-7))
print(repr(1), repr(1.0), repr("a'b"), repr([1, "a"]), repr(None), repr(2.5e-07))
print(bool(2), bool(""), bool([0]))
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list())
print(tuple([1, 2]), tuple("xy"), tuple(), tuple({"k": 1}.items()))
print(dict([("a", 1)]), dict(a=1), dict())
print(set([1, 1, 2]), set((3,)), set(), set({"k": 0}))
print(list(map(int, ["1", "2"])), [float(x) for x in ("1", "2.5")])
print(str(12) + str(3.0), int(str(12) + "3") + 1)
print(int(float("1e3")), float(int("7")), int("0010"))
for bad in ["1.5", "", "abc", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int("g", 16)
except ValueError as e:
    print("ValueError", e)
try:
    float("1,5")
except ValueError as e:
    print("ValueError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
