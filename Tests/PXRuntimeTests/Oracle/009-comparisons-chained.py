print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 0 <= 0 < 1 <= 1)
x = 5
print(0 < x < 10, 0 < x < 5, 0 <= x <= 5)
print(1 == 1.0, 1 < 1.5, 2.0 >= 2, True == 1, False == 0, False < True)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print([1, 2] == [1, 2], [1, 2] != [2, 1], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(None == None, None != 0, None == False)
print(1 == "1", [] == (), "a" != 1)

def noisy(v, tag):
    print("eval", tag)
    return v

print(noisy(1, "a") < noisy(2, "b") < noisy(3, "c"))
print(noisy(3, "a") < noisy(2, "b") < noisy(1, "c"))
print(float('nan') == float('nan'), float('nan') != float('nan'), float('inf') > 1e308)
print(-0.0 == 0.0, 0.1 + 0.2 == 0.3)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError", e)
print(not 1 == 2, not (1 < 2))
