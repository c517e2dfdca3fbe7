import heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.nsmallest(3, [9, 4, 7, 1, 8, 2]), heapq.nlargest(2, [9, 4, 7, 1, 8, 2]))
print(heapq.heappushpop([1, 5, 3], 0), heapq.heapreplace([1, 5, 3], 0))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
