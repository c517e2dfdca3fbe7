import CLinux
import PXTestSupport
import PXTransport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Zero-copy transfers on one host (protocol 1.5): large arrays travel between the shell, the controller and real
/// engines as sealed memory segments over the Unix socket's descriptor channel, and as bytes over TCP; either way
/// every dtype and shape, views and empty arrays included, comes back equal.
@Suite("Memory segment transfers", .serialized)
struct MemorySegmentTransferTests {
    /// Round trips through push/pull, apply and scatter/gather; prints `ROUNDTRIPS n ok` and, per engine, how many
    /// segment mappings it holds after a push (`MAPPED …`).
    static let roundTrips = """
        import numpy as np
        import ipyparallel as ipp
        rc = ipp.Client()
        dv = rc[:]
        ok = []
        def check(name, a, b):
            same = a.dtype == b.dtype and a.shape == b.shape and bool(np.array_equal(a, b))
            if not same:
                print('MISMATCH', name, a.dtype, b.dtype, a.shape, b.shape)
            ok.append(same)

        arrays = {}
        for dt in ['bool', 'int32', 'int64', 'float32', 'float64']:
            big = (np.arange(200000) % 7).astype(dt)
            arrays[dt] = big
            arrays[dt + ' 2-d'] = big.reshape(400, 500)
            arrays[dt + ' strided view'] = big.reshape(400, 500)[::2, 1::3]
            arrays[dt + ' transposed'] = big.reshape(400, 500).T
            arrays[dt + ' offset view'] = big[1000:150000]
            arrays[dt + ' reversed'] = big[::-1]
            arrays[dt + ' 3-d'] = big.reshape(40, 50, 100)
            arrays[dt + ' 3-d negative strides'] = big.reshape(40, 50, 100)[::-3, 1::2, ::-7]
            arrays[dt + ' empty'] = np.zeros((0, 3), dtype=dt)
            arrays[dt + ' empty 1-d'] = np.zeros(0, dtype=dt)
            arrays[dt + ' empty view'] = big.reshape(400, 500)[5:5, ::2]
            arrays[dt + ' 0-d'] = np.array(big[3])
            arrays[dt + ' small'] = big[:5]
            # 4 MiB or more: arrays in memory files of their own, handed over whole or in parts, both ways.
            n = {'bool': 4400000, 'int32': 1100000, 'float32': 1100000}.get(dt, 550000)
            own = (np.arange(n) % 11).astype(dt)
            arrays[dt + ' own file'] = own
            arrays[dt + ' own file 2-d'] = own.reshape(n // 100, 100)
            arrays[dt + ' own file second half'] = own[n // 2:]

        for name, a in arrays.items():
            dv.push({'x': a}, block=True)
            for b in dv.pull('x', block=True):
                check('push/pull ' + name, a, b)
            for b in dv.apply_sync(lambda x: x, a):
                check('apply ' + name, a, b)
            if a.ndim >= 1 and len(a) >= 2:
                dv.scatter('s', a, block=True)
                check('scatter/gather ' + name, a, dv.gather('s', block=True))

        print('ROUNDTRIPS', len(ok), all(ok))
        dv.push({'x': np.arange(1000000, dtype='float64')}, block=True)
        def mapped():
            return sum(1 for line in open('/proc/self/maps') if 'memfd:swiftpx-' in line)

        print('MAPPED', *dv.apply_sync(mapped))
        print('SUM', *dv.apply_sync(lambda: float(x.sum())))

        """

    /// A large array handed over both ways: the client's array and each engine's copy of it map one memory file
    /// privately (`HANDED OVER`); an array an engine computed comes back as the engine's own file (`HANDED BACK`).
    /// A copy would show a `swiftpx-segment` file instead.
    static let handOver = """
        def private_array_files():
            found = set()
            for line in open('/proc/self/maps'):
                fields = line.split()
                if len(fields) >= 6 and 'memfd:swiftpx-array' in line and fields[1][3] == 'p':
                    found.add(fields[4])
            return found

        h = np.arange(550000, dtype='float64')
        dv.push({'h': h}, block=True)
        mine = private_array_files()
        print('HANDED OVER', len(mine) > 0 and all(len(mine & t) > 0 for t in dv.apply_sync(private_array_files)))
        dv.execute('r = h * 2.0', block=True)
        before = private_array_files()
        pulled = dv.pull('r', block=True)
        back = private_array_files() - before
        theirs = dv.apply_sync(private_array_files)
        print('HANDED BACK', len(back) == 2 and all(len(back & t) == 1 for t in theirs), float(pulled[1].sum()))

        """

    @Test("over the Unix socket, arrays of every dtype and shape round-trip as mapped segments, large ones handed over")
    func unixRoundTrips() throws {
        // Large arrays in memory files of their own even where the system gives those no huge pages (off by default
        // there), so that their round trips hand the files over instead of copying.
        let result = Session.run(Self.roundTrips + Self.handOver, arguments: ["-n", "2"], timeout: 300,
                                 environment: ["SWIFTPX_MEMORY_FILES": "1"])
        #expect(result.output.contains("ROUNDTRIPS 380 True"), "\(result.output)")
        #expect(result.output.contains("HANDED OVER True"), "\(result.output)")
        #expect(result.output.contains("HANDED BACK True 302499450000.0"), "\(result.output)")
        #expect(!result.output.contains("MISMATCH"), "\(result.output)")
        let mapped = Self.numbers(after: "MAPPED ", in: result.output)
        #expect(mapped.count == 2 && mapped.allSatisfy { $0 >= 1 }, "engines map the segment: \(result.output)")
        #expect(result.output.contains("SUM 499999500000.0 499999500000.0"), "\(result.output)")
    }

    @Test("over TCP (a standalone controller), the same arrays round-trip as bytes and nothing is mapped")
    func tcpRoundTrips() throws {
        let directory = try TemporaryDirectory()
        var children: [ChildProcess] = []
        defer { for child in children { _ = child.terminate() } }
        let executable = ProcessRunner.swiftpxExecutable
        children.append(try Self.spawn([executable, "controller", "--dir", directory.path]))
        let engineFile = directory.path + "/swiftpx-engine.json"
        let clientFile = directory.path + "/swiftpx-client.json"
        try #require(Self.waitForFiles([engineFile, clientFile]), "no connection files")
        // A standalone controller listens on TCP only: the shell and the engines all connect over TCP.
        #expect(Self.text(of: engineFile).contains("tcp:"), "\(Self.text(of: engineFile))")
        #expect(!Self.text(of: clientFile).contains("unix:"), "\(Self.text(of: clientFile))")
        for _ in 0..<2 { children.append(try Self.spawn([executable, "engine", "--file", engineFile])) }
        let wait = """
            import ipyparallel as ipp, time
            rc = ipp.Client()
            for _ in range(600):
                if len(rc.ids) == 2:
                    break
                time.sleep(0.05)

            """
        let session = directory.file("session.px")
        let file = try #require(fopen(session, "w"))
        fputs(wait + Self.roundTrips, file)
        fclose(file)
        let result = ProcessRunner.run(executable, ["--connect", clientFile], stdinPath: session,
                                       environment: ["SWIFTPX_DIR": directory.path], timeout: 300)
        #expect(result.output.contains("ROUNDTRIPS 380 True"), "\(result.output)")
        #expect(!result.output.contains("MISMATCH"), "\(result.output)")
        #expect(Self.numbers(after: "MAPPED ", in: result.output) == [0, 0], "TCP engines map nothing: \(result.output)")
        #expect(result.output.contains("SUM 499999500000.0 499999500000.0"), "\(result.output)")
    }

    @Test("engines killed while they hold mapped segments leave no descriptor or mapping behind in the shell and controller")
    func killedEnginesLeakNothing() throws {
        let directory = try TemporaryDirectory()
        let shell = try ShellSession(engines: 2, stateDirectory: directory.path)
        shell.send("""
            import os, time
            import numpy as np
            import ipyparallel as ipp
            rc = ipp.Client()
            dv = rc[:]
            a = np.arange(8000000, dtype='float64')
            ar = dv.push({'x': a}, block=True)
            parts = dv.apply_sync(lambda: float(x[::4096].sum()))
            def mapped():
                return sum(1 for line in open('/proc/self/maps') if 'memfd:swiftpx-' in line)

            print('PIDS', os.getpid(), *dv.apply_sync(os.getpid), *dv.apply_sync(mapped))

            """)
        let line = try #require(shell.line(startingWith: "PIDS ", timeout: 60), "no PIDS line: \(shell.transcript)")
        let numbers = line.split(separator: " ").dropFirst().compactMap { Int32($0) }
        try #require(numbers.count == 5, "\(line)")
        let shellPID = numbers[0]
        #expect(numbers[3] >= 1 && numbers[4] >= 1, "the engines map the pushed segment: \(line)")
        // The memory files the engines map: the pushed array's (the shell's array of 64 MB, handed over whole).
        var pushed: Set<UInt64> = []
        for engine in numbers[1...2] {
            pushed.formUnion(Self.mappedFiles(of: engine))
            // The mapping keeps its segment's descriptor, so that a pull sends the segment back uncopied.
            #expect(Self.segmentDescriptors(of: engine).count <= 1, "an engine keeps only the descriptor of what it maps")
            kill(engine, SIGKILL)
        }
        #expect(!pushed.isEmpty)
        shell.send("""
            for _ in range(600):
                if not rc.ids:
                    break
                time.sleep(0.05)

            print('ENGINES', len(rc.ids))

            """)
        let gone = try #require(shell.line(startingWith: "ENGINES ", timeout: 60), "\(shell.transcript)")
        #expect(gone == "ENGINES 0")
        // The pushed array shares the file it was sent as (so that a second push is free) until it goes.
        #expect(Self.mappedFiles(of: shellPID).isSuperset(of: pushed), "the shell's array maps the file it sent")
        shell.send("""
            a = None
            print('CLEARED')

            """)
        try #require(shell.line(startingWith: "CLEARED", timeout: 60) != nil, "\(shell.transcript)")
        // Large arrays freed earlier may stay in the allocator's cache (files of their own, never sent); nothing of
        // what was sent remains, and no received segment at all.
        #expect(Self.openFiles(of: shellPID).isDisjoint(with: pushed),
                "the shell (client and embedded controller) holds segments: \(ProcessProbe.openDescriptors(of: shellPID))")
        #expect(Self.mappedFiles(of: shellPID).isDisjoint(with: pushed), "the shell maps a segment it sent")
        #expect(!Self.text(of: "/proc/\(shellPID)/maps").contains("memfd:swiftpx-segment"), "the shell maps a segment")
        for engine in numbers[1...2] {
            #expect(Self.segmentDescriptors(of: engine).isEmpty, "a killed engine (a zombie at most) holds nothing")
        }
        #expect(shell.finish(timeout: 60) != nil)
    }

    /// The inodes of the memory files (segments and arrays' own files) that `pid` maps.
    static func mappedFiles(of pid: Int32) -> Set<UInt64> {
        var inodes: Set<UInt64> = []
        for line in text(of: "/proc/\(pid)/maps").split(separator: "\n") where line.contains("memfd:swiftpx-") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count > 4, let inode = UInt64(fields[4]) { inodes.insert(inode) }
        }
        return inodes
    }

    /// The inodes of the memory files `pid` holds open.
    static func openFiles(of pid: Int32) -> Set<UInt64> {
        var inodes: Set<UInt64> = []
        for descriptor in segmentDescriptors(of: pid).keys {
            var status = stat()
            if stat("/proc/\(pid)/fd/\(descriptor)", &status) == 0 { inodes.insert(UInt64(status.st_ino)) }
        }
        return inodes
    }

    @Test("a process without the key gets no descriptor from the controller's descriptor channel")
    func noSegmentWithoutTheKey() throws {
        let directory = try TemporaryDirectory()
        let shell = try ShellSession(engines: 1, stateDirectory: directory.path)
        // The engine holds a pushed segment, so the controller has handed out descriptors on this cluster.
        shell.send("""
            import numpy as np
            import ipyparallel as ipp
            rc = ipp.Client()
            rc[:].push({'x': np.ones(100000)}, block=True)
            print('READY', rc[:].apply_sync(lambda: float(x.sum()))[0])

            """)
        let ready = try #require(shell.line(startingWith: "READY ", timeout: 60), "no READY line: \(shell.transcript)")
        #expect(ready == "READY 100000.0")
        let relay = try #require(Self.relaySocket(under: directory.path + "/run"), "no descriptor channel socket")
        var status = stat()
        #expect(stat(relay, &status) == 0 && status.st_mode & 0o077 == 0, "the socket is private to its owner")
        for attempt in 0..<3 {
            let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            #expect(fd >= 0)
            defer { close(fd) }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { raw in
                let bytes = Array(relay.utf8)
                raw.copyBytes(from: bytes)
                raw[bytes.count] = 0
            }
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            #expect(connected == 0)
            // A guessed ticket (random, or zeros).
            let ticket = attempt == 0 ? [UInt8](repeating: 0, count: 32) : (0..<32).map { _ in UInt8.random(in: 0...255) }
            _ = ticket.withUnsafeBytes { send(fd, $0.baseAddress, 32, 0) }
            var reply = [UInt8](repeating: 0, count: 64)
            var descriptors = [Int32](repeating: -1, count: 8)
            var arrived: Int32 = 0
            var truncated: Int32 = 0
            var total: [UInt8] = []
            while true {
                let count = reply.withUnsafeMutableBytes { raw in
                    descriptors.withUnsafeMutableBufferPointer {
                        px_receive_descriptors(fd, raw.baseAddress, raw.count, $0.baseAddress, 8, &arrived, &truncated)
                    }
                }
                #expect(arrived == 0, "a descriptor reached a process without the key")
                if count <= 0 { break }
                total += reply[0..<count]
            }
            #expect(total.first == 1, "refused: \(total)")
        }
        #expect(shell.finish(timeout: 60) != nil)
    }

    // MARK: - Helpers

    static func spawn(_ arguments: [String]) throws -> ChildProcess {
        var launch = ProcessLaunch(executable: arguments[0], arguments: Array(arguments.dropFirst()))
        launch.standardOutput = .discard
        launch.standardError = .discard
        return try ChildProcess.spawn(launch)
    }

    static func waitForFiles(_ paths: [String]) -> Bool {
        for _ in 0..<1_000 {
            if paths.allSatisfy({ access($0, R_OK) == 0 }) { return true }
            usleep(20_000)
        }
        return false
    }

    /// The descriptor channel socket of the one cluster under `run`.
    static func relaySocket(under run: String) -> String? {
        for entry in DirectoryEntries.names(in: run) where access(run + "/" + entry + "/controller.sock.fd", F_OK) == 0 {
            return run + "/" + entry + "/controller.sock.fd"
        }
        return nil
    }

    /// The descriptors of `pid` that are memory segments or arrays' memory files.
    static func segmentDescriptors(of pid: Int32) -> [Int32: String] {
        ProcessProbe.openDescriptors(of: pid).filter { $0.value.contains("memfd:swiftpx-") }
    }

    /// The numbers on the line starting with `prefix`.
    static func numbers(after prefix: String, in output: String) -> [Int] {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else { return [] }
        return line.dropFirst(prefix.count).split(separator: " ").compactMap { Int($0) }
    }

    static func text(of path: String) -> String {
        guard let file = fopen(path, "r") else { return "" }
        defer { fclose(file) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count <= 0 { break }
            result += chunk[0..<count]
        }
        return String(decoding: result, as: UTF8.self)
    }
}
