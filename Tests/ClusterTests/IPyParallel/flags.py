# Settable flags: rc.block, CompositeError.tb_limit, view flags, activate()
import ipyparallel as ipp

rc = ipp.Client()
print(rc.block)
rc.block = True
print(rc.block, rc[:].block, rc.load_balanced_view().block)
rc.block = False
print(ipp.CompositeError.tb_limit)
ipp.CompositeError.tb_limit = 1
print(ipp.CompositeError.tb_limit)
ipp.CompositeError.tb_limit = 4
dv = rc[:]
print(dv.set_flags(block=True) is dv, dv.block)
try:
    dv.set_flags(blok=True)
except KeyError as e:
    print("KeyError", e)
with dv.temp_flags(block=False):
    print(dv.block)
print(dv.block)
print(repr(dv), repr(rc[0]), repr(rc.load_balanced_view()), repr(rc.direct_view()))
print(ipp.version_info, ipp.ALL_COMPLETED, ipp.FIRST_EXCEPTION)
