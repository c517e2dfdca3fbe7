s = "swiftpx"
print(len(s), s * 2, s + "!", s[0] + s[-1])
for ch in "abc":
    print(ch, end=",")
print()
print(list("héllo"), len("héllo"), "é" in "héllo", "héllo".upper())
print("abc" < "abd", "Z" < "a", "apple" < "apples", "10" < "9", "" == "")
print(str(123) + str(4.5) + str(None) + str([1]) + str((1,)) + str({1: 2}))
print(repr([["a"], ("b",), {"c": "d"}]), str(["x"]))
words = ["engine", "controller", "client", "hub"]
print(sorted(words), sorted(words, key=len), max(words, key=len), min(words))
print(",".join(w.upper()[:3] for w in words))
print("%s has %d chars" % (s, len(s)), f"{s!r:>12}|", "{:_^12}".format(s))
acc = ""
for i in range(5):
    acc += str(i)
print(acc, int(acc) + 1, acc[::-1])
print("a" "b" 'c' """d""", ("x" "y") * 2)
print("line1\nline2".split("\n"), "a\\tb")
print("x=%s" % "a%sb", "50%" + "!", "{}%".format(50))
mixed = "Hello, World! 123"
print(sum(1 for c in mixed if c.isalpha()), sum(1 for c in mixed if c.isdigit()), sum(1 for c in mixed if c.isspace()))
print(mixed.lower().count("l"), mixed.find("World"), mixed[mixed.find("W"):].split()[0])
print(str(s) is not None, s == "swift" + "px", s.replace("px", "") + "-py")
