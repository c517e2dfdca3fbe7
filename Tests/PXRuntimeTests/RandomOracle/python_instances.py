# random.Random instances are independent generators; getstate/setstate replay a stream.
import random

a = random.Random(5)
b = random.Random(5)
print(a.random() == b.random(), a.randint(0, 100), b.randint(0, 100))
c = random.Random("seed me")
print(c.random(), c.choice([1, 2, 3]))
a.seed(11)
print(a.random())
print(type(a).__name__)

random.seed(3)
_ = random.gauss()
state = random.getstate()
print(len(state), state[0], len(state[1]), state[1][-1], state[2] is not None)
after = [random.random(), random.gauss()]
random.setstate(state)
print(after == [random.random(), random.gauss()])
