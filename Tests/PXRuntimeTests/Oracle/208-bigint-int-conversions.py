print(int("  -0042  "), int("+7"), int("0b101", 0), int("101", 2), int("-ff", 16), int("Z", 36), int("0_7"))
print(int(3.99), int(-3.99), int(True), int("10", base=8), int(2 ** 70 + 0.0), int(-0.0))
for bad in ["", "1.5", "0x10", "1__0", "_1", " ", "12 3"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(int("99999999999999999999999"), int("-99999999999999999999999"), int(str(-(2 ** 90))))
print(str(-(2 ** 90)), repr(2 ** 90), ascii(2 ** 70), f"{2 ** 70!r}", "%s" % (2 ** 70))
print(bool(2 ** 100), bool(-(2 ** 100) + 2 ** 100), round(2 ** 100 + 12345, -3), round(-(10 ** 20) - 5, -1))
