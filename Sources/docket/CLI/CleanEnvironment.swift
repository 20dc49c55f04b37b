import Foundation

/// An installed (setuid) docket never runs on an environment that could redirect it. The
/// dynamic loader already drops LD_* and glibc's list (LD_PRELOAD, GCONV_PATH, TMPDIR…) for a
/// setuid start; the Swift runtime reads its own SWIFT_* settings (SWIFT_BACKTRACE names a
/// program to run on a crash) as it starts, before main. So when any of these is set, docket
/// starts itself again, at once, without them: the runtime never acts on them.
/// DOCKET_NOW (the test clock) would let a person date events in the shared audit log.
/// Paths the rest of the environment names (TERMINFO, DOCKET_THEMES, XDG_CONFIG_HOME, DOCKET_DB
/// other than the shared database) are opened after ServiceRights has set the rights back to
/// the person's, so they reach only what the person could read anyway; they are left alone.
enum CleanEnvironment {
    static func isRefused(_ name: String) -> Bool {
        name.hasPrefix("LD_") || name.hasPrefix("SWIFT_") || name == "DOCKET_NOW"
    }

    static func restartIfNeeded() {
        let env = ProcessInfo.processInfo.environment
        guard env.keys.contains(where: isRefused) else { return }
        let kept = env.filter { !isRefused($0.key) }.map { "\($0.key)=\($0.value)" }
        var envp: [UnsafeMutablePointer<CChar>?] = kept.map { strdup($0) } + [nil]
        execve("/proc/self/exe", CommandLine.unsafeArgv, &envp)
        FileHandle.standardError.write(Data("docket: could not restart without the refused environment (\(String(cString: strerror(errno)))); unset LD_*, SWIFT_* and DOCKET_NOW and run it again\n".utf8))
        exit(1)
    }
}
