print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((2 ** 64).to_bytes(9, "big"), (2 ** 100 - 1).to_bytes(13, "little"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff" * 16, "big"), int.from_bytes([1, 2, 3], "big"))
n = 3 ** 100
print(int.from_bytes(n.to_bytes((n.bit_length() + 7) // 8, "big"), "big") == n)
print((255).to_bytes(1, "big"), (5).to_bytes(), int.from_bytes(b"\x05"))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True)]:
    try:
        bad()
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
