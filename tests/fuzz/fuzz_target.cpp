// The address grammar must never crash, whatever is pasted into it.
#include "wizard/target.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = ld::wizard::TargetParser::parse(input);
    if (parsed.target) {
        (void)parsed.target->url();
        if (parsed.target->port && (*parsed.target->port < 1 || *parsed.target->port > 65535))
            __builtin_trap();
    } else if (parsed.error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    return 0;
}
