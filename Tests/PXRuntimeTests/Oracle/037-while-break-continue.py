n = 0
while n < 3:
    print("n", n)
    n += 1
else:
    print("while else, n =", n)
n = 0
while True:
    n += 1
    if n == 4:
        break
print("broke at", n)
n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    print("multiple of 3:", n)
m = 10
while m > 0:
    m -= 4
    if m == 2:
        print("found 2")
        break
else:
    print("not found")
k = 5
while k:
    k -= 1
else:
    print("k exhausted", k)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            break
        j += 1
    print(i, j)
    i += 1
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
while False:
    pass
x = 100
while x > 1: x //= 3
print(x)
