print(bytes.fromhex("48656c6c6f"), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
print(bytes.fromhex("00ff").hex(), bytes.fromhex("0A0b"), list(bytes.fromhex("7f80")))
print(b"\x01\x02\xff".hex("-"), b"\x01\x02\x03\x04".hex(":", 2))
for bad in ["abc", "zz", "0 1"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
print(bytes.fromhex(b"hello".hex()) == b"hello")
