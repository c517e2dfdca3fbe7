from dataclasses import dataclass, field


@dataclass(order=True)
class Product:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0

    def __post_init__(self):
        self.sort_key = self.price * self.qty

    @property
    def value(self):
        return round(self.price * self.qty, 2)


@dataclass
class Inventory:
    products: list = field(default_factory=list)

    def add(self, *items):
        self.products.extend(items)
        return self

    def total(self):
        return round(sum(p.value for p in self.products), 2)

    def low_stock(self, limit=5):
        return [p.name for p in self.products if p.qty < limit]


inv = Inventory().add(Product("pen", 1.5, 100), Product("lamp", 25.0, 3), Product("desk", 150.0, 2), Product("ink", 4.25, 12))
print(inv.total(), inv.low_stock())
for p in sorted(inv.products, reverse=True):
    print(p, p.value)
print(max(inv.products).name, min(inv.products).name)
