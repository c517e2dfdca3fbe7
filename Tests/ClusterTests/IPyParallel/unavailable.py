# Members of ipyparallel's client API that rest on software swiftpx does not use (dask, joblib, CurveZMQ,
# traitlets configuration): what they answer when, as here, dask and joblib are not installed and CurveZMQ is off
import ipyparallel as ipp

rc = ipp.Client()
lview = rc.load_balanced_view()


def show(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, "raises", type(e).__name__, getattr(e, "name", e))


print(rc.curve_serverkey, rc.curve_secretkey, rc.curve_publickey, type(rc.curve_serverkey).__name__)
show("become_dask", rc.become_dask)
show("become_distributed", lambda: rc.become_distributed(targets=[0], nthreads=2))
show("become_dask bad targets", lambda: rc.become_dask(targets=99, scheduler_args={"ip": "127.0.0.1"}))
show("stop_dask", rc.stop_dask)
show("stop_distributed", lambda: rc.stop_distributed(targets=[0]))
show("stop_dask bad targets", lambda: rc.stop_dask(targets=99))
show("stop_dask two arguments", lambda: rc.stop_dask(0, 1))
show("stop_distributed unknown keyword", lambda: rc.stop_distributed(target=0))
show("register_joblib_backend", lview.register_joblib_backend)
show("register_joblib_backend keywords", lambda: lview.register_joblib_backend(name="mine", make_default=True))
show("register_joblib_backend unknown keyword", lambda: lview.register_joblib_backend(other=1))
show("create_message_futures", lambda: rc.create_message_futures())
show("send_apply_request", lambda: rc.send_apply_request(None))
show("send_execute_request", lambda: rc.send_execute_request(None, "a = 1", silent=False, flags=1))

cluster = ipp.Cluster(n=2)
print(cluster.parent, cluster.config == {"ProfileDir": {"location": cluster.profile_dir}},
      cluster.profile_config == cluster.config, sorted(cluster.config))
unloaded = ipp.Cluster(n=2, load_profile=False)
print(unloaded.config, unloaded.profile_config)
