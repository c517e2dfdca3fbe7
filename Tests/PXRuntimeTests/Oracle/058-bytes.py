b = b"hello"
print(b, repr(b), len(b))
print(b[0], b[-1], b[1:3], b[::-1], b[:0])
print(b"", b"a\x00b", b"\xff\xfe", b"tab\tnl\n", b'q"uote', b"it's")
print(b"\x41\x42", b"\\", b"\x7f\x80")
print(b.decode(), b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), len(b"caf\xc3\xa9"))
print("é".encode() == b"\xc3\xa9", b"ab" + b"cd", b"ab" * 2)
print(b == b"hello", b == "hello", b"a" < b"b", b"x" in b"xyz", 104 in b)
print(type(b).__name__, type(b[0]).__name__, type(b[0:1]).__name__)
print(list(b"abc"), sum(b"\x01\x02"), max(b"az"))
print(str(b"raw"), "%s %r" % (b"x", b"y"), f"{b'z'}")
for byte in b"AB":
    print(byte)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    b + "s"
except TypeError as e:
    print("TypeError", e)
