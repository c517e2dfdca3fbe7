class Node:
    def __init__(self, name):
        self.name = name


a, b = Node("a"), Node("b")
seen = {a: 1, b: 2}
print(seen[a], seen[b], a in seen, Node("a") in seen, len({a, a, b}))
print(a == a, a == Node("a"), a != b, a is not b, hash(a) == hash(a))
visited = set()
for n in [a, b, a, a, b]:
    visited.add(n)
print(len(visited), sorted(n.name for n in visited))
graph = {a: [b], b: [a]}
print([n.name for n in graph[graph[a][0]]])
