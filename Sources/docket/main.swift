import Foundation

// Installed setuid: harden, then work with the person's rights (ServiceRights says why).
ServiceRights.dropAtStart()
setvbuf(Glibc.stdout, nil, _IOFBF, 1 << 16)
// Past the file size limit (`ulimit -f`) a write fails with EFBIG and Docket says "disk full";
// the default SIGXFSZ would kill it mid-command without a word.
signal(SIGXFSZ, SIG_IGN)
let code = DocketCLI.run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
                         stdout: { print($0) }, stderr: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
fflush(Glibc.stdout)
exit(code)
