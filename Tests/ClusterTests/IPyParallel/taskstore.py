# get_result, result_status, purge_results, db_query, hub_history over a client's own tasks
import ipyparallel as ipp

rc = ipp.Client()
dv = rc[:]


def f(x):
    return x + 1


ar = rc[0].apply_async(f, 1)
ar.get()
again = rc.get_result(ar.msg_ids[0])
print(again.get())
last = rc[1].apply_async(f, 10)
last.get()
print(rc.get_result().get())
print(rc.get_result(-1, block=True).get())
status = rc.result_status(ar.msg_ids)
print(sorted(status), status['completed'] == ar.msg_ids, status['pending'])
full = rc.result_status(ar.msg_ids, status_only=False)
print(full[ar.msg_ids[0]])
print(ar.msg_ids[0] in rc.hub_history())
rows = rc.db_query({'msg_id': {'$in': ar.msg_ids}}, keys=['msg_id', 'completed'])
print(len(rows), sorted(rows[0]), rows[0]['msg_id'] == ar.msg_ids[0])
rc.purge_results(ar)
try:
    rc.get_result(ar.msg_ids[0]).get()
except Exception as e:
    print(type(e).__name__, str(e).replace(ar.msg_ids[0], 'MSGID'))
rc.purge_everything()
print(len(rc.history))
