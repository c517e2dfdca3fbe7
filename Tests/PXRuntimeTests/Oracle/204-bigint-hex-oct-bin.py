n = 2 ** 100 + 255
print(hex(n), oct(n), bin(n))
print(hex(-n), oct(-(2 ** 70)), bin(-5))
print(int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n, int(hex(n), 0) == n)
print(format(n, "x"), format(n, "X"), format(n, "#o"), format(n, "b")[:10], format(-n, "#x"))
print(f"{n:_x}", f"{n:,}", f"{n:_}", f"{-n:,d}", f"{n:40}|", f"{n:<40}|", f"{n:e}", f"{n:.3e}")
print("%d %x %o %X" % (n, n, n, n), "%30d|" % -n, "%e" % (10 ** 40))
print(int("1" * 40), int("-" + "9" * 30), int("  123456789012345678901234  "), int("1_000_000_000_000_000_000_000"))
print(int("zz" * 10, 36), int("1" * 70, 2), int("0x" + "f" * 20, 0), int("0o777777777777777777777777", 0))
try:
    int("12" * 10 + "x")
except ValueError as e:
    print("ValueError:", e)
