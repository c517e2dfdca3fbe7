@preconcurrency import Glibc

/// Runs a program and captures its standard output (used by benchmarks to run reference programs).
enum Subprocess {
    /// Runs `arguments[0]` (searched in `PATH`) and returns its exit status and stdout, or nil if it could not start.
    /// - Parameter environment: variables set (or replaced) for the program, the rest inherited.
    static func capture(_ arguments: [String], environment: [String: String] = [:]) -> (status: Int32, output: String)? {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var inherited: [String] = []
        var entry = environ
        while let text = entry.pointee {
            let line = String(cString: text)
            if environment[String(line.prefix { $0 != "=" })] == nil { inherited.append(line) }
            entry += 1
        }
        let envp = (inherited + environment.map { "\($0.key)=\($0.value)" }).map { strdup($0) } + [nil]
        defer { for p in envp { free(p) } }
        let result = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        close(pipeEnds[1])
        guard result == 0 else {
            close(pipeEnds[0])
            return nil
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(pipeEnds[0], &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        close(pipeEnds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exitCode, String(decoding: bytes, as: UTF8.self))
    }
}
