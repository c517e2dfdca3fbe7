import re
TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<op>[-+*/()]))")


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SyntaxError(f"bad character {text[pos]!r} at {pos}")
        tokens.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    return tokens


def parse(tokens):
    def expr(i):
        value, i = term(i)
        while i < len(tokens) and tokens[i][1] in "+-":
            op = tokens[i][1]
            rhs, i = term(i + 1)
            value = value + rhs if op == "+" else value - rhs
        return value, i

    def term(i):
        value, i = atom(i)
        while i < len(tokens) and tokens[i][1] in "*/":
            op = tokens[i][1]
            rhs, i = atom(i + 1)
            value = value * rhs if op == "*" else value / rhs
        return value, i

    def atom(i):
        kind, text = tokens[i]
        if text == "(":
            value, i = expr(i + 1)
            return value, i + 1
        if text == "-":
            value, i = atom(i + 1)
            return -value, i
        return (float(text) if "." in text else int(text)), i + 1

    return expr(0)[0]


for source in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 0.5", "-(2 + 3) * 2", "2 * (3 + (4 - 1)) / 3", "7 $ 2"]:
    try:
        print(source, "=", parse(tokenize(source)), tokenize(source)[:3])
    except SyntaxError as e:
        print(source, "->", e)
