#if FUZZING
import Foundation
import FuzzTargets

/// libFuzzer's driver (in the runtime `-sanitize=fuzzer` links): parses libFuzzer's options
/// from the command line and calls `callback` once per input. Declared here because no
/// header of the toolchain's is importable from Swift; every argument is a plain pointer or
/// integer, so the Swift and C calling conventions agree.
@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The fuzz target chosen by the environment variable `FUZZ_TARGET`, and the hand-over to
/// libFuzzer.
enum FuzzEntry {
    /// The chosen target, read once; the run stops at once with the list of names when the
    /// variable is missing or names no target.
    static let target: @Sendable (Data) -> Void = {
        let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
        guard let found = FuzzTargets.all.first(where: { $0.name == name }) else {
            let names = FuzzTargets.names.joined(separator: ", ")
            let value = name.isEmpty ? "unset" : "\"\(name)\""
            FileHandle.standardError.write(Data("broadsheet-fuzz: FUZZ_TARGET is \(value); set it to one of: \(names)\n".utf8))
            exit(2)
        }
        return found.run
    }()

    /// Runs libFuzzer with the process's arguments; its result is the exit status.
    static func runDriver() -> Int32 {
        _ = target
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        return llvmFuzzerRunDriver(&argc, &argv, fuzzTestOneInput)
    }
}

/// libFuzzer's entry point: runs the chosen target on one input. A failed property traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzEntry.target(data)
    return 0
}
#endif
