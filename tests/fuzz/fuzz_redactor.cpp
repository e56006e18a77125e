// libFuzzer target for the redactor: any text, plain or as an MCP config, never crashes it, every
// highlight lies inside the output, and a key planted anywhere in the text never survives, nor
// a password given as ["--password", "VALUE"]. JSON escaped inside strings is scanned too.
#include "wizard/bundle/redactor.h"

#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ld::wizard::RedactionIdentity identity;
    identity.home = QStringLiteral("/home/fuzzuser");
    identity.userNames = {QStringLiteral("fuzzuser")};
    ld::wizard::Redactor redactor(identity);

    QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    static const QString planted = QStringLiteral("sk-ant-api03-Zq8Xw2Lp5Vn7Rb3Tc9Km4Hd6Jf1Gs0AyPu");
    // And one found by context only: a flag and its value as two array items.
    static const QString contextOnly = QStringLiteral("Zebra-Fuzz-Planted-77");
    const qsizetype at = size > 0 ? qsizetype(data[0]) * text.size() / 256 : 0;
    text.insert(at, u' ' + planted + u' ');
    const qsizetype at2 = size > 1 ? qsizetype(data[1]) * text.size() / 256 : text.size();
    text.insert(at2, QStringLiteral(R"( ["--password", "%1"] )").arg(contextOnly));

    for (const bool config : {false, true}) {
        const ld::wizard::Redacted out = config ? redactor.redactMcpConfig(text) : redactor.redactText(text);
        if (out.text.contains(planted) || out.text.contains(contextOnly))
            __builtin_trap();
        for (const ld::wizard::RedactionSpan& span : out.spans)
            if (span.start < 0 || span.length <= 0 || span.start + span.length > out.text.size())
                __builtin_trap();
        // A second pass over redacted text finds nothing new to replace of the planted key.
        if (redactor.redactText(out.text).text.contains(planted))
            __builtin_trap();
    }
    return 0;
}
