class Counter:
    count = 0
    kind = "counter"
    shared = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.shared.append(name)


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.kind = "instance kind"
print(a.kind, b.kind, Counter.kind)
del a.kind
print(a.kind)
print(Counter.shared, a.shared is b.shared)
Counter.kind = "changed on class"
print(a.kind, b.kind)
print(sorted(k for k in vars(a)), vars(b))
print(a.__dict__, "count" in Counter.__dict__)
