def printer(prefix):
    while True:
        item = yield
        print(prefix, item)


def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


def splitter(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


out = printer("match:")
next(out)
g1 = grep("py", out)
next(g1)
swift_out = printer("swift:")
next(swift_out)
g2 = grep("swift", swift_out)
next(g2)
s = splitter([g1, g2])
next(s)
for line in ["python is fun", "swiftpx is fast", "both py and swift", "neither"]:
    s.send(line)
s.close()
print("done")
