# What ipp.require and ipp.depend return, and the function they make, as ipyparallel shows them
import ipyparallel as ipp

rc = ipp.Client()
requirement = ipp.require('re')
print(type(requirement).__name__, type(requirement).__module__, callable(requirement))
print(repr(requirement).split(" at ")[0])


@requirement
def first_word(text):
    return re.split(r"\s+", text)[0]


print(type(first_word).__name__, type(first_word).__module__, first_word.__name__)
print(repr(first_word).split(" at ")[0])
print(rc.load_balanced_view().apply_sync(first_word, "remote call here"))
check = ipp.depend(lambda: True)
print(type(check).__name__, repr(check).split(" at ")[0])
