from dataclasses import dataclass, field, fields, asdict, astuple, replace


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)
    count: int = field(default=0, compare=False)


a = Inventory("ann")
b = Inventory("bob")
a.items.append("apple")
print(a, b)
print(a.secret, Inventory("x", count=5) == Inventory("x", count=9))
print([f.name for f in fields(Inventory)])
print(asdict(a), astuple(b))
c = replace(a, owner="cat")
print(c, c.items is a.items)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
