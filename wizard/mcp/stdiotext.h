#pragma once
// Text of a stdio server's output for findings (stdiotext.cpp).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ld::wizard {

constexpr int kOutputQuoteChars = 300;

// At most kOutputQuoteChars characters of what the server wrote, with "…" when cut.
QString quoteOutput(const QByteArray& bytes);
// The stderr line that names the problem: Node prints the error before its stack and a version
// footer after it; Python prints the exception last. `tail` must not be empty.
QString stderrHeadline(const QStringList& tail);
// Bytes as megabytes with one decimal ("4.0").
QString megabytes(qint64 bytes);

} // namespace ld::wizard
