b = b"  Hello, World  "
results = [b.strip(), b.lower(), b.upper(), b.replace(b"l", b"L"), b.lstrip(), b.rstrip(),
           b.title(), b.swapcase(), b.center(20, b"*"), b.ljust(18, b"."), b.rjust(18),
           b"-".join([b"a", b"b"]), b"abc".zfill(6), b"xyz".capitalize(), b"a\tb".expandtabs(4),
           b.strip(b" H"), b"abc"[1:], b"ab" + b"cd", b"ab" * 3]
for r in results:
    print(type(r).__name__, r)
print(b.split(b","), b"a,b,,c".split(b","), b"a b  c".split(), b.partition(b","), b"x=1".rpartition(b"="))
print(b.startswith(b"  H"), b.endswith(b"d  "), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"))
print(b"abc"[0], bytes([65, 66]), list(b"hi"), b"hi" == b"hi", b"a" < b"b")
print(b"hello".decode(), "h\u00e9llo".encode(), "h\u00e9llo".encode("latin-1"))
print(b"abc".isalpha(), b"123".isdigit(), b"ABC".isupper(), b"abc".hex())
