// OpenSSL's libcrypto (Debian's libssl-dev), used only for SHA-256, only through the Digest target.
#include <openssl/evp.h>
