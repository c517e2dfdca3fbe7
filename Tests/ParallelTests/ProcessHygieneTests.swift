import PXTestSupport
import PXTransport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Engines hold only what is theirs, and a shell cleans up after clusters whose process died.
@Suite("Process hygiene", .serialized)
struct ProcessHygieneTests {
    /// A shell with two engines, fed through a pipe so that it stays up while the test looks at its engines.
    @Test("an engine holds no descriptor of the shell's: no listening socket, no other engine's connection")
    func engineDescriptors() throws {
        let directory = try TemporaryDirectory()
        var launch = ProcessLaunch(executable: ProcessRunner.swiftpxExecutable, arguments: ["-n", "2"])
        launch.standardInput = .pipe
        launch.standardOutput = .pipe
        launch.standardError = .standardOutput
        launch.environment = ProcessLaunch.environment(adding: ["SWIFTPX_DIR": directory.path])
        let shell = try ChildProcess.spawn(launch)
        defer { _ = shell.terminate() }
        let input = try #require(shell.input)
        let output = try #require(shell.output)
        write(input, "import os\nimport ipyparallel as ipp\nrc = ipp.Client()\nprint('PIDS', os.getpid(), *rc[:].apply_sync(os.getpid))\n")
        let line = try #require(Self.readLine(startingWith: "PIDS ", from: output), "no PIDS line")
        let pids = line.split(separator: " ").dropFirst().compactMap { Int32($0) }
        try #require(pids.count == 3, "\(line)")
        let shellTargets = Set(ProcessProbe.openDescriptors(of: pids[0]).values)
        for engine in pids.dropFirst() {
            let descriptors = ProcessProbe.openDescriptors(of: engine)
            #expect(descriptors[0] == "/dev/null", "engine \(engine) stdin: \(descriptors)")
            // Above the standard streams, nothing an engine holds is shared with the shell (an inherited
            // descriptor refers to the same socket or pipe; an engine's own connection end is another socket).
            // Every epoll set reads `anon_inode:[eventpoll]`, so those cannot be told apart and are left out.
            let shared = descriptors.filter {
                $0.key > 2 && !$0.value.hasPrefix("anon_inode:") && shellTargets.contains($0.value)
            }
            #expect(shared.isEmpty, "engine \(engine) inherited \(shared) of \(descriptors)")
            #expect(descriptors.filter { $0.value.hasPrefix("socket:") }.count == 1, "\(descriptors)")
        }
        close(input)
        #expect(shell.wait(timeout: .seconds(60)) != nil)
    }

    @Test("a shell removes the run directories of clusters whose process is gone, and keeps the others")
    func staleRunDirectories() throws {
        let directory = try TemporaryDirectory()
        let run = directory.path + "/run"
        mkdir(run, 0o700)
        let deadPID = try Self.pidOfEndedProcess()
        let stale = run + "/cluster-\(deadPID)-1"
        let live = run + "/cluster-\(getpid())-1"
        for path in [stale, live] {
            mkdir(path, 0o700)
            for file in ["controller.sock", "engine.json"] { close(open(path + "/" + file, O_CREAT | O_WRONLY, 0o600)) }
        }
        let session = directory.file("session.px")
        let text = "import ipyparallel as ipp\nrc = ipp.Client()\nprint(len(rc.ids))\n"
        let file = try #require(fopen(session, "w"))
        fputs(text, file)
        fclose(file)
        let result = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["-n", "1"], stdinPath: session,
                                       environment: ["SWIFTPX_DIR": directory.path], timeout: 120)
        #expect(result.output.contains("1\n"), "\(result.output)")
        #expect(access(stale, F_OK) != 0, "the stale directory is still there")
        #expect(access(live + "/engine.json", F_OK) == 0, "the directory of a live process was touched")
    }

    /// The pid of a process that has ended and been reaped.
    static func pidOfEndedProcess() throws -> Int32 {
        let child = try ChildProcess.spawn(ProcessLaunch(executable: "true", arguments: []))
        _ = child.wait(timeout: .seconds(30))
        return child.pid
    }

    func write(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }

    /// Reads `fd` until a line starting with `prefix` arrives (within 60 s), and returns that line.
    static func readLine(startingWith prefix: String, from fd: Int32) -> String? {
        var text = ""
        var chunk = [UInt8](repeating: 0, count: 4_096)
        let deadline = MonotonicClock.nanoseconds() + 60_000_000_000
        while MonotonicClock.nanoseconds() < deadline {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 1_000) >= 0 || errno == EINTR else { return nil }
            guard poller.revents != 0 else { continue }
            let count = read(fd, &chunk, chunk.count)
            if count <= 0 { return nil }
            text += String(decoding: chunk[0..<count], as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) { return String(line) }
        }
        return nil
    }
}
