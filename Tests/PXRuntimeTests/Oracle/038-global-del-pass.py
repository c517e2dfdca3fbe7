counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter, bump(), counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def multi_global():
    global ga, gb
    ga, gb = 1, 2
multi_global()
print(ga, gb)
def noop():
    pass
class_like = None
for i in range(3):
    pass
print(noop(), i)
if True:
    pass
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
a, b, c = 1, 2, 3
del a, b
print(c)
lst = [1, 2, 3, 4]
del lst[1], lst[1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
def del_global():
    global counter
    del counter
del_global()
try:
    print(counter)
except NameError as e:
    print("NameError", e)
