import CCrypto
import Foundation

/// SHA-256, from OpenSSL's libcrypto: the names of files `broadsheet fetch` stores (two
/// addresses with the same bytes share one file) and the fingerprints in its state.
///
/// ```swift
/// SHA256.hex(Data("abc".utf8))   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public enum SHA256 {
    /// The digest of `data` as 64 lowercase hex digits.
    public static func hex(_ data: Data) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = data.withUnsafeBytes { bytes in
            EVP_Digest(bytes.baseAddress, bytes.count, &digest, &length, EVP_sha256(), nil)
        }
        // EVP_Digest fails only when out of memory or when the algorithm is missing from the
        // library, neither of which a caller could handle.
        precondition(ok == 1 && length == 32, "libcrypto's SHA-256 failed")
        return digest[..<Int(length)].map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
