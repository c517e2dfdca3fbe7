print("[" + "ab".center(6) + "]", "[" + "ab".center(7) + "]", "[" + "abc".center(6) + "]")
print("[" + "ab".center(6, "-") + "]", "[" + "abcdef".center(3) + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5) + "]")
print("[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5, "0") + "]")
print("[" + "toolong".ljust(3) + "]")
for name, value in [("alpha", 1), ("be", 22), ("gamma-ray", 333)]:
    print(name.ljust(10) + str(value).rjust(5))
print("{} + {} = {}".format(1, 2, 3))
print("{:>5}".format("x"), "{0}{0}".format("ab"))
print("ab".center(5, "*"), "a".center(4, "*"))
print("%s" % "x".rjust(3), "x".zfill(3))
table = [["id", "name"], ["1", "engine"], ["22", "controller"]]
for row in table:
    print("|".join(cell.center(12) for cell in row))
print(str(12).zfill(5), str(-12).zfill(5))
print("x" * 0, "x" * -1, repr("ab" * 2))
