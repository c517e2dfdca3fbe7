from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, Union


def scale(values: List[float], factor: float = 2.0) -> List[float]:
    return [v * factor for v in values]


def find(items: Dict[str, int], key: str) -> Optional[int]:
    return items.get(key)


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def pairs(n: int) -> Iterator[Tuple[int, int]]:
    for i in range(n):
        yield i, i * i


def describe(x: Union[int, str, None] = None, *args: Any, **kwargs: Any) -> str:
    return f"{x!r} {args} {kwargs}"


count: int = 0
names: list[str] = ["a", "b"]
table: dict[str, tuple[int, ...]] = {"k": (1, 2)}
pending: Optional[str]
print(scale([1, 2.5]), find({"a": 1}, "a"), find({}, "b"), apply(lambda v: v + 1, 41))
print(list(pairs(3)), describe(), describe(5, 6, k=7), count, names, table)
x: int = 5
x += 1
print(x, [n for n in range(3)])
