import sys
print(sys.get_int_max_str_digits())
s = "7" * 4300
print(len(str(int(s))))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    print(big)
except ValueError as e:
    print("ValueError:", e)
try:
    f"{big}"
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)), big.bit_length(), big % 1000007)
print(int("f" * 5000, 16) % 1000, len(bin(2 ** 20000)))
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
