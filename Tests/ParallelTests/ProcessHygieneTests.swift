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
        let shell = try ShellSession(engines: 2, stateDirectory: directory.path)
        shell.send("""
            import os
            import ipyparallel as ipp
            rc = ipp.Client()
            print('PIDS', os.getpid(), *rc[:].apply_sync(os.getpid))
            """)
        let line = try #require(shell.line(startingWith: "PIDS ", timeout: 60), "no PIDS line: \(shell.transcript)")
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
            // Its connection to the controller and that connection's descriptor channel (protocol 1.5).
            #expect(descriptors.filter { $0.value.hasPrefix("socket:") }.count == 2, "\(descriptors)")
        }
        #expect(shell.finish(timeout: 60) != nil)
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
}
