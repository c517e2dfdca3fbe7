import PXTestSupport
import Testing

/// `kill -9` of an engine while it runs a task: direct tasks fail with EngineError at once, load-balanced
/// tasks with retries run on the other engine, and the shell and the other engine go on.
@Suite("Engine death", .serialized)
struct EngineDeathTests {
    static let prelude = """
        import ipyparallel as ipp
        import os
        import time
        rc = ipp.Client()
        pids = rc[:].apply_sync(os.getpid)
        def sleeper(t):
            import os
            import time
            print("started")
            time.sleep(t)
            return os.getpid()


        """

    @Test("a direct task on a killed engine fails with EngineError when its socket closes, not after heartbeats")
    func direct() {
        // No clock in the assertion: the engine's state says why the controller declared it dead. A socket
        // closing gives "connection closed" (then the exit status); only heartbeats give "no heartbeat for …".
        let result = Session.run(EngineDeathTests.prelude + """
            ar = rc[1].apply_async(sleeper, 30)
            while not ar.stdout:
                time.sleep(0.01)

            os.kill(pids[1], 9)
            try:
                ar.get()
            except ipp.EngineError as e:
                print("EngineError", str(e).startswith("Engine 1 died while running task"))

            %engines
            print("survivor:", rc[0].apply_sync(lambda: "ok"), rc.ids)

            """)
        #expect(!result.timedOut)
        #expect(result.output.contains("EngineError True"), "\(result.output)")
        let engine1 = result.output.split(separator: "\n").first { $0.hasPrefix(" 1 ") || $0.hasPrefix("1 ") }
        #expect(engine1?.contains("dead (") == true, "\(result.output)")
        #expect(!result.output.contains("no heartbeat"), "\(result.output)")
        #expect(result.output.contains("survivor: ok [0]"), "\(result.output)")
    }

    @Test("a load-balanced task with retries=1 is rerun on the other engine")
    func retried() {
        let result = Session.run(EngineDeathTests.prelude + """
            lv = rc.load_balanced_view()
            lv.set_flags(retries=1)
            ar = lv.apply_async(sleeper, 1)
            while ar.engine_id is None:
                time.sleep(0.01)

            victim = ar.engine_id
            os.kill(pids[victim], 9)
            print("result from the other engine:", ar.get() == pids[1 - victim])

            """)
        #expect(!result.timedOut)
        #expect(result.output.contains("result from the other engine: True"), "\(result.output)")
    }

    @Test("without retries the load-balanced task fails with EngineError")
    func notRetried() {
        let result = Session.run(EngineDeathTests.prelude + """
            lv = rc.load_balanced_view()
            ar = lv.apply_async(sleeper, 5)
            while ar.engine_id is None:
                time.sleep(0.01)

            os.kill(pids[ar.engine_id], 9)
            try:
                ar.get(timeout=5)
            except ipp.EngineError:
                print("failed with EngineError")

            """)
        #expect(result.output.contains("failed with EngineError"), "\(result.output)")
    }
}
