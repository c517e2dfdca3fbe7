def run():
    last = ""
    for i in range(100000):
        last = "%d: %.3f %s" % (i, i * 0.5, "a")
    return last

print(run())
