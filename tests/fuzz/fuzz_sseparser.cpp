// libFuzzer target for the Server-Sent Events parser the MCP probe reads HTTP replies with.
#include "wizard/mcp/sseparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    ld::wizard::SseParser whole(256);
    const auto events = whole.feed(bytes);
    // However the stream is cut, the same events come out (unless the bound stopped either).
    ld::wizard::SseParser split(256);
    QList<ld::wizard::SseEvent> parts;
    const qsizetype half = bytes.size() / 2;
    parts << split.feed(bytes.left(half));
    parts << split.feed(bytes.mid(half));
    if (whole.bufferedBytes() > 256 + 1 || split.bufferedBytes() > 256 + 1)
        __builtin_trap();
    if (!whole.overflow() && !split.overflow()) {
        if (events.size() != parts.size())
            __builtin_trap();
        for (qsizetype i = 0; i < events.size(); ++i)
            if (events[i].data != parts[i].data || events[i].event != parts[i].event)
                __builtin_trap();
    }
    return 0;
}
