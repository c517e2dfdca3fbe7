import PXRuntime
import PXSession

/// The signatures and docstrings of the client objects' methods (ipyparallel 9's parameters), for `help`,
/// `obj?` and keyword completion inside calls; and the state `obj?` shows.
enum ClientDocumentation {
    static let view: [String: MethodDoc] = [
        "apply": MethodDoc("(f, *args, **kwargs)",
                           "Calls f(*args, **kwargs) on the view's engines: an AsyncResult, or the result when "
                           + "view.block is True."),
        "apply_async": MethodDoc("(f, *args, **kwargs)", "Calls f(*args, **kwargs) on the engines; returns an AsyncResult."),
        "apply_sync": MethodDoc("(f, *args, **kwargs)", "Calls f(*args, **kwargs) on the engines and waits for the result."),
        "map_async": MethodDoc("(f, *sequences, **kwargs)",
                               "Parallel map of f over the sequences; returns an AsyncMapResult."),
        "map_sync": MethodDoc("(f, *sequences, **kwargs)",
                              "Parallel map of f over the sequences; waits and returns the list of results."),
        "imap": MethodDoc("(f, *sequences, ordered=True, max_outstanding='auto', return_exceptions=False)",
                          "Lazy parallel map: yields results as they arrive, keeping at most max_outstanding tasks "
                          + "submitted."),
        "wait": MethodDoc("(jobs=None, timeout=-1)",
                          "Waits on the view's outstanding tasks (or jobs); False if timeout seconds passed first."),
        "abort": MethodDoc("(jobs=None, targets=None, block=None)",
                           "Drops tasks that have not started yet (all of the view's outstanding tasks by default)."),
        "queue_status": MethodDoc("(targets=None, verbose=False)",
                                  "The number of queued, running and completed tasks per engine."),
        "set_flags": MethodDoc("(**kwargs)", "Sets the view's flags (block, targets, retries, timeout, after, follow)."),
        "temp_flags": MethodDoc("(**kwargs)", "A context manager setting flags for the duration of a with block."),
        "shutdown": MethodDoc("(targets=None, restart=False, hub=False, block=None)",
                              "Stops the view's engines (and the controller when hub is True)."),
        "get_result": MethodDoc("(indices_or_msg_ids=None, block=None, owner=False)",
                                "The AsyncResult of earlier tasks, by index into the history or by msg_id."),
        "execute": MethodDoc("(code, silent=True, targets=None, block=None)", "Runs code on the view's engines."),
        "run": MethodDoc("(filename, targets=None, block=None)", "Runs a file's code on the view's engines."),
        "push": MethodDoc("(ns, targets=None, block=None, track=None)",
                          "Sets the names of the dict ns in the engines' namespaces."),
        "pull": MethodDoc("(names, targets=None, block=None)", "Gets the values of names from the engines' namespaces."),
        "scatter": MethodDoc("(key, seq, dist='b', flatten=False, targets=None, block=None, track=None)",
                             "Splits seq into one part per engine and sets key to its part on each engine."),
        "gather": MethodDoc("(key, dist='b', targets=None, block=None)",
                            "Gets key from every engine and joins the parts in engine order."),
        "get": MethodDoc("(key_s)", "view[key]: pulls a name from the engines and waits (view.pull(key, block=True))."),
        "update": MethodDoc("(ns)", "view.update(ns) pushes the dict ns, as view.push(ns, block=True)."),
        "clear": MethodDoc("(targets=None, block=None)", "Clears the engines' namespaces."),
        "activate": MethodDoc("(suffix='')", "Makes %px, %%px and %autopx use this view."),
    ]

    static let directMap = MethodDoc("(f, *sequences, block=None, track=False, return_exceptions=False)",
                                     "Parallel version of builtin map, splitting the sequences across the view's "
                                     + "engines (one part each).")
    static let balancedMap = MethodDoc("(f, *sequences, block=None, chunksize=1, ordered=True, return_exceptions=False)",
                                       "Parallel version of builtin map, load-balanced: chunks of chunksize items go "
                                       + "to whichever engine is free.")

    static let client: [String: MethodDoc] = [
        "load_balanced_view": MethodDoc("(targets=None, **kwargs)",
                                        "A LoadBalancedView sending each task to whichever engine is free."),
        "direct_view": MethodDoc("(targets='all', **kwargs)", "A DirectView of the given engines (rc[targets])."),
        "wait": MethodDoc("(jobs=None, timeout=-1)",
                          "Waits on jobs (all outstanding tasks by default); False if timeout seconds passed first."),
        "abort": MethodDoc("(jobs=None, targets=None, block=None)", "Drops tasks that have not started yet."),
        "queue_status": MethodDoc("(targets='all', verbose=False)",
                                  "The number of queued, running and completed tasks per engine."),
        "shutdown": MethodDoc("(targets='all', restart=False, hub=False, block=None)",
                              "Stops engines (and the controller when hub is True); restart starts new ones."),
        "interrupt": MethodDoc("(targets=None, signal=2, block=None)", "Sends SIGINT to the engines' running tasks."),
        "send_signal": MethodDoc("(sig, targets=None, block=None)", "Sends a signal to the engines' running tasks."),
        "activate": MethodDoc("(targets='all', suffix='')", "Makes %px use a DirectView of targets."),
        "clear": MethodDoc("(targets=None, block=None)", "Clears the engines' namespaces."),
        "close": MethodDoc("(linger=None)", "Closes the client's connection."),
        "spin": MethodDoc("()", "Flushes incoming results (they arrive by themselves here)."),
        "wait_for_engines": MethodDoc("(n=None, *, timeout=-1, block=True, interactive=None, widget=None)",
                                      "Waits until n engines are registered (all the cluster started by default)."),
        "restart_engine": MethodDoc("(engine_id)", "Replaces a dead or stopped engine with a new one."),
    ]

    static let asyncResult: [String: MethodDoc] = [
        "get": MethodDoc("(timeout=None)",
                         "Waits for the result and returns it, raising the remote error if a task failed; "
                         + "TimeoutError after timeout seconds."),
        "result": MethodDoc("(timeout=None)", "The same as get(): waits and returns the result."),
        "get_dict": MethodDoc("(timeout=None)", "The results as a dict keyed by engine id."),
        "wait": MethodDoc("(timeout=None)", "Waits until the tasks are done or timeout seconds passed."),
        "ready": MethodDoc("()", "Whether every task has finished."),
        "done": MethodDoc("()", "Whether every task has finished."),
        "successful": MethodDoc("()", "Whether every task finished without an error (raises while not ready)."),
        "exception": MethodDoc("(timeout=None)", "The first error raised, or None."),
        "abort": MethodDoc("()", "Drops the tasks of this result that have not started yet."),
        "display_outputs": MethodDoc("(groupby='type', result_only=False)", "Prints the tasks' stdout and stderr."),
        "wait_interactive": MethodDoc("(interval=0.1, timeout=-1, widget=None, return_when=None)",
                                      "Waits with a progress bar."),
        "timedelta": MethodDoc("(start, end, start_key=min, end_key=max)",
                               "The seconds between two sets of timestamps (e.g. ar.submitted and ar.completed)."),
    ]
}

extension ViewObject: MethodDocumenting, StateDescribing {
    public func methodDoc(for method: String) -> MethodDoc? {
        if method == "map" { return kind == .direct ? ClientDocumentation.directMap : ClientDocumentation.balancedMap }
        return ClientDocumentation.view[method]
    }

    public var stateFields: [(title: String, text: String)] {
        let ids = client.engines(kind == .direct ? targets : (allowed ?? .all))
        return [("Targets", "[" + ids.map { String($0.rawValue) }.joined(separator: ", ") + "]"),
                ("Block", block ? "True" : "False")]
    }
}

extension ClientObject: MethodDocumenting, StateDescribing {
    public func methodDoc(for method: String) -> MethodDoc? { ClientDocumentation.client[method] }

    public var stateFields: [(title: String, text: String)] {
        [("Engines", "[" + ids.map { String($0.rawValue) }.joined(separator: ", ") + "]")]
    }
}

extension AsyncResultObject: MethodDocumenting, StateDescribing {
    public func methodDoc(for method: String) -> MethodDoc? { ClientDocumentation.asyncResult[method] }

    public var stateFields: [(title: String, text: String)] {
        let statuses = summaries.map(\.status)
        var parts: [String] = []
        for status in TaskStatus.allCases {
            let n = statuses.filter { $0 == status }.count
            if n > 0 { parts.append("\(n) \(status == .ok ? "done" : status == .error ? "failed" : status.rawValue)") }
        }
        let state = isReady ? "ready" : "running"
        return [("State", "\(state): " + parts.joined(separator: ", ") + " (\(records.count) task\(records.count == 1 ? "" : "s"))")]
    }
}
