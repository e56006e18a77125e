#include "wizard/probes/replyclassifier.h"

#include <QCoreApplication>
#include <QStringList>

namespace ld::wizard {

namespace {

bool isPrefixOf(const QByteArray& bytes, const char* literal) {
    const QByteArray whole(literal);
    const qsizetype n = qMin(bytes.size(), whole.size());
    return n > 0 && bytes.left(n) == whole.left(n);
}

QByteArray firstLine(const QByteArray& bytes, bool* ended) {
    const qsizetype end = bytes.indexOf('\n');
    *ended = end >= 0;
    return (end >= 0 ? bytes.left(end) : bytes).trimmed();
}

quint32 le32(const QByteArray& b, qsizetype at) {
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16 |
           quint32(quint8(b[at + 3])) << 24;
}

quint32 be32(const QByteArray& b, qsizetype at) {
    return quint32(quint8(b[at])) << 24 | quint32(quint8(b[at + 1])) << 16 | quint32(quint8(b[at + 2])) << 8 |
           quint32(quint8(b[at + 3]));
}

HttpHead parseHttpHead(const QByteArray& bytes) {
    HttpHead head;
    qsizetype end = bytes.indexOf("\r\n\r\n");
    qsizetype bodyAt = end + 4;
    if (end < 0) {
        end = bytes.indexOf("\n\n");
        bodyAt = end + 2;
    }
    head.complete = end >= 0;
    const QByteArray text = head.complete ? bytes.left(end) : bytes;
    Q_UNUSED(bodyAt)
    const QList<QByteArray> lines = text.split('\n');
    const QByteArray statusLine = lines.value(0).trimmed();
    const qsizetype space = statusLine.indexOf(' ');
    head.version = space < 0 ? statusLine : statusLine.left(space);
    if (space >= 0) {
        const QByteArray rest = statusLine.mid(space + 1);
        const QByteArray code = rest.left(3);
        bool ok = code.size() == 3;
        for (const char c : code)
            ok = ok && c >= '0' && c <= '9';
        if (ok && (rest.size() == 3 || rest[3] == ' ')) {
            head.status = code.toInt();
            head.reason = rest.mid(4).trimmed();
        }
    }
    // A head that never ends (a drip, or a bound reached) still yields the headers seen so far.
    const qsizetype last = head.complete ? lines.size() : lines.size() - 1;
    for (qsizetype i = 1; i < last; ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        head.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return head;
}

bool looksLikeMySql(const QByteArray& b, ReplyClass* out) {
    if (b.size() < 5 || b[3] != 0)
        return false;
    const quint32 length = quint32(quint8(b[0])) | quint32(quint8(b[1])) << 8 | quint32(quint8(b[2])) << 16;
    if (length < 3 || length > 1024)
        return false;
    const quint8 first = quint8(b[4]);
    if (first == 0x0a) { // protocol 10: a NUL-terminated version string follows
        const qsizetype nul = b.indexOf('\0', 5);
        const QByteArray version = b.mid(5, nul < 0 ? qsizetype(length) - 1 : nul - 5);
        for (const char c : version)
            if (c < 0x20 || c > 0x7e)
                return false;
        out->detail = QString::fromLatin1(version);
    } else if (first == 0xff) { // an error packet: "Host '...' is not allowed to connect"
        out->detail = QString::fromLatin1(b.mid(7, qsizetype(length) - 3)).trimmed();
    } else {
        return false;
    }
    out->kind = ReplyKind::MySql;
    out->complete = b.size() >= 4 + qsizetype(length);
    return true;
}

bool looksLikePostgresError(const QByteArray& b) {
    // 'E', a big-endian length, then fields tagged S (severity), V, C (code) or M (message).
    if (b.size() < 6 || b[0] != 'E')
        return false;
    const quint32 length = be32(b, 1);
    return length >= 8 && length < 16384 && (b[5] == 'S' || b[5] == 'V' || b[5] == 'C' || b[5] == 'M');
}

bool looksLikeMongoReply(const QByteArray& b) {
    if (b.size() < 16)
        return false;
    const quint32 length = le32(b, 0);
    const quint32 opCode = le32(b, 12);
    return length >= 16 && length <= 48u * 1024 * 1024 && (opCode == 1 || opCode == 2013);
}

// An HTTP/2 server opens with a SETTINGS frame: a 24-bit length (a multiple of 6, the size of one
// setting), type 4, flags 0 (or ACK), stream 0. h2c-only servers (nginx "listen ... http2"
// without TLS, gRPC servers) send it in answer to an HTTP/1.1 request, then GOAWAY.
bool looksLikeHttp2Settings(const QByteArray& b) {
    if (b.size() < 9)
        return false;
    const quint32 length = (quint32(quint8(b[0])) << 16) | (quint32(quint8(b[1])) << 8) | quint8(b[2]);
    const quint8 type = quint8(b[3]);
    const quint8 flags = quint8(b[4]);
    const quint32 stream = be32(b, 5) & 0x7fffffffu;
    return type == 0x04 && (flags & ~0x01) == 0 && stream == 0 && length % 6 == 0 && length <= 16384;
}

} // namespace

QByteArray HttpHead::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

ReplyClass classifyReply(const QByteArray& bytes) {
    ReplyClass out;
    if (bytes.isEmpty())
        return out;

    bool lineEnded = false;
    const QByteArray line = firstLine(bytes, &lineEnded);
    auto greeting = [&](ReplyKind kind) {
        out.kind = kind;
        out.complete = lineEnded;
        out.detail = QString::fromLatin1(line.left(200));
        return out;
    };

    // MongoDB answers an HTTP request on its wire port with an HTTP reply saying so.
    if (bytes.contains("access MongoDB over HTTP")) {
        out.kind = ReplyKind::MongoDb;
        out.complete = true;
        return out;
    }
    if (isPrefixOf(bytes, "HTTP/")) {
        out.kind = ReplyKind::Http;
        out.http = parseHttpHead(bytes);
        out.complete = out.http.complete;
        out.detail = QString::fromLatin1(out.http.header("Server"));
        return out;
    }
    // A TLS record: content type alert (21) or handshake (22), then version 3.x.
    const quint8 b0 = quint8(bytes[0]);
    if ((b0 == 0x15 || b0 == 0x16) && (bytes.size() < 2 || bytes[1] == 0x03) &&
        (bytes.size() < 3 || quint8(bytes[2]) <= 0x04)) {
        out.kind = ReplyKind::Tls;
        out.complete = bytes.size() >= 5;
        return out;
    }
    if (isPrefixOf(bytes, "SSH-"))
        return greeting(ReplyKind::Ssh);
    if (isPrefixOf(bytes, "RFB "))
        return greeting(ReplyKind::Vnc);
    if (bytes.startsWith("+PONG") || bytes.startsWith("-ERR") || bytes.startsWith("-NOAUTH") ||
        bytes.startsWith("-DENIED") || bytes.startsWith("-WRONGPASS") || bytes.startsWith("-WRONGTYPE"))
        return greeting(ReplyKind::Redis);
    if (bytes.startsWith("+OK"))
        return greeting(ReplyKind::Pop3);
    if (bytes.startsWith("* OK") || bytes.startsWith("* PREAUTH") || bytes.startsWith("* BYE"))
        return greeting(ReplyKind::Imap);
    if (bytes.size() >= 4 && bytes.startsWith("220") && (bytes[3] == ' ' || bytes[3] == '-')) {
        const QByteArray upper = bytes.left(4096).toUpper();
        if (upper.contains("SMTP") || upper.contains("POSTFIX") || upper.contains("EXIM") ||
            upper.contains("SENDMAIL") || upper.contains(" 5.5."))
            return greeting(ReplyKind::Smtp);
        if (upper.contains("FTP"))
            return greeting(ReplyKind::Ftp);
        return greeting(ReplyKind::FtpOrSmtp);
    }
    if (looksLikeMySql(bytes, &out))
        return out;
    if (looksLikePostgresError(bytes)) {
        out.kind = ReplyKind::PostgreSql;
        out.complete = bytes.size() >= 1 + qsizetype(be32(bytes, 1));
        // The message field, when present, is the useful part ("unsupported frontend protocol").
        const qsizetype m = bytes.indexOf(QByteArray("\0M", 2));
        if (m >= 0)
            out.detail = QString::fromLatin1(bytes.mid(m + 2, bytes.indexOf('\0', m + 2) - m - 2).left(200));
        return out;
    }
    if (looksLikeHttp2Settings(bytes)) {
        out.kind = ReplyKind::Http2;
        out.complete = true;
        // The frames that came, by type: SETTINGS, WINDOW_UPDATE, GOAWAY (bounded by the bytes read).
        QStringList frames;
        for (qsizetype at = 0; at + 9 <= bytes.size() && frames.size() < 8;) {
            const qsizetype length = (qsizetype(quint8(bytes[at])) << 16) |
                                     (qsizetype(quint8(bytes[at + 1])) << 8) | quint8(bytes[at + 2]);
            const quint8 type = quint8(bytes[at + 3]);
            frames << (type == 0x04   ? QStringLiteral("SETTINGS")
                       : type == 0x08 ? QStringLiteral("WINDOW_UPDATE")
                       : type == 0x07 ? QStringLiteral("GOAWAY")
                                      : QStringLiteral("type %1").arg(type));
            at += 9 + length;
        }
        out.detail = QStringLiteral("HTTP/2 frames: ") + frames.join(QStringLiteral(", "));
        return out;
    }
    if (looksLikeMongoReply(bytes)) {
        out.kind = ReplyKind::MongoDb;
        out.complete = true;
        return out;
    }
    out.kind = ReplyKind::Unknown;
    return out;
}

QString replyService(ReplyKind kind) {
    switch (kind) {
    case ReplyKind::Empty:
        return {};
    case ReplyKind::Http:
        return QStringLiteral("http");
    case ReplyKind::Tls:
        return QStringLiteral("tls");
    case ReplyKind::Ssh:
        return QStringLiteral("ssh");
    case ReplyKind::Smtp:
        return QStringLiteral("smtp");
    case ReplyKind::Ftp:
        return QStringLiteral("ftp");
    case ReplyKind::FtpOrSmtp:
        return QStringLiteral("ftp-or-smtp");
    case ReplyKind::MySql:
        return QStringLiteral("mysql");
    case ReplyKind::Pop3:
        return QStringLiteral("pop3");
    case ReplyKind::Imap:
        return QStringLiteral("imap");
    case ReplyKind::Vnc:
        return QStringLiteral("vnc");
    case ReplyKind::Redis:
        return QStringLiteral("redis");
    case ReplyKind::PostgreSql:
        return QStringLiteral("postgresql");
    case ReplyKind::MongoDb:
        return QStringLiteral("mongodb");
    case ReplyKind::Http2:
        return QStringLiteral("http2");
    case ReplyKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString serviceDisplayName(const QString& service) {
    static const struct {
        const char* id;
        const char* name;
    } names[] = {
        {"http", QT_TRANSLATE_NOOP("Services", "HTTP")},
        {"https", QT_TRANSLATE_NOOP("Services", "HTTPS")},
        {"tls", QT_TRANSLATE_NOOP("Services", "TLS")},
        {"ssh", QT_TRANSLATE_NOOP("Services", "SSH")},
        {"smtp", QT_TRANSLATE_NOOP("Services", "SMTP (mail)")},
        {"ftp", QT_TRANSLATE_NOOP("Services", "FTP")},
        {"ftp-or-smtp", QT_TRANSLATE_NOOP("Services", "FTP or SMTP (mail)")},
        {"mysql", QT_TRANSLATE_NOOP("Services", "MySQL or MariaDB")},
        {"pop3", QT_TRANSLATE_NOOP("Services", "POP3 (mail)")},
        {"imap", QT_TRANSLATE_NOOP("Services", "IMAP (mail)")},
        {"vnc", QT_TRANSLATE_NOOP("Services", "VNC (remote desktop)")},
        {"redis", QT_TRANSLATE_NOOP("Services", "Redis")},
        {"postgresql", QT_TRANSLATE_NOOP("Services", "PostgreSQL")},
        {"mongodb", QT_TRANSLATE_NOOP("Services", "MongoDB")},
        {"http2", QT_TRANSLATE_NOOP("Services", "HTTP/2 only (h2c or gRPC)")},
    };
    for (const auto& entry : names)
        if (service == QLatin1String(entry.id))
            return QCoreApplication::translate("Services", entry.name);
    return QCoreApplication::translate("Services", "an unknown protocol");
}

QString quoteBytes(const QByteArray& bytes, int maxBytes) {
    QString out;
    const qsizetype n = qMin<qsizetype>(bytes.size(), qMax(0, maxBytes));
    for (qsizetype i = 0; i < n; ++i) {
        const quint8 c = quint8(bytes[i]);
        if (c == '\r')
            out += QLatin1String("\\r");
        else if (c == '\n')
            out += QLatin1String("\\n");
        else if (c == '\t')
            out += QLatin1String("\\t");
        else if (c == '\\')
            out += QLatin1String("\\\\");
        else if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(char(c));
        else
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > n)
        out += QStringLiteral("...");
    return out;
}

} // namespace ld::wizard
