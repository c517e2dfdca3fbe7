def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo saw", received)


e = echo()
print(e.send(None), e.send("a"), e.send("b"))
e.close()
g = averager()
try:
    g.send(5)
except TypeError as err:
    print("TypeError:", err)


def delegate():
    r = yield from averager()
    yield r


d = delegate()
next(d)
print(d.send(1), d.send(3))
