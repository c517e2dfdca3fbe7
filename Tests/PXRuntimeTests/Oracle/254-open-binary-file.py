# oracle: script — writes a binary file in a directory it creates next to itself, then removes it
import os
os.mkdir("bin_scratch")
path = "bin_scratch/data.bin"
payload = bytes(range(256)) + b"\x00\xff" * 3
with open(path, "wb") as f:
    print(f.write(payload))
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:5], data[-4:], data == payload)
with open(path, "rb") as f:
    print(f.read(4), f.read(2), f.tell())
    f.seek(250)
    print(f.read(3))
with open(path, "ab") as f:
    f.write((2 ** 64).to_bytes(9, "big"))
with open(path, "rb") as f:
    print(int.from_bytes(f.read()[-9:], "big"))
with open(path, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo \u2603\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    print(f.read(), end="")
os.remove(path)
os.rmdir("bin_scratch")
