import PXClient
import PXLaunch
import PXRuntime
import PXTransport

#if canImport(Glibc)
import Glibc
#endif

/// `swiftpx bench memory`: the controller's memory per queued task, and a soak that shows whether memory stays
/// flat, on a cluster whose controller is a process of its own (`swiftpx cluster start`), so that its memory
/// is measured apart from the client's.
enum MemoryBenchmark {
    /// Runs both measures with `engines` engines and `tasks` tasks.
    static func run(engines: Int, tasks: Int, host: BenchHost) throws -> [ClusterBenchmark.Measure] {
        let registry = host.registry
        var settings = ClusterSettings(stateDirectory: host.stateDirectory)
        settings.profile = "bench-memory-\(getpid())"
        settings.engineCount = engines
        let started: ClusterManager.Started
        do {
            started = try ClusterManager.start(settings) { _ in }
        } catch {
            throw BenchError("the benchmark cluster did not start: \(error)")
        }
        defer { _ = try? ClusterManager.stop(settings) }
        guard let controller = started.state.controller?.pid else { throw BenchError("no controller pid") }
        let cluster = try host.attachCluster(started.state.clientFile)
        registry.register("benchmark.rss", doc: "Resident memory of a process, in bytes.", parameters: ["pid"]) {
            (pid: Int) in residentBytes(pid: pid)
        }
        let output = BufferedOutput()
        let source = program(tasks: tasks, controller: controller)
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
        func measure(_ key: String, _ name: String, unit: String, goal: String) -> ClusterBenchmark.Measure? {
            values[key].map {
                ClusterBenchmark.Measure(suite: "memory", name: name, unit: unit, value: $0, p99: nil, floor: nil,
                                         goal: goal)
            }
        }
        return [
            measure("queued", "controller memory per queued task (\(tasks) queued)", unit: "B/task", goal: "< 1 KiB"),
            measure("controller", "soak of \(tasks) tasks: controller growth, 2nd to last tenth", unit: "MB",
                    goal: "flat"),
            measure("client", "soak of \(tasks) tasks: client growth, 2nd to last tenth", unit: "MB", goal: "flat"),
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

    /// The program: queue `tasks` tasks behind busy engines and compare the controller's resident memory; then
    /// run `tasks` tasks in ten rounds and compare memory after the second and the last.
    static func program(tasks: Int, controller: Int32) -> String {
        """
        import ipyparallel as ipp
        import time, os
        from benchmark import rss
        rc = ipp.Client()
        lv = rc.load_balanced_view()
        def noop(x=None):
            return x

        def settle():
            time.sleep(0.3)

        blockers = rc[:].apply_async(time.sleep, 600)
        time.sleep(0.3)
        settle()
        before = rss(\(controller))
        queued = lv.map_async(noop, range(\(tasks)))
        rc.queue_status()
        settle()
        after = rss(\(controller))
        print("queued|" + repr((after - before) / \(tasks)))
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
        rounds = 10
        marks = []
        for r in range(rounds):
            lv.map_sync(noop, range(\(tasks) // rounds))
            settle()
            marks.append((rss(\(controller)), rss(os.getpid())))

        print("controller|" + repr((marks[-1][0] - marks[1][0]) / 1e6))
        print("client|" + repr((marks[-1][1] - marks[1][1]) / 1e6))
        """
    }
}
