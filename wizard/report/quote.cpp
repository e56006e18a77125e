#include "wizard/report/quote.h"

namespace ld::wizard {

QString quoteInput(const QString& input, int max) {
    max = std::max(max, 2);
    QString out = input.size() > max ? input.left(max - 1) : input;
    if (out.size() < input.size() && out.back().isHighSurrogate())
        out.chop(1); // never half a character
    for (QChar& c : out)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    if (out.size() < input.size())
        out += QChar(0x2026);
    return out;
}

} // namespace ld::wizard
