a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend("ab"); print(a)
a.extend(range(2)); print(a)
a.insert(0, "first"); print(a)
a.insert(-1, "before-last"); print(a)
a.insert(100, "end"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a"); print(a)
print(a.index(2), a.index(5), a.count(1), a.count(99))
a.reverse(); print(a)
b = a.copy()
b.append("only in b")
print(len(a), len(b), a == b[:-1])
a.clear(); print(a, b[-1])
print([1, 2] + [3], [0] * 3, [1, 2] * 2, 2 * [None], [] * 5)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
print(len([1, [2, 3]]), [1, 2, 3][::-1], list("abc"))
c = [1, 2, 1, 2]
c.remove(2); print(c)
print(c.index(1, 1))
print([1, 2].append(3))
x = [5]
x += (6, 7)
print(x)
print(list(range(3)) == [0, 1, 2], [1, 2] != [1, 2, 3])
print(max([3, 7, 1]), min([3, 7, 1]), sum([3, 7, 1]), sorted([3, 7, 1]))
try:
    [].remove(1)
except ValueError as e:
    print("ValueError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
