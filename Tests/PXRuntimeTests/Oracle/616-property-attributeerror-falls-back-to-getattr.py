# An AttributeError raised by a property's getter makes attribute access fall back to the class's __getattr__
# (called with the property's name), as a missing attribute does; other errors of the getter pass on.


class Config:
    def __init__(self):
        self.values = {"port": 80}

    @property
    def port(self):
        return self.values["port"]

    @property
    def host(self):
        return self.missing_field

    @property
    def broken(self):
        raise ValueError("broken getter")

    def __getattr__(self, name):
        print("__getattr__", name)
        if name == "host":
            return "localhost"
        raise AttributeError(f"Config has no {name}")


c = Config()
for _ in range(3):
    print(c.port, c.host)
try:
    c.broken
except ValueError as e:
    print("ValueError", e)
print(c.host.upper())


class Plain:
    @property
    def value(self):
        return self.nothing


try:
    Plain().value
except AttributeError as e:
    print("AttributeError", e)
