print(round(10 ** 30 + 5, -1), round(10 ** 30 + 15, -1), round(-(10 ** 30) - 5, -1), round(2 ** 100, -30))
print(round(123456789012345678901234567890, -20), round(5, -1), round(15, -1), round(25, -1), round(-25, -1))
print(round(2 ** 70), round(2 ** 70, 2), type(round(2 ** 70, 2)).__name__, round(7, 0), round(-(2 ** 65), -19))
print(round(2.5), round(3.5), round(-0.5), round(1e20), round(2.675, 2), type(round(1e20)).__name__)
