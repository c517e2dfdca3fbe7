from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9), max(vs))


@dataclass(order=True)
class Task:
    priority: int
    name: str


print(sorted([Task(2, "b"), Task(1, "z"), Task(2, "a")]))
try:
    Version(1) < Task(1, "x")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Unordered:
    v: int


try:
    Unordered(1) < Unordered(2)
except TypeError as e:
    print("TypeError:", e)
