// A 401 without resource_metadata: the probe looks where clients look for the OAuth
// protected-resource metadata (the path-inserted and the root form) and reports each URL tried.
#include "support/peers.h"
#include "wizard/mcp/mcpprobe.h"
#include "wizard/mcp/oauthmetadata.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace ld::wizard;

class TestMcpOauth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void urls() {
        const QList<QUrl> urls = protectedResourceMetadataUrls(QUrl("http://127.0.0.1:9/mcp/"));
        QCOMPARE(urls.size(), 2);
        QCOMPARE(urls.at(0).toString(),
                 QStringLiteral("http://127.0.0.1:9/.well-known/oauth-protected-resource/mcp"));
        QCOMPARE(urls.at(1).toString(),
                 QStringLiteral("http://127.0.0.1:9/.well-known/oauth-protected-resource"));
        QCOMPARE(protectedResourceMetadataUrls(QUrl("http://h:1/")).size(), 1);
    }

    void lookedFor_data() {
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("tried");
        QTest::addColumn<bool>("found");
        QTest::addRow("inserted") << "inserted" << 1 << true;
        QTest::addRow("root") << "root" << 2 << true;
        QTest::addRow("none") << "none" << 2 << false;
    }

    void lookedFor() {
        QFETCH(QString, where);
        QFETCH(int, tried);
        QFETCH(bool, found);
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed; the OAuth peer is a Python script");
        const quint16 port = ld::test::freePort();
        ld::test::Peer server;
        QVERIFY2(server.startListening(python,
                                       {QStringLiteral(LD_PEERS) + QStringLiteral("/mcp_oauth_peer.py"),
                                        QString::number(port), where},
                                       QStringLiteral("127.0.0.1"), port),
                 qPrintable(server.errorString()));
        McpProbeLimits limits;
        limits.handshakeTimeout = std::chrono::milliseconds(5000);
        const McpProbeResult result =
            probeHttpServer(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port), limits);
        QVERIFY(!result.findings.isEmpty());
        const Finding& first = result.findings.first();
        QCOMPARE(first.id, QStringLiteral("mcp.unauthorized"));
        const QJsonArray urls = first.evidence.value("metadata_tried").toArray();
        QCOMPARE(urls.size(), tried);
        QCOMPARE(urls.last().toObject().value("found").toBool(), found);
        for (const QJsonValue& url : urls)
            QVERIFY(first.detail.contains(url.toObject().value("url").toString()) || found);
    }
};

QTEST_GUILESS_MAIN(TestMcpOauth)
#include "tst_mcpoauth.moc"
