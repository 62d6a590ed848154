// broadsheet-fuzz: built with -DFUZZING and -sanitize=fuzzer,address it is a libFuzzer binary;
// otherwise a plain command that replays files through a target. See scripts/fuzz.sh.
//
// SwiftPM on Linux makes this file's entry point the program's `main` (an alias of
// `broadsheet_fuzz_main`), so libFuzzer's own `main` is never linked in: under FUZZING this
// file hands control to libFuzzer's driver itself (FuzzEntry.swift).
import Foundation

#if FUZZING
exit(FuzzEntry.runDriver())
#else
exit(Replay.main(CommandLine.arguments))
#endif
