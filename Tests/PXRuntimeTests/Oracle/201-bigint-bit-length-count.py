for n in [0, 1, -1, 255, 256, -256, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), 2 ** 64, 10 ** 100, -(10 ** 100)]:
    print(n.bit_length(), n.bit_count(), abs(n).bit_length() == len(bin(abs(n))) - 2 if n else True)
print((2 ** 1000 - 1).bit_count(), (255).bit_length(), int.bit_length(1024))
print((12345).as_integer_ratio(), (2 ** 70).numerator, (2 ** 70).denominator, (5).real, (5).imag, (7).conjugate())
print(True.bit_length(), False.bit_length(), (-(2 ** 80)).bit_length())
