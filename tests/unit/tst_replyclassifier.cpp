#include "wizard/probes/replyclassifier.h"

#include <QTest>

using namespace ld::wizard;

Q_DECLARE_METATYPE(ld::wizard::ReplyKind)

class TestReplyClassifier final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classify_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ReplyKind>("kind");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("service");

        QTest::addRow("nothing") << QByteArray() << ReplyKind::Empty << false << QString();
        QTest::addRow("http head") << QByteArray("HTTP/1.0 200 OK\r\nServer: SimpleHTTP/0.6\r\n\r\n<html>")
                                   << ReplyKind::Http << true << "http";
        QTest::addRow("http head bare newlines")
            << QByteArray("HTTP/1.1 404 Not Found\nA: b\n\n") << ReplyKind::Http << true << "http";
        QTest::addRow("http unfinished")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-") << ReplyKind::Http << false << "http";
        QTest::addRow("http first byte of a drip") << QByteArray("H") << ReplyKind::Http << false << "http";
        QTest::addRow("tls alert") << QByteArray::fromHex("15030300020246") << ReplyKind::Tls << true
                                   << "tls";
        QTest::addRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n") << ReplyKind::Ssh << true
                             << "ssh";
        QTest::addRow("ssh no newline yet") << QByteArray("SSH-2.0-Open") << ReplyKind::Ssh << false << "ssh";
        QTest::addRow("smtp") << QByteArray("220 mx.example ESMTP Postfix\r\n") << ReplyKind::Smtp << true
                              << "smtp";
        QTest::addRow("ftp") << QByteArray("220 (vsFTPd 3.0.3)\r\n") << ReplyKind::Ftp << true << "ftp";
        QTest::addRow("220 unknown") << QByteArray("220 welcome\r\n") << ReplyKind::FtpOrSmtp << true
                                     << "ftp-or-smtp";
        QTest::addRow("pop3") << QByteArray("+OK Dovecot ready.\r\n") << ReplyKind::Pop3 << true << "pop3";
        QTest::addRow("imap") << QByteArray("* OK [CAPABILITY IMAP4rev1] ready\r\n") << ReplyKind::Imap
                              << true << "imap";
        QTest::addRow("vnc") << QByteArray("RFB 003.008\n") << ReplyKind::Vnc << true << "vnc";
        QTest::addRow("redis err") << QByteArray("-ERR unknown command 'GET'\r\n") << ReplyKind::Redis << true
                                   << "redis";
        QTest::addRow("redis noauth")
            << QByteArray("-NOAUTH Authentication required.\r\n") << ReplyKind::Redis << true << "redis";
        QTest::addRow("redis pong") << QByteArray("+PONG\r\n") << ReplyKind::Redis << true << "redis";
        QTest::addRow("mysql greeting")
            << QByteArray::fromHex("4a0000000a382e302e333600") + QByteArray(66, 'x') << ReplyKind::MySql
            << true << "mysql";
        QTest::addRow("mysql host not allowed")
            << QByteArray::fromHex("44000000ff6a04") + QByteArray("Host '10.0.0.2' is not allowed to connect")
            << ReplyKind::MySql << false << "mysql";
        QTest::addRow("postgres error") << QByteArray("E\0\0\0\x1aSFATAL\0C0A000\0Mnope\0\0\0", 27)
                                        << ReplyKind::PostgreSql << true << "postgresql";
        QTest::addRow("mongodb http notice")
            << QByteArray(
                   "HTTP/1.0 200 OK\r\n\r\nIt looks like you are trying to access MongoDB over HTTP on the "
                   "native driver port.\r\n")
            << ReplyKind::MongoDb << true << "mongodb";
        QTest::addRow("garbage") << QByteArray("\x01\x02hello") << ReplyKind::Unknown << false << "unknown";
    }
    void classify() {
        QFETCH(QByteArray, bytes);
        QFETCH(ReplyKind, kind);
        QFETCH(bool, complete);
        QFETCH(QString, service);
        const ReplyClass reply = classifyReply(bytes);
        QCOMPARE(reply.kind, kind);
        QCOMPARE(reply.complete, complete);
        QCOMPARE(replyService(reply.kind), service);
    }

    void mongoReply() {
        // OP_MSG reply header: length 32, request 7, responseTo 1, opcode 2013.
        QByteArray bytes = QByteArray::fromHex("20000000070000000100000"
                                               "0dd070000") +
                           QByteArray(16, '\0');
        QCOMPARE(classifyReply(bytes).kind, ReplyKind::MongoDb);
    }

    void httpHead() {
        const ReplyClass reply = classifyReply(
            "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm=\"mcp\"\r\nserver: uvicorn\r\n\r\n");
        QCOMPARE(reply.http.status, 401);
        QCOMPARE(reply.http.reason, QByteArray("Unauthorized"));
        QCOMPARE(reply.http.version, QByteArray("HTTP/1.1"));
        QCOMPARE(reply.http.header("www-authenticate"), QByteArray("Bearer realm=\"mcp\""));
        QCOMPARE(reply.http.header("Server"), QByteArray("uvicorn"));
        QCOMPARE(reply.detail, QStringLiteral("uvicorn"));
        QCOMPARE(classifyReply("HTTP/1.1 2x0 Odd\r\n\r\n").http.status, 0);
    }

    void greetingDetail() {
        QCOMPARE(classifyReply("SSH-2.0-OpenSSH_9.2p1\r\nmore").detail,
                 QStringLiteral("SSH-2.0-OpenSSH_9.2p1"));
        QCOMPARE(classifyReply(QByteArray::fromHex("4a0000000a382e302e333600") + QByteArray(66, 'x')).detail,
                 QStringLiteral("8.0.36"));
    }

    void quoting() {
        QCOMPARE(quoteBytes("ab\r\n\t\\"), QStringLiteral("ab\\r\\n\\t\\\\"));
        QCOMPARE(quoteBytes(QByteArray::fromHex("00ff41")), QStringLiteral("\\x00\\xffA"));
        QCOMPARE(quoteBytes("abcdef", 3), QStringLiteral("abc..."));
    }

    void displayNames() {
        QCOMPARE(serviceDisplayName(QStringLiteral("postgresql")), QStringLiteral("PostgreSQL"));
        QCOMPARE(serviceDisplayName(QStringLiteral("ssh")), QStringLiteral("SSH"));
        QVERIFY(!serviceDisplayName(QStringLiteral("nonsense")).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
