from collections import Counter, defaultdict
import re
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""
words = re.findall(r"[a-z]+", text.lower())
freq = Counter(words)
print(len(words), len(freq), freq.most_common(5))
by_length = defaultdict(list)
for w in sorted(freq):
    by_length[len(w)].append(w)
for length in sorted(by_length):
    print(length, by_length[length])
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
