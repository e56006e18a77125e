// Fuzzes the classifier of the bytes a server sends first (HTTP heads, greetings, binary packets).
#include "wizard/probes/replyclassifier.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ld::wizard::ReplyClass reply = ld::wizard::classifyReply(bytes);
    // Touch everything the probe reads, so a bad index shows up under the sanitizers.
    (void)ld::wizard::replyService(reply.kind);
    (void)reply.http.header("Server");
    (void)ld::wizard::quoteBytes(bytes, 64);
    for (qsizetype cut = 0; cut < bytes.size() && cut < 16; ++cut)
        (void)ld::wizard::classifyReply(bytes.left(cut));
    return 0;
}
