print(pow(5, -1, 7))
print(pow(3, -2, 11), (9 * pow(3, -2, 11)) % 11)
print(pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(2, 10, 1000), pow(-3, 3, 7), pow(3, 3, -7), pow(7, -1, 1))
print(pow(10**20 + 1, -1, 10**9 + 7))
print(pow(2, 10**18, 10**9 + 7))
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
