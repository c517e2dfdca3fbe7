class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"


items = [Item("pen", 3), Item("book", 12), Item("cup", 5)]
print(sorted(items, key=lambda i: i.price))
print(max(items, key=lambda i: i.price).name, sum(i.price for i in items))
by_name = {i.name: i for i in items}
print(by_name["cup"], list(by_name))
a = items[0]
print(a in items, items.index(a), Item("pen", 3) in items, items.count(a))
items.remove(a)
print(items)
print([i.name.upper() for i in items if i.price > 4])
