// Text of a stdio server's output for findings: a bounded quote, the stderr line that names the
// problem, sizes in MB.
#include "wizard/mcp/stdiotext.h"

#include <QRegularExpression>

namespace ld::wizard {

QString quoteOutput(const QByteArray& bytes) {
    QString text = QString::fromUtf8(bytes.left(kOutputQuoteChars * 4)).left(kOutputQuoteChars);
    if (bytes.size() > text.toUtf8().size())
        text += QStringLiteral("…");
    return text;
}

// The stderr line that names the problem: Node prints the error before its stack and a version
// footer after it; Python prints the exception last.
QString stderrHeadline(const QStringList& tail) {
    static const QRegularExpression error(
        QStringLiteral(R"re(Error\b|Exception\b|error:|ENOENT|EACCES|not found|No such file|denied)re"));
    for (auto it = tail.crbegin(); it != tail.crend(); ++it)
        if (it->contains(error))
            return *it;
    for (auto it = tail.crbegin(); it != tail.crend(); ++it)
        if (!it->startsWith(QLatin1String("at ")) && !it->startsWith(QLatin1String("Node.js v")))
            return *it;
    return tail.last();
}

QString megabytes(qint64 bytes) {
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1);
}

} // namespace ld::wizard
