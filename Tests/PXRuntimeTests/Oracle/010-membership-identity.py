print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("a" in "abc", "bc" in "abc", "ac" in "abc", "" in "abc", "x" not in "abc")
print(1 in (1, 2), 3 in {1, 2, 3}, 5 in range(10), 10 in range(10))
d = {"k": 1, "j": 2}
print("k" in d, 1 in d, "z" not in d, 2 in d.values(), ("k", 1) in d.items())
print(1.0 in [1, 2], True in [1], 0 in [False])
print([1] in [[1], [2]], (1, 2) in [(1, 2)])
x = None
print(x is None, x is not None, not x is None)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(True is True, False is not True, None is None)
b.append(3)
print(a, c)
t = ()
print(t == (), len(t))
print(not [], not [0], not "", not "0", not 0, not 0.0, not None)
print(2 in [1, 2] == True)
print(3 in [1, 2, 3] in [[1, 2, 3]])
