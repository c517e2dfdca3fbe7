# A generator pipeline: lazy stages chained with yield, yield from and generator expressions.


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def scaled(source, factor):
    for x in source:
        yield x * factor


def only(source, predicate):
    for x in source:
        if predicate(x):
            yield x


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunked):
    for chunk in chunked:
        yield from chunk


stage = only(scaled(numbers(600000), 3), lambda x: x % 2 == 0)
sums = (sum(w) for w in windows(stage, 4))
total = 0
count = 0
biggest = 0
for s in flatten(chunks(sums, 1000)):
    total += s
    count += 1
    if s > biggest:
        biggest = s
print(count, total, biggest)
print(sum(x * x for x in numbers(200000) if x % 3 == 1))
print(next(x for x in numbers(10 ** 9) if x * x > 10 ** 9))
