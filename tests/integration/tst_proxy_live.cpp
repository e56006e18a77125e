// The proxy rules against the real clients installed here: a recording proxy and a target on
// loopback, then curl, wget, Python urllib and requests run under several no_proxy values. Each
// must do what proxyrules predicts for it.

#include "support/peers.h"
#include "wizard/proxy/proxyrules.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace ld::wizard::proxy;

Q_DECLARE_METATYPE(ld::wizard::proxy::Client)

class TestProxyLive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clients_data();
    void clients();
    void recommendedValueWorks_data();
    void recommendedValueWorks();

private:
    // Runs one client on url under env; "proxy", "direct", or what went wrong.
    QString observe(Client client, const QString& url, const Environment& env);
    Environment baseEnv() const;
    QStringList hosts() const;

    QTemporaryDir m_dir;
    ld::test::Peer m_proxy;
    ld::test::Peer m_target;
    quint16 m_proxyPort = 0;
    quint16 m_targetPort = 0;
    bool m_ipv6 = false;
    bool m_requests = false;
    bool m_wget = false;
};

static const char* const kTargetBody = "direct-target";

void TestProxyLive::initTestCase() {
    if (!ld::test::haveProgram(QStringLiteral("python3")))
        QSKIP("python3 is not installed: it runs the proxy, the target and urllib");
    if (!ld::test::haveProgram(QStringLiteral("curl")))
        QSKIP("curl is not installed");
    QVERIFY(m_dir.isValid());
    QFile index(m_dir.filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(kTargetBody);
    index.close();

    QTcpServer probe;
    m_ipv6 = probe.listen(QHostAddress::LocalHostIPv6, 0);
    probe.close();

    m_proxyPort = ld::test::freePort();
    for (int i = 0; i < 20 && (m_targetPort == 0 || m_targetPort == m_proxyPort); ++i)
        m_targetPort = ld::test::freePort();
    QVERIFY(m_proxyPort != 0 && m_targetPort != 0 && m_proxyPort != m_targetPort);

    const QString log = m_dir.filePath(QStringLiteral("proxy.log"));
    QVERIFY2(m_proxy.startListening(QStringLiteral("python3"),
                                    {QStringLiteral(LD_PEERS) + QStringLiteral("/recording_proxy.py"),
                                     QString::number(m_proxyPort), log, QStringLiteral("127.0.0.1")},
                                    QStringLiteral("127.0.0.1"), m_proxyPort),
             qPrintable(m_proxy.errorString()));
    // "::" is dual-stack in http.server, so one target answers on 127.0.0.1 and ::1.
    const QString bind = m_ipv6 ? QStringLiteral("::") : QStringLiteral("127.0.0.1");
    QVERIFY2(m_target.startListening(QStringLiteral("python3"),
                                     {QStringLiteral("-m"), QStringLiteral("http.server"),
                                      QString::number(m_targetPort), QStringLiteral("--bind"), bind,
                                      QStringLiteral("--directory"), m_dir.path()},
                                     QStringLiteral("127.0.0.1"), m_targetPort),
             qPrintable(m_target.errorString()));
    if (m_ipv6)
        QVERIFY(ld::test::waitForListening(QStringLiteral("::1"), m_targetPort));

    m_wget = ld::test::haveProgram(QStringLiteral("wget"));
    QProcess check;
    check.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import requests")});
    m_requests =
        check.waitForFinished(10000) && check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0;
}

Environment TestProxyLive::baseEnv() const {
    // A clean environment: only what the clients need, and our proxy in both spellings.
    Environment env;
    env["PATH"] = qEnvironmentVariable("PATH").toStdString();
    env["HOME"] = qEnvironmentVariable("HOME").toStdString();
    if (qEnvironmentVariableIsSet("PYENV_ROOT"))
        env["PYENV_ROOT"] = qEnvironmentVariable("PYENV_ROOT").toStdString();
    const std::string proxy = "http://127.0.0.1:" + std::to_string(m_proxyPort);
    env["http_proxy"] = proxy;
    env["HTTP_PROXY"] = proxy;
    return env;
}

QStringList TestProxyLive::hosts() const {
    QStringList list{QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    if (m_ipv6)
        list << QStringLiteral("::1");
    return list;
}

QString TestProxyLive::observe(Client client, const QString& url, const Environment& env) {
    QStringList command;
    switch (client) {
    case Client::Curl:
        command = {QStringLiteral("curl"), QStringLiteral("-s"), QStringLiteral("--max-time"),
                   QStringLiteral("5"), url};
        break;
    case Client::Wget:
        command = {QStringLiteral("wget"), QStringLiteral("-q"), QStringLiteral("-T"),
                   QStringLiteral("5"),    QStringLiteral("-t"), QStringLiteral("1"),
                   QStringLiteral("-O"),   QStringLiteral("-"),  url};
        break;
    case Client::PythonUrllib:
        command = {QStringLiteral("python3"), QStringLiteral("-c"),
                   QStringLiteral(
                       "import sys, urllib.request; "
                       "sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode())"),
                   url};
        break;
    case Client::PythonRequests:
        command = {QStringLiteral("python3"), QStringLiteral("-c"),
                   QStringLiteral(
                       "import sys, requests; sys.stdout.write(requests.get(sys.argv[1], timeout=5).text)"),
                   url};
        break;
    default:
        return QStringLiteral("not runnable here");
    }
    QProcessEnvironment penv;
    for (const auto& [name, value] : env)
        penv.insert(QString::fromStdString(name), QString::fromStdString(value));
    QProcess process;
    process.setProcessEnvironment(penv);
    process.start(command.takeFirst(), command);
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished(2000);
        return QStringLiteral("timed out");
    }
    const QByteArray out = process.readAllStandardOutput();
    if (out.contains("via-proxy"))
        return QStringLiteral("proxy");
    if (out.contains(kTargetBody))
        return QStringLiteral("direct");
    return QStringLiteral("failed: ") +
           QString::fromLocal8Bit(out + process.readAllStandardError()).left(300);
}

void TestProxyLive::clients_data() {
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<Client>("client");
    const QStringList values{QStringLiteral("UNSET"),
                             QStringLiteral("localhost"),
                             QStringLiteral("127.0.0.1"),
                             QStringLiteral(".localhost"),
                             QStringLiteral("127.0.0.0/8"),
                             QStringLiteral("*"),
                             QStringLiteral("::1"),
                             QStringLiteral("[::1]"),
                             QStringLiteral("localhost,127.0.0.1,::1"),
                             QStringLiteral("localhost,127.0.0.1,::1,[::1]")};
    QList<Client> clients{Client::Curl, Client::PythonUrllib};
    if (m_wget)
        clients << Client::Wget;
    if (m_requests)
        clients << Client::PythonRequests;
    for (const QString& value : values) {
        for (const QString& host : hosts()) {
            for (const Client client : clients) {
                QTest::addRow("%s | %s | %s", qPrintable(value), qPrintable(host),
                              qPrintable(clientId(client)))
                    << value << host << client;
            }
        }
    }
}

void TestProxyLive::clients() {
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(Client, client);
    Environment env = baseEnv();
    if (noProxy != QLatin1String("UNSET")) {
        env["no_proxy"] = noProxy.toStdString();
        env["NO_PROXY"] = noProxy.toStdString();
    }
    const Url url{QStringLiteral("http"), host, m_targetPort};
    const QString text = QStringLiteral("http://%1:%2/").arg(url.hostForUrl()).arg(m_targetPort);
    const Decision predicted = decide(client, env, url);
    QCOMPARE(observe(client, text, env), routeName(predicted.route));
}

void TestProxyLive::recommendedValueWorks_data() {
    QTest::addColumn<QString>("host");
    for (const QString& host : hosts())
        QTest::newRow(qPrintable(host)) << host;
}

void TestProxyLive::recommendedValueWorks() {
    // What the proxy step tells the user to run really sends these clients direct.
    QFETCH(QString, host);
    Environment env = baseEnv();
    env["no_proxy"] = "corp.example";
    const Url url{QStringLiteral("http"), host, m_targetPort};
    const NoProxyAdvice advice = adviseNoProxy(env, url);
    QVERIFY(advice.value.startsWith(QStringLiteral("corp.example,localhost,127.0.0.1,::1")));
    for (const QString& name : advice.variables)
        env[name.toStdString()] = advice.value.toStdString();
    const QString text = QStringLiteral("http://%1:%2/").arg(url.hostForUrl()).arg(m_targetPort);
    QList<Client> clients{Client::Curl, Client::PythonUrllib};
    if (m_wget)
        clients << Client::Wget;
    if (m_requests)
        clients << Client::PythonRequests;
    for (const Client client : clients) {
        QVERIFY(!advice.remaining.contains(client));
        QCOMPARE(observe(client, text, env), QStringLiteral("direct"));
    }
}

QTEST_GUILESS_MAIN(TestProxyLive)
#include "tst_proxy_live.moc"
