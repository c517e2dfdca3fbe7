import PXRuntime
import PXTransport

/// A benchmark program that times its own work and prints the seconds, run by swiftpx's interpreter here and
/// by a reference python3 in a child process, in one run.
enum TimedProgram {
    /// The seconds `source` printed when run by swiftpx's interpreter (nan when it failed).
    static func swiftpxSeconds(_ source: String, registry: Registry) -> Double {
        let output = BufferedOutput()
        return InterpreterThread.run {
            let vm = Interpreter(registry: registry, output: output)
            guard case .success = vm.run(source, fileName: "<bench>") else { return .nan }
            return Double(output.stdout.trimming(" \n")) ?? .nan
        }
    }

    /// What `python -c source` printed, with `extra` added to the environment; nil when it failed.
    static func reference(_ python: String, _ source: String, environment extra: [String: String] = [:]) -> String? {
        var launch = ProcessLaunch(executable: python, arguments: ["-c", source])
        if !extra.isEmpty { launch.environment = ProcessLaunch.environment(adding: extra) }
        launch.standardOutput = .pipe
        guard let result = try? launch.run(timeout: nil), result.exitStatus.isSuccess else { return nil }
        return result.output
    }
}
