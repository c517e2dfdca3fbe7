import operator
from operator import itemgetter
print(operator.add(2, 3), operator.sub(2, 3), operator.mul(2, 3), operator.truediv(7, 2))
print(operator.add("a", "b"), operator.mul([0], 3), operator.neg(5), operator.neg(-2.5))
print(operator.truediv(1, 3), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 8))
print(operator.eq(1, 1), operator.lt(1, 2), operator.gt(1, 2), operator.ne(1, 2), operator.le(2, 2), operator.ge(1, 2))
print(operator.not_(0), operator.truth([1]), operator.abs(-4), operator.pos(-4))
print(operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.getitem({"k": 9}, "k"))
first = itemgetter(0)
second = operator.itemgetter(1)
pair = itemgetter(0, 2)
print(first([5, 6]), second("xyz"), pair([1, 2, 3]), itemgetter("k")({"k": "v"}))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(1)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(list(map(operator.neg, range(3))))
from functools import reduce
print(reduce(operator.add, ["a", "b", "c"]), reduce(operator.sub, [10, 1, 2]))
try:
    operator.truediv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
