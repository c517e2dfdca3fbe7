class StackUnderflow(Exception):
    pass


class Machine:
    def __init__(self):
        self.stack = []
        self.ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
                    "*": lambda a, b: a * b, "/": lambda a, b: a // b}

    def pop(self):
        if not self.stack:
            raise StackUnderflow("empty stack")
        return self.stack.pop()

    def run(self, program):
        for token in program.split():
            if token in self.ops:
                b, a = self.pop(), self.pop()
                self.stack.append(self.ops[token](a, b))
            elif token == "dup":
                v = self.pop()
                self.stack += [v, v]
            else:
                self.stack.append(int(token))
        return self.stack[-1]


for prog in ["2 3 + 4 *", "10 dup *", "7 2 /", "1 +", "9 0 /"]:
    try:
        print(prog, "=>", Machine().run(prog))
    except StackUnderflow as e:
        print(prog, "=> StackUnderflow:", e)
    except ZeroDivisionError as e:
        print(prog, "=> ZeroDivisionError:", e)
