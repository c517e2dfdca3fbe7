@preconcurrency import Glibc
import PXTestSupport

/// What the scale-out tests need from the machine; `scripts/install-dependencies --tests` installs it all,
/// so in CI none of these tests is skipped.
enum Prerequisites {
    static var isRoot: Bool { geteuid() == 0 }
    static var hasMPI: Bool { ProcessRunner.locate("mpiexec") != nil }
    static var sshd: String? {
        for path in ["/usr/sbin/sshd", "/usr/bin/sshd"] where access(path, X_OK) == 0 { return path }
        return nil
    }
    static var hasSSH: Bool {
        sshd != nil && ProcessRunner.locate("ssh") != nil && ProcessRunner.locate("ssh-keygen") != nil
    }
    static var hasIP: Bool { ProcessRunner.locate("ip") != nil }
}
