import re
print(re.sub(r"\s+", " ", "too    many   spaces\there"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "alice@example bob@test"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "a bc"), re.sub(r"\d", "#", "a1b22c333", count=3))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.subn(r"o", "0", "foo boo"), re.sub(r"x*", "-", "abc"))
print(re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", " lead and trail "))
print(re.split(r",", "a,b,c,d", maxsplit=2), re.split(r"x", "abc"), re.escape("1+1=2? (yes)"))
