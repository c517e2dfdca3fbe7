# A comment on its own line
x = 1  # a trailing comment
# comment lines between statements

if x:
    # comment inside a block
    y = 2
    if y > 1:
            z = 3   # deeper, odd indentation is fine if consistent
            print("nested", z)
    print("block", y)
else:
    print("never")

def f(a):
  return a + 1   # two-space indentation


print(f(41))

total = (1 +
         2 +
         3)
print(total)
items = [
    "a",   # comment inside brackets
    "b",
]
print(items)
d = {
    "k": 1,
    "v": 2
}
print(d)
print(max(1,
          5,
          3))
s = ("implicit "
     "concatenation")
print(s)
print("hash # inside a string is not a comment")
