class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} outside {self.w}x{self.h}")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()

    def __len__(self):
        return len(self.cells)


g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], g[2, 1], len(g))
print("@" in g, "?" in g, "?" not in g)
del g[0, 0]
print(g[0, 0], len(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError:", e)


class Seq:
    def __getitem__(self, index):
        return index


s = Seq()
print(s[3], s[-1], s[1:5], s[::2], s[1:2, 3], s["key"])
