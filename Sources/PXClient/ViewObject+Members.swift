import PXRuntime

/// `DirectView`'s and `LoadBalancedView`'s members as ipyparallel 9.2 declares them. Calls bind through these
/// signatures, so an unknown keyword (`map_sync(f, xs, orderd=False)`) fails with Python's `TypeError`.
enum ViewAPI {
    /// The members of ipyparallel's `View` base class.
    static let view: [String: MemberTable.Member] = [
        "abort": .method("(jobs=None, targets=None, block=None)", named: "View.abort"),
        "apply": .method("(_View__ipp_f, *args, **kwargs)"),
        "apply_async": .method("(_View__ipp_f, *args, **kwargs)"),
        "apply_sync": .method("(_View__ipp_f, *args, **kwargs)"),
        "block": .attribute, "client": .attribute, "label": .attribute, "targets": .attribute, "track": .attribute,
        "history": .attribute, "outstanding": .attribute, "results": .attribute,
        "get_result": .method("(indices_or_msg_ids=None, block=None, owner=False)", named: "View.get_result"),
        "map_async": .method("(f, *sequences, **kwargs)"),
        "map_sync": .method("(f, *sequences, **kwargs)"),
        "parallel": .method("(dist='b', block=None, **flags)"),
        "purge_results": .method("(jobs=[], targets=[])", named: "View.purge_results"),
        "queue_status": .method("(targets=None, verbose=False)", named: "View.queue_status"),
        "remote": .method("(block=None, **flags)"),
        "set_flags": .method("(**kwargs)"),
        "shutdown": .method("(targets=None, restart=False, hub=False, block=None)", named: "View.shutdown"),
        "spin": .method("()", named: nil),
        "temp_flags": .method("(**kwargs)"),
        "wait": .method("(jobs=None, timeout=-1)", named: nil),
    ]

    /// `DirectView`.
    static let direct = MemberTable("DirectView", view).adding("DirectView", [
        "activate": .method("(suffix='')"),
        "clear": .method("(targets=None, block=None)"),
        "execute": .method("(code, silent=True, targets=None, block=None, label=None)", named: nil),
        "gather": .method("(key, dist='b', targets=None, block=None)", named: nil),
        "get": .method("(key_s)"),
        "imap": .method("(f, *sequences, **kwargs)"),
        "importer": .property,
        "map": .method("(f, *sequences, block=None, track=False, return_exceptions=False, label=None)", named: nil),
        "pull": .method("(names, targets=None, block=None)"),
        "push": .method("(ns, targets=None, block=None, track=None)"),
        "run": .method("(filename, targets=None, block=None, label=None)"),
        "scatter": .method("(key, seq, dist='b', flatten=False, targets=None, block=None, track=None)"),
        "sync_imports": .method("(local=True, quiet=False)"),
        "update": .method("(ns)"),
        "use_cloudpickle": .method("()"), "use_dill": .method("()"), "use_pickle": .method("()"),
    ])

    /// `LoadBalancedView`.
    static let balanced = MemberTable("LoadBalancedView", view).adding("LoadBalancedView", [
        "after": .attribute, "follow": .attribute, "retries": .attribute, "timeout": .attribute,
        "imap": .method("(f, *sequences, ordered=True, max_outstanding='auto', return_exceptions=False)"),
        "map": .method("(f, *sequences, block=None, chunksize=1, ordered=True, return_exceptions=False, label=None)",
                       named: nil),
    ].merging(UnavailableMembers.balancedView) { declared, _ in declared })
}
