class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()


t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()), sum(t), max(t), 6 in t)


class Lines:
    def __init__(self, text):
        self.text = text

    def __iter__(self):
        for line in self.text.split("\n"):
            if line.strip():
                yield line.strip()


print(list(Lines("a\n\n  b \nc")), [len(x) for x in Lines("xx\nyyy")])
