def loop_sum():
    s = 0
    for i in range(1000000):
        s += i
    return s

print(loop_sum())
