import functools


def check_positive(method):
    @functools.wraps(method)
    def wrapper(self, amount):
        if amount <= 0:
            raise ValueError(f"{method.__name__}: amount must be positive, got {amount}")
        return method(self, amount)
    return wrapper


class Account:
    def __init__(self):
        self.balance = 0

    @check_positive
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @check_positive
    def withdraw(self, amount):
        self.balance -= amount
        return self.balance

    @staticmethod
    @functools.lru_cache(maxsize=None)
    def fee(n):
        return n * 2


acct = Account()
print(acct.deposit(100), acct.withdraw(30))
for bad in [lambda: acct.deposit(0), lambda: acct.withdraw(-5)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(Account.deposit.__name__, Account.fee(21), acct.fee(21))
