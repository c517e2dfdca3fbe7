@preconcurrency import Glibc
import PXTestSupport

/// A private single-node Slurm: `slurmctld` and `slurmd` on loopback with a generated `slurm.conf`
/// (no munge: `auth/none`), state and logs in a test directory. Client commands find it through
/// ``environment`` (`SLURM_CONF`). Stopped with ``stop()``.
final class LocalSlurm {
    let directory: String
    private var daemons: [BackgroundProcess] = []

    /// `SLURM_CONF` for `sbatch`, `squeue`, `scancel` and `swiftpx`.
    var environment: [String: String] { ["SLURM_CONF": directory + "/slurm.conf"] }

    /// Whether Slurm's daemons and client commands are installed.
    static var isInstalled: Bool {
        ["slurmctld", "slurmd", "sbatch", "squeue", "scancel", "sinfo"].allSatisfy {
            ProcessRunner.locate($0) != nil || access("/usr/sbin/\($0)", X_OK) == 0
        }
    }

    /// What the daemons logged, for failure messages.
    var logs: String {
        ["slurmctld.log", "slurmd.log"].map { ProcessRunner.readFile(directory + "/" + $0) }.joined(separator: "\n")
    }

    init(in parent: String) throws {
        directory = parent + "/slurm"
        mkdir(directory, 0o700)
        mkdir(directory + "/state", 0o700)
        mkdir(directory + "/spool", 0o700)
        let node =
            ProcessRunner.run("/usr/bin/env", ["hostname", "-s"], timeout: 10).output
            .split(separator: "\n").first.map(String.init) ?? "localhost"
        let config = """
            ClusterName=swiftpxtest
            SlurmctldHost=\(node)(127.0.0.1)
            SlurmctldPort=\(LoopbackSSHServer.freePort())
            SlurmdPort=\(LoopbackSSHServer.freePort())
            AuthType=auth/none
            CredType=cred/none
            SlurmUser=root
            SlurmdUser=root
            StateSaveLocation=\(directory)/state
            SlurmdSpoolDir=\(directory)/spool
            SlurmctldPidFile=\(directory)/slurmctld.pid
            SlurmdPidFile=\(directory)/slurmd.pid
            SlurmctldLogFile=\(directory)/slurmctld.log
            SlurmdLogFile=\(directory)/slurmd.log
            ProctrackType=proctrack/linuxproc
            TaskPlugin=task/none
            SchedulerType=sched/builtin
            SelectType=select/cons_tres
            SelectTypeParameters=CR_CPU
            SlurmdParameters=config_overrides
            ReturnToService=2
            MpiDefault=none
            JobAcctGatherType=jobacct_gather/none
            AccountingStorageType=accounting_storage/none
            NodeName=\(node) NodeAddr=127.0.0.1 CPUs=4 State=UNKNOWN
            PartitionName=debug Nodes=\(node) Default=YES MaxTime=INFINITE State=UP
            """
        try LoopbackSSHServer.write(directory + "/slurm.conf", config + "\n")
        let conf = directory + "/slurm.conf"
        do {
            daemons.append(
                try BackgroundProcess(
                    ["slurmctld", "-D", "-f", conf],
                    outputFile: directory + "/slurmctld.out", environment: environment))
            daemons.append(
                try BackgroundProcess(
                    ["slurmd", "-D", "-f", conf, "-N", node],
                    outputFile: directory + "/slurmd.out", environment: environment))
            let idle = Deadline.poll(timeout: 60) {
                ProcessRunner.run("/usr/bin/env", ["sinfo", "-h", "-o", "%t"], environment: environment, timeout: 10)
                    .output.hasPrefix("idle")
            }
            guard idle else { throw TestFailure("the Slurm node did not become idle:\n\(logs)") }
        } catch {
            stop()
            throw error
        }
    }

    /// The state of a job as `squeue` shows it, or `""` when it is no longer listed.
    func jobState(_ job: String) -> String {
        ProcessRunner.run(
            "/usr/bin/env", ["squeue", "-h", "-j", job, "-o", "%T"], environment: environment,
            timeout: 10
        ).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func stop() {
        for daemon in daemons.reversed() { daemon.stop() }
        daemons = []
    }
}
