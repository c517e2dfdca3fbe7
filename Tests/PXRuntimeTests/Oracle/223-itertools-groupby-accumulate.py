import itertools
import operator
data = "aaabccddddeaa"
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in itertools.groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
print(list(itertools.accumulate([1, 2, 3, 4, 5])), list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate(["a", "b", "c"])), list(itertools.accumulate([])))
