import re
text = "Call 555-1234 or 555-9876; office 555-0000 ext 12"
print(re.findall(r"\d{3}-\d{4}", text))
print(re.findall(r"(\d{3})-(\d{4})", text))
print(re.findall(r"\d+", text), re.findall(r"[A-Z]\w*", text), re.findall(r"o(f+)", text))
for m in re.finditer(r"(?P<pre>\d{3})-(?P<num>\d{4})", text):
    print(m.start(), m.end(), m.group("pre"), m["num"], m.groupdict())
print(re.findall(r"a*", "baaac"), re.findall(r"\w+@\w+\.com", "a@b.com, c@d.com"))
print([m.group() for m in re.finditer(r"\b\w", "the quick brown fox")])
