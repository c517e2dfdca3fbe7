class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


class MissingKey(ConfigError, KeyError):
    pass


class NetworkError(AppError):
    def __init__(self, host, code):
        super().__init__(f"{host} failed with {code}")
        self.host = host
        self.code = code


def fail(kind):
    if kind == "config":
        raise ConfigError("bad config")
    if kind == "missing":
        raise MissingKey("port")
    if kind == "network":
        raise NetworkError("example.org", 503)
    raise AppError("generic")


for kind in ["config", "missing", "network", "other"]:
    try:
        fail(kind)
    except ConfigError as e:
        print("config-like:", type(e).__name__, e)
    except AppError as e:
        print("app:", type(e).__name__, e, e.args)
try:
    fail("missing")
except KeyError as e:
    print("as KeyError:", repr(e), str(e))
try:
    fail("network")
except Exception as e:
    print(e.host, e.code, isinstance(e, AppError), e.args)
print([k.__name__ for k in MissingKey.__mro__])
print(issubclass(MissingKey, LookupError), issubclass(AppError, BaseException))
