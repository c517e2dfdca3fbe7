values = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.1 + 0.2, 1e16, 1e15, 1.5e16, 1e-4, 1e-5, 0.00015,
          123456789.123456789, 2.5e-07, 1e22, 1e21, 1e23, 5e-324, 1.7976931348623157e308,
          100.0, 1234.5, -0.0, 0.5, 3.0, 2 ** 0.5, 9007199254740993.0, 0.1 * 3, 1 - 0.9]
for v in values:
    r = repr(v)
    print(r, str(v), float(r) == v, "%s" % v, f"{v}", "{}".format(v))
print([i / 10 for i in range(12)])
print([i * 0.1 for i in range(12)])
print([round(i * 0.1, 1) for i in range(12)])
print([2 ** -i for i in range(0, 20, 3)])
print([10.0 ** i for i in range(-6, 18, 3)])
print([1.0 / (10 ** i) for i in range(0, 8)])
print(float("0.1"), float("1e16"), float("-0"), float("+1.5"), float("1E-5"), float("  3.25\n"))
print(float(" Inf "), float("-iNF"), float("NaN"), float("infinity"))
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(0.1 + 0.2 - 0.3, 1e-10 * 1e-10, 1e308 * 10, -1e308 * 10)
print(7.0, 7.10, 7.100000000000001, 70.0, 700000.0, 7e6, 7e15, 7e16)
