import PXClient
import PXLaunch
import PXRuntime
import PXTransport

#if canImport(Glibc)
import Glibc
#endif

/// `swiftpx bench memory`: the controller's and the client's memory per queued task, and the resident memory of
/// the controller and of the client when idle, with the tasks queued, and after a burst of tasks whose results were
/// fetched, on a cluster whose controller is a process of its own (`swiftpx cluster start`), so that its memory is
/// measured apart from the client's.
enum MemoryBenchmark {
    /// The start of the name of each run's profile; its process id follows.
    static let profilePrefix = "bench-memory-"

    /// Runs both measures with `engines` engines and `tasks` tasks.
    static func run(engines: Int, tasks: Int, host: BenchHost) throws -> [ClusterBenchmark.Measure] {
        let registry = host.registry
        // Each run has a profile of its own; a run that was killed left its cluster running and its profile behind.
        ClusterManager.removeStaleProfiles(stateDirectory: host.stateDirectory, prefix: profilePrefix)
        var settings = ClusterSettings(stateDirectory: host.stateDirectory)
        settings.profile = profilePrefix + String(getpid())
        settings.engineCount = engines
        let started: ClusterManager.Started
        do {
            started = try ClusterManager.start(settings) { _ in }
        } catch {
            throw BenchError("the benchmark cluster did not start: \(error)")
        }
        defer {
            _ = try? ClusterManager.stop(settings)
            ClusterManager.removeProfile(settings)
        }
        guard let controller = started.state.controller?.pid else { throw BenchError("no controller pid") }
        let cluster = try host.attachCluster(started.state.clientFile)
        registry.register("benchmark.rss", doc: "Resident memory of a process, in bytes.", parameters: ["pid"]) {
            (pid: Int) in residentBytes(pid: pid)
        }
        registry.register("benchmark.heap", doc: "Bytes this process's allocator has handed out.") {
            FreeMemory.heap.inUse
        }
        let output = BufferedOutput()
        let source = program(tasks: tasks, engines: engines, controller: controller)
        let outcome: Interpreter.Outcome = InterpreterThread.run {
            let vm = Interpreter(registry: registry, output: output)
            ParallelContext.of(vm).provider = cluster
            return vm.run(source, fileName: "<bench memory>")
        }
        if case .exception(let e) = outcome { throw BenchError("memory benchmark failed: \(e.summary)") }
        var values: [String: Double] = [:]
        for line in output.stdout.split(separator: "\n") {
            let fields = line.split(separator: "|")
            if fields.count == 2, let value = Double(fields[1]) { values[String(fields[0])] = value }
        }
        func measure(_ key: String, _ name: String, unit: String, goal: String, idle: Double? = nil)
            -> ClusterBenchmark.Measure?
        {
            values[key].map { value in
                let ratios = idle.map { [(name: "idle", value: $0 > 0 ? value / $0 : 0)] } ?? []
                return ClusterBenchmark.Measure(suite: "memory", name: name, unit: unit, value: value, p99: nil,
                                                floor: nil, goal: goal, ratios: ratios)
            }
        }
        let idleController = values["idle_controller"] ?? 0
        let idleClient = values["idle_client"] ?? 0
        return [
            measure("queued", "controller memory per queued task (\(tasks) queued)", unit: "B/task", goal: "<= 512"),
            measure("idle_controller", "controller resident, idle (a task has run)", unit: "MB", goal: "-"),
            measure("after_controller", "controller resident after \(tasks) tasks, results fetched", unit: "MB",
                    goal: "<= 2x idle", idle: idleController),
            measure("idle_client", "client resident, idle (a task has run)", unit: "MB", goal: "-"),
            measure("after_client", "client resident after \(tasks) tasks, results fetched", unit: "MB",
                    goal: "<= 2x idle", idle: idleClient),
            measure("peak_controller", "controller resident with \(tasks) tasks queued", unit: "MB", goal: "-"),
            measure("queued_client", "client memory per queued task (\(tasks) queued, AsyncResult held)",
                    unit: "B/task", goal: "<= 512"),
            measure("peak_client", "client resident with \(tasks) tasks queued", unit: "MB", goal: "-"),
            measure("queued_client_heap", "client heap in use per queued task (\(tasks) queued, AsyncResult held)",
                    unit: "B/task", goal: "-"),
        ].compactMap { $0 }
    }

    /// `VmRSS` of a process, in bytes (0 if it cannot be read).
    static func residentBytes(pid: Int) -> Int {
        guard let status = TextFile.read("/proc/\(pid)/status") else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return (Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0) * 1024
        }
        return 0
    }

    /// The program: once `engines` engines have registered, the resident memory of the controller and of this
    /// process once idle (a task has run); then `tasks` tasks queued behind busy engines (the controller's and the
    /// client's memory per queued task, and their resident memory then); then a burst of `tasks` tasks in ten maps
    /// whose results are fetched, and both memories once it has drained. Idle and drained sizes are read once
    /// settled: unchanged within 1% over a second (at most 10 s), since each process trims a moment after its last
    /// frees (the controller at its next tick), and a loaded machine may delay that past a fixed wait.
    static func program(tasks: Int, engines: Int, controller: Int32) -> String {
        """
        import ipyparallel as ipp
        import time, os
        from benchmark import rss, heap
        rc = ipp.Client()
        rc.wait_for_engines(\(engines), timeout=120)
        lv = rc.load_balanced_view()
        def noop(x=None):
            return x

        def settle():
            time.sleep(0.5)

        def settled(pid):
            samples = [rss(pid)]
            while len(samples) < 40:
                time.sleep(0.25)
                samples.append(rss(pid))
                recent = samples[-5:]
                if len(recent) == 5 and max(recent) - min(recent) <= max(recent) // 100:
                    break
            return samples[-1]

        lv.map_sync(noop, range(100))
        print("idle_controller|" + repr(settled(\(controller)) / 1e6))
        print("idle_client|" + repr(settled(os.getpid()) / 1e6))
        blockers = rc[:].apply_async(time.sleep, 600)
        settle()
        before = rss(\(controller))
        before_client = rss(os.getpid())
        before_heap = heap()
        queued = lv.map_async(noop, range(\(tasks)))
        rc.queue_status()
        settle()
        after = rss(\(controller))
        after_client = rss(os.getpid())
        print("queued_client_heap|" + repr((heap() - before_heap) / \(tasks)))
        print("queued|" + repr((after - before) / \(tasks)))
        print("peak_controller|" + repr(after / 1e6))
        print("queued_client|" + repr((after_client - before_client) / \(tasks)))
        print("peak_client|" + repr(after_client / 1e6))
        queued.abort()
        rc.interrupt()
        try:
            blockers.get()
        except Exception:
            pass
        try:
            queued.get()
        except Exception:
            pass
        del queued
        for r in range(10):
            lv.map_sync(noop, range(\(tasks) // 10))
        print("after_controller|" + repr(settled(\(controller)) / 1e6))
        print("after_client|" + repr(settled(os.getpid()) / 1e6))
        """
    }
}
