class StorageError(Exception):
    pass


class ServiceError(Exception):
    pass


def read():
    try:
        return {}["config"]
    except KeyError as e:
        raise StorageError("cannot read") from e


def serve():
    try:
        read()
    except StorageError as e:
        raise ServiceError("unavailable") from e


try:
    serve()
except ServiceError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__
    print(" <- ".join(chain))
err = ServiceError("manual")
err.__cause__ = ValueError("set by hand")
print(err.__cause__, err.__suppress_context__)
try:
    raise ServiceError("x") from StorageError
except ServiceError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))
try:
    raise ServiceError("y") from 5
except TypeError as e:
    print("TypeError:", e)
