import PXLaunch
import Testing

/// What each launcher runs, as data (nothing is started).
@Suite struct LauncherPlanTests {
    static func context(_ configure: (inout ClusterSettings) -> Void) -> LaunchContext {
        var settings = ClusterSettings(stateDirectory: "/state")
        settings.executable = "/opt/swiftpx"
        configure(&settings)
        return LaunchContext(settings: settings, clusterID: "100-abcd")
    }

    @Test func localStartsOneEngineProcessEach() throws {
        let context = Self.context {
            $0.engineCount = 2; $0.plugins = ["/lib/p.so"]
        }
        let steps = try LocalLauncher().startSteps(context)
        let file = "/state/profile_default/swiftpx-100-abcd-engine.json"
        #expect(
            steps == [
                .start(
                    LaunchCommand(
                        name: "engine process 0",
                        arguments: [
                            "/opt/swiftpx", "engine", "--file", file,
                            "--plugin", "/lib/p.so",
                        ],
                        logName: "engine-0"), engines: 1),
                .start(
                    LaunchCommand(
                        name: "engine process 1",
                        arguments: [
                            "/opt/swiftpx", "engine", "--file", file,
                            "--plugin", "/lib/p.so",
                        ],
                        logName: "engine-1"), engines: 1),
            ])
        #expect(LocalLauncher().stopCommands(context, jobID: nil).isEmpty)
    }

    @Test func mpiRunsOneMpiexecWithHostsAndArguments() throws {
        let context = Self.context {
            $0.engineCount = 3
            $0.launcher = .mpi
            $0.hosts = [HostSpec(name: "n1", engines: 2), HostSpec(name: "n2")]
            $0.mpiArguments = ["--oversubscribe"]
            $0.engineExecutable = "/shared/swiftpx"
        }
        let steps = try MPILauncher().startSteps(context)
        #expect(
            steps == [
                .start(
                    LaunchCommand(
                        name: "mpiexec",
                        arguments: [
                            "mpiexec", "-n", "3", "--host", "n1:2,n2:1", "--oversubscribe", "/shared/swiftpx", "engine",
                            "--file",
                            "/state/profile_default/swiftpx-100-abcd-engine.json",
                        ]), engines: 3)
            ])
    }

    @Test(arguments: [
        ("mpiexec (OpenRTE) 4.1.4", true, [String](), ["--oversubscribe", "--allow-run-as-root"]),
        ("mpiexec (Open MPI) 5.0.0", false, [String](), ["--oversubscribe"]),
        ("mpiexec (OpenRTE) 4.1.4", true, ["--oversubscribe"], ["--allow-run-as-root"]),
        ("HYDRA build details: Version: 4.1", true, [String](), [String]()),
    ])
    func mpiDefaultsDependOnTheImplementation(
        _ version: String, _ isRoot: Bool, _ given: [String],
        _ expected: [String]
    ) {
        #expect(MPILauncher.defaultArguments(versionOutput: version, isRoot: isRoot, given: given) == expected)
    }

    @Test func sshCopiesTheFileThenStartsEachEngine() throws {
        let context = Self.context {
            $0.engineCount = 3
            $0.launcher = .ssh
            $0.hosts = [HostSpec(name: "user@n1", engines: 2), HostSpec(name: "n 2")]
            $0.sshArguments = ["-p", "2222"]
            $0.remoteDirectory = "run dir"
        }
        let steps = try SSHLauncher().startSteps(context)
        let ssh = ["ssh", "-o", "BatchMode=yes", "-p", "2222"]
        let remote = "'run dir/swiftpx-100-abcd-engine.json'"
        let copy =
            "umask 077 && mkdir -p 'run dir' && cat > 'run dir/swiftpx-100-abcd-engine.json.tmp' && mv -f "
            + "'run dir/swiftpx-100-abcd-engine.json.tmp' \(remote)"
        let engine = "exec /opt/swiftpx engine --file \(remote)"
        #expect(steps.count == 5)
        #expect(
            steps[0]
                == .run(
                    LaunchCommand(
                        name: "copy of the connection file to user@n1", arguments: ssh + ["user@n1", copy],
                        standardInput: "/state/profile_default/swiftpx-100-abcd-engine.json", host: "user@n1")))
        #expect(
            steps[1]
                == .start(
                    LaunchCommand(
                        name: "ssh user@n1 engine 0", arguments: ssh + ["user@n1", engine],
                        logName: "ssh-user_n1-0", host: "user@n1"), engines: 1))
        #expect(
            steps[4]
                == .start(
                    LaunchCommand(
                        name: "ssh n 2 engine 0", arguments: ssh + ["n 2", engine],
                        logName: "ssh-n_2-0", host: "n 2"), engines: 1))
        let stop = SSHLauncher().stopCommands(context, jobID: nil)
        #expect(stop.map(\.arguments) == [ssh + ["user@n1", "rm -f \(remote)"], ssh + ["n 2", "rm -f \(remote)"]])
    }

    @Test func slurmWritesAScriptAndSubmitsIt() throws {
        let context = Self.context {
            $0.engineCount = 4
            $0.launcher = .slurm
            $0.sbatchOptions = ["--partition=debug", "--time=30"]
            $0.plugins = ["/lib/my plugin.so"]
        }
        let steps = try SlurmLauncher().startSteps(context)
        let script = """
            #!/bin/sh
            #SBATCH --job-name=swiftpx-100-abcd
            #SBATCH --ntasks=4
            #SBATCH --output=/state/profile_default/log/slurm-%j.log
            #SBATCH --export=ALL
            #SBATCH --partition=debug
            #SBATCH --time=30
            # Written by swiftpx cluster start. Each task is one engine; its engine ID is its rank (SLURM_PROCID).
            exec srun /opt/swiftpx engine --file /state/profile_default/swiftpx-100-abcd-engine.json --plugin \
            '/lib/my plugin.so'

            """
        #expect(
            steps == [
                .writeFile(path: "/state/profile_default/swiftpx-100-abcd.sbatch", contents: script, mode: 0o700),
                .submit(
                    LaunchCommand(
                        name: "sbatch",
                        arguments: [
                            "sbatch", "--parsable", "/state/profile_default/swiftpx-100-abcd.sbatch",
                        ])),
            ])
        #expect(SlurmLauncher().stopCommands(context, jobID: nil).isEmpty)
        #expect(SlurmLauncher().stopCommands(context, jobID: "42").map(\.arguments) == [["scancel", "42"]])
    }

    @Test(arguments: [("42\n", "42"), ("1234;cluster\n", "1234"), ("warning: x\n77\n", "77"), ("error\n", nil)])
    func jobIDsAreReadFromSbatch(_ output: String, _ id: String?) {
        #expect(SlurmLauncher.jobID(fromSubmitOutput: output) == id)
    }
}
