p = 2 ** 89 - 1
q = 2 ** 107 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(n)
print(d * e % phi)
message = int.from_bytes("attack at dawn".encode(), "big")
cipher = pow(message, e, n)
print(cipher)
plain = pow(cipher, d, n)
print(plain.to_bytes((plain.bit_length() + 7) // 8, "big").decode())


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


g, x, y = egcd(e, phi)
print(g, x % phi == d, e * x + phi * y)
