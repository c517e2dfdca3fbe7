class ValidationError(Exception):
    def __init__(self, field, message):
        self.field = field
        self.message = message
        super().__init__(field, message)

    def __str__(self):
        return f"{self.field}: {self.message}"


try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e)
    print(repr(e))
    print(e.args, e.field)


class NoSuper(Exception):
    def __init__(self, code):
        self.code = code


e = NoSuper(7)
print(repr(e), str(e), e.args, e.code)


class Quiet(Exception):
    pass


print(repr(Quiet()), str(Quiet()), repr(Quiet(1, 2)), str(Quiet(1, 2)), str(Quiet("one")))
errors = []
for i in range(3):
    try:
        if i % 2:
            raise ValidationError(f"f{i}", "odd")
        raise Quiet(i)
    except Exception as e:
        errors.append(type(e).__name__ + ":" + str(e))
print(errors)
