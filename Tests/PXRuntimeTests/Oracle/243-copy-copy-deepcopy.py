import copy
original = {"list": [1, 2, [3, 4]], "name": "x", "nested": {"k": [5]}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["list"][2].append(99)
original["nested"]["k"].append(6)
original["name"] = "changed"
print(shallow)
print(deep)
print(shallow["list"] is original["list"], deep["list"] is original["list"])
a = [1, 2]
b = [a, a]
c = copy.deepcopy(b)
print(c[0] is c[1], c[0] is a)
class Box:
    def __init__(self, items):
        self.items = items
box = Box([1, [2]])
box2 = copy.copy(box)
box3 = copy.deepcopy(box)
box.items[1].append(3)
print(box2.items, box3.items, box2 is box, type(box3).__name__)
t = (1, [2])
print(copy.deepcopy(t), copy.copy(t) is t, copy.copy([1, 2]) == [1, 2])
loop = [1]
loop.append(loop)
dl = copy.deepcopy(loop)
print(dl[1] is dl, dl[1] is loop)
