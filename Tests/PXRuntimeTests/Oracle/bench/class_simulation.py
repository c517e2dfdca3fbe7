# A class-based simulation: an ecosystem of grazers and hunters on a torus, with properties and methods.


class Rng:
    """A linear congruential generator, so the run is the same everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % n


class Animal:
    speed = 1

    def __init__(self, x, y, energy):
        self.x = x
        self.y = y
        self._energy = energy
        self.age = 0

    @property
    def energy(self):
        return self._energy

    @energy.setter
    def energy(self, value):
        self._energy = max(0, min(value, 100))

    @property
    def alive(self):
        return self._energy > 0 and self.age < self.lifespan

    def move(self, world, rng):
        self.x = (self.x + (rng.next(3) - 1) * self.speed) % world.size
        self.y = (self.y + (rng.next(3) - 1) * self.speed) % world.size
        self.energy -= self.cost
        self.age += 1


class Grazer(Animal):
    cost = 1
    lifespan = 60

    def act(self, world, rng):
        cell = (self.x, self.y)
        grass = world.grass.get(cell, 0)
        if grass:
            world.grass[cell] = grass - 1
            self.energy += 4
        if self.energy > 40 and rng.next(4) == 0:
            self.energy -= 20
            return Grazer(self.x, self.y, 20)
        return None


class Hunter(Animal):
    cost = 1
    speed = 2
    lifespan = 80

    def act(self, world, rng):
        prey = world.at(self.x, self.y, Grazer)
        if prey is not None:
            prey.energy = 0
            self.energy += 25
        if self.energy > 70 and rng.next(3) == 0:
            self.energy -= 35
            return Hunter(self.x, self.y, 35)
        return None


class World:
    def __init__(self, size, rng):
        self.size = size
        self.rng = rng
        self.grass = {(x, y): 2 for x in range(size) for y in range(size)}
        self.animals = [Grazer(rng.next(size), rng.next(size), 30) for _ in range(120)]
        self.animals += [Hunter(rng.next(size), rng.next(size), 50) for _ in range(12)]
        self.index = {}

    def at(self, x, y, kind):
        for a in self.index.get((x, y), ()):
            if isinstance(a, kind) and a.alive:
                return a
        return None

    def step(self):
        self.index = {}
        for a in self.animals:
            self.index.setdefault((a.x, a.y), []).append(a)
        born = []
        for a in self.animals:
            if not a.alive:
                continue
            a.move(self, self.rng)
            child = a.act(self, self.rng)
            if child is not None:
                born.append(child)
        self.animals = [a for a in self.animals if a.alive] + born
        for cell in self.grass:
            if self.grass[cell] < 3 and self.rng.next(6) == 0:
                self.grass[cell] += 1

    def census(self):
        grazers = sum(1 for a in self.animals if isinstance(a, Grazer))
        return grazers, len(self.animals) - grazers, sum(self.grass.values())


world = World(32, Rng(2024))
for generation in range(1, 401):
    world.step()
    if generation % 50 == 0:
        print(generation, *world.census())
