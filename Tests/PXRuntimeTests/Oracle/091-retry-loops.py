n = 0
while True:
    try:
        n += 1
        if n == 3:
            raise KeyError("stop at %d" % n)
    except KeyError as e:
        print("caught", e)
        break
    finally:
        print("iteration", n)
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ValueError("attempt %d failed" % attempts)
    return "ok after %d" % attempts
while True:
    try:
        print(flaky())
        break
    except ValueError as e:
        print(e)
