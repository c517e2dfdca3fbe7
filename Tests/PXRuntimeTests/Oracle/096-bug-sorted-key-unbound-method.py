w = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(w, key=str.lower))
print(sorted(w))
print(sorted(w, key=str.upper, reverse=True))
print(list(map(str.strip, ["  a ", "b  ", " c"])))
print(max(w, key=str.lower), min(w, key=len))
lower = str.lower
print(lower("ABC"), str.upper("xyz"), str.join("-", ["a", "b"]), str.split("a b c"))
print(list(map(int.bit_length, [1, 255, 1024])))
print(dict.get({"a": 1}, "a"), list.count([1, 1, 2], 1), tuple.index((5, 6), 6))
words = "the Quick brown fox Jumps".split()
words.sort(key=str.casefold)
print(words)
print(sorted(["b10", "a2", "a10"], key=str.title))
