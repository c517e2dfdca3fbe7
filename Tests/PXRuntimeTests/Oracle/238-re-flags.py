import re
print(re.findall(r"hello", "Hello HELLO hello", re.IGNORECASE), re.findall(r"(?i)abc", "ABC abc"))
text = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.MULTILINE), re.findall(r"\w+$", text, re.M))
print(re.search(r"line.second", text), re.search(r"line.second", text, re.DOTALL).group() == "line\nsecond")
pattern = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.VERBOSE)
print(pattern.findall("555-1234 555.9876 5551111"))
print(re.findall(r"^a.b$", "A\nB\naxb", re.I | re.M), bool(re.I & re.IGNORECASE), bool(re.compile("x", re.I).flags & re.I))
