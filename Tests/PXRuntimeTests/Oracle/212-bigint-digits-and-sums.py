n = 2 ** 1000
print(sum(int(c) for c in str(n)))
print(len(str(3 ** 1000)), str(7 ** 500).count("7"))
digits = []
m = 3 ** 200
while m:
    m, r = divmod(m, 10)
    digits.append(r)
print(digits[:10], len(digits), int("".join(map(str, reversed(digits)))) == 3 ** 200)
print(str(10 ** 50 - 1)[::-1] == "9" * 50, int(str(2 ** 200)[::-1]) % 1000)
print(sorted(str(2 ** 300))[:5], max(str(5 ** 300)), str(2 ** 100).zfill(40), str(-(2 ** 100)).rjust(40, "*"))
