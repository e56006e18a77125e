// The protocol probe's race: a server closed on our HTTP request without a word, so the first
// message of each protocol that does that (PostgreSQL's SSLRequest, Redis' PING, MongoDB's hello,
// and a TLS ClientHello) goes out at once on fresh connections; the first decisive answer wins.

#include "wizard/probes/prober.h"

#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <vector>

namespace ld::wizard::probe {

namespace {

QByteArray postgresSslRequest() {
    return QByteArray::fromHex("0000000804d2162f"); // length 8, code 80877103
}

QByteArray mongoHello() {
    // OP_MSG (2013) with one body section: {hello: 1, $db: "admin"}.
    auto le32 = [](QByteArray& out, quint32 value) {
        for (int i = 0; i < 4; ++i)
            out.append(char((value >> (8 * i)) & 0xff));
    };
    QByteArray fields;
    fields.append('\x10').append("hello", 6);
    le32(fields, 1);
    fields.append('\x02').append("$db", 4);
    le32(fields, 6);
    fields.append("admin", 6).append('\0');
    QByteArray doc;
    le32(doc, quint32(4 + fields.size()));
    doc += fields;
    QByteArray message;
    le32(message, quint32(16 + 4 + 1 + doc.size()));
    le32(message, 1);     // requestID
    le32(message, 0);     // responseTo
    le32(message, 2013);  // OP_MSG
    le32(message, 0);     // flagBits
    message.append('\0'); // section kind 0: the body
    return message + doc;
}

} // namespace

void Prober::race(bool withTls) {
    struct Attempt {
        QString name;
        QByteArray payload;
        std::unique_ptr<QTcpSocket> socket;
        QByteArray got;
        bool finished = false;
    };
    std::vector<Attempt> attempts;
    if (withTls)
        attempts.push_back(
            {QStringLiteral("tls"), {}, makeInspectingTlsSocket(m_request.peerName), {}, false});
    attempts.push_back(
        {QStringLiteral("postgresql"), postgresSslRequest(), std::make_unique<QTcpSocket>(), {}, false});
    attempts.push_back(
        {QStringLiteral("redis"), QByteArray("PING\r\n"), std::make_unique<QTcpSocket>(), {}, false});
    attempts.push_back({QStringLiteral("mongodb"), mongoHello(), std::make_unique<QTcpSocket>(), {}, false});

    QEventLoop loop;
    Attempt* winner = nullptr;
    auto allFinished = [&attempts] {
        return std::all_of(attempts.begin(), attempts.end(), [](const Attempt& a) { return a.finished; });
    };
    auto decisive = [](const Attempt& a) {
        if (a.name == QLatin1String("postgresql") && (a.got == "N" || a.got == "S"))
            return true;
        const ReplyKind kind = classifyReply(a.got).kind;
        return kind != ReplyKind::Empty && kind != ReplyKind::Unknown;
    };
    for (Attempt& attempt : attempts) {
        QTcpSocket* socket = attempt.socket.get();
        Attempt* a = &attempt;
        if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
            QObject::connect(socket, &QTcpSocket::connected, &loop, [tls] { tls->startClientEncryption(); });
            QObject::connect(tls, &QSslSocket::encrypted, &loop, [&, a] {
                winner = a;
                loop.quit();
            });
        } else {
            QObject::connect(socket, &QTcpSocket::connected, &loop,
                             [socket, a] { socket->write(a->payload); });
            QObject::connect(socket, &QTcpSocket::readyRead, &loop, [&, socket, a] {
                a->got += socket->read(kMaxReply - a->got.size());
                if (decisive(*a)) {
                    winner = a;
                    loop.quit();
                }
            });
        }
        QObject::connect(socket, &QTcpSocket::errorOccurred, &loop, [&, a] {
            a->finished = true;
            if (allFinished())
                loop.quit();
        });
        socket->connectToHost(m_request.address.toString(), m_request.port);
    }
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(int(qMax<qint64>(1, m_deadline.remainingTime())));
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            loop.quit();
    });
    cancelPoll.start(kCancelPollMs);
    QElapsedTimer clock;
    clock.start();
    if (!allFinished())
        loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    for (Attempt& attempt : attempts) {
        attempt.socket->disconnect(&loop);
        Read read;
        read.bytes = attempt.got;
        read.closed = attempt.finished;
        read.ms = ms;
        trace(attempt.name, attempt.payload, read);
    }

    if (winner && winner->name == QLatin1String("tls")) {
        auto* tls = static_cast<QSslSocket*>(winner->socket.get());
        m_result.tlsInfo = inspectTls(*tls);
        m_result.tls = true;
        httpInside(*tls, m_deadline);
        return;
    }
    if (winner) {
        const ReplyClass reply = classifyReply(winner->got);
        if (reply.kind == ReplyKind::Http && reply.http.status > 0) {
            m_result.service = QStringLiteral("http");
            m_result.http = reply.http;
            return;
        }
        m_result.service = reply.kind == ReplyKind::Unknown ? winner->name : replyService(reply.kind);
        m_result.serviceDetail = reply.detail;
        m_result.firstBytes = winner->got.left(256);
        return;
    }
    for (const Attempt& attempt : attempts) {
        if (!attempt.got.isEmpty()) {
            m_result.service = replyService(classifyReply(attempt.got).kind);
            m_result.firstBytes = attempt.got.left(256);
            return;
        }
    }
    m_result.closedSilently = true;
}

} // namespace ld::wizard::probe
