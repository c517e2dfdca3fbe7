# AsyncResult.stream_output(): output shown as it arrives, '[stdout:N] ' when the engine changes; errors of failed
# tasks on stderr
import ipyparallel as ipp

rc = ipp.Client()


def speak(n, pause):
    import time

    time.sleep(pause)
    print("hello", n)
    print("bye", n)
    return n


ar = rc[0].apply_async(speak, 1, 0)
with ar.stream_output():
    print(ar.get())
print("after")

# two engines, the second one later: its output comes second
first = rc[0].apply_async(speak, 2, 0.5)
second = rc[1].apply_async(speak, 3, 1.5)
both = ipp.AsyncResult.join(first, second)
with both.stream_output() as value:
    print(value)
    both.wait()
print(both.get(), both.stdout)

# output printed before the block starts is shown when it starts
ar = rc[1].apply_async(speak, 4, 0)
ar.wait()
with ar.stream_output():
    pass
print("end")
