def steps(n):
    count = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        count += 1
    return count


print(steps(2 ** 100 + 1), steps(3 ** 60), steps(10 ** 40 + 7))
acc = 1
for i in range(1, 300):
    acc = acc * i % (2 ** 127 - 1)
print(acc)
x = 2 ** 200
count = 0
while x > 1:
    x //= 3
    count += 1
print(count)
total = 0
for k in range(1, 100):
    total += 2 ** k // k
print(total)
