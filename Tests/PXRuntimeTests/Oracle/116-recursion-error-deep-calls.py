import sys
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(900))
try:
    down(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(down(500), "after the error")
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("mutual:", e)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), down(4000))
class Node:
    def __init__(self, child):
        self.child = child
    def depth(self):
        return 1 if self.child is None else 1 + self.child.depth()
n = None
for _ in range(3000):
    n = Node(n)
print(n.depth())
