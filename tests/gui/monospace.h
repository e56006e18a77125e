#pragma once
// Whether a font draws every character the same width, measured: fontconfig does not mark every
// monospace font as such (Noto Sans Mono has no "spacing" property, so QFontInfo::fixedPitch()
// says false), while what the user sees, and what a caret under a column needs, is the width.

#include <QFont>
#include <QFontMetrics>
#include <QString>

namespace ld::test {

inline bool drawsMonospace(const QFont& font) {
    const QFontMetrics metrics(font);
    const int narrow = metrics.horizontalAdvance(QStringLiteral("iiiiillll....."));
    return narrow > 0 && narrow == metrics.horizontalAdvance(QStringLiteral("MMMMMWWWWW@@@@"));
}

} // namespace ld::test
