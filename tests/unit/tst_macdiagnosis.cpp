// The whole engine on a recorded Mac: Diagnosis runs over the macOS System, whose commands are
// answered from tests/fixtures/macos. Connections are real: to a loopback HTTP server this test
// runs, whose port the replayed lsof and netstat are made to show for the recorded Python pid.

#include "platform/posix/connect.h"
#include "platform/posix/netcalls.h"
#include "tst_macreplay.h"
#include "wizard/diagnosis.h"
#include "wizard/target.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <atomic>
#include <cerrno>

using namespace ld;
using namespace ld::platform;
using namespace ld::test::mac;
namespace cmd = ld::platform::maccommands;

namespace {

// A tiny HTTP server on 127.0.0.1 and ::1 (one port), with its own event loop in its own thread:
// Diagnosis::run() blocks the test's thread, and the engine may hold several connections at once.
class HttpThread final : public QThread {
public:
    static inline std::atomic_bool s_airTunes{false}; // answer as AirPlay Receiver does
    quint16 start() {
        QThread::start();
        m_ready.acquire();
        return m_port;
    }
    ~HttpThread() override {
        quit();
        wait();
    }

protected:
    void run() override {
        QTcpServer v4;
        QTcpServer v6;
        // A free port on both loopback addresses: a few tries, as another program may hold it on ::1.
        for (int attempt = 0; attempt < 20 && m_port == 0; ++attempt) {
            if (!v4.listen(QHostAddress::LocalHost, 0))
                break;
            if (v6.listen(QHostAddress::LocalHostIPv6, v4.serverPort()))
                m_port = v4.serverPort();
            else
                v4.close();
        }
        for (QTcpServer* server : {&v4, &v6})
            QObject::connect(server, &QTcpServer::newConnection, server, [server] { accept(*server); });
        m_ready.release();
        exec();
    }

private:
    static void accept(QTcpServer& server) {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            auto request = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, request] {
                *request += socket->readAll();
                if (!request->contains("\r\n\r\n") || request->contains("answered"))
                    return;
                request->append("answered");
                // AirPlay Receiver's answer to a browser, as ControlCenter gives it on 5000/7000.
                socket->write(s_airTunes
                                  ? "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nServer: "
                                    "AirTunes/860.7.1\r\nConnection: close\r\n\r\n"
                                  : "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                                    "Connection: close\r\n\r\nok");
                socket->disconnectFromHost();
            });
        }
    }

    QSemaphore m_ready;
    quint16 m_port = 0;
};

std::string replace(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// Which recorded listener the replay moves onto the test server's port (PythonOnAll: Python on
// *:PORT instead of 127.0.0.1, so that the Mac's LAN address reaches it too).
enum class Moved { Python, ControlCenter, PythonOnAll, Nothing };

// What else the recorded Mac says: its firewall's words, its proxy settings, and connect outcomes
// recorded per address (addresses not named connect for real).
struct Recording {
    QString socketFilter = QStringLiteral("socketfilterfw-four-getters-alf-error-pareto-139.txt");
    QString scutil = QStringLiteral("scutil-proxy-none-yakit-2164.txt");
    std::map<std::string, ConnectAttempt> outcomes;
};

ConnectAttempt recorded(ConnectOutcome outcome, int osError, const char* text, double elapsedMs) {
    ConnectAttempt attempt;
    attempt.outcome = outcome;
    attempt.osError = osError;
    attempt.errorText = text;
    attempt.elapsedMs = elapsedMs;
    return attempt;
}

struct Mac {
    ReplayRunner runner;
    std::unique_ptr<MacSystem> system;
    int connects = 0;
    bool dropConnects = false; // every connection times out, as behind a dropping firewall

    // The recorded Mac, with Python (pid 5120, 127.0.0.1:8000) or ControlCenter (pid 687, *:5000
    // on both families) listening on `port` instead.
    Mac(quint16 port, Moved moved, Recording recording = {}) {
        const std::string p = std::to_string(port);
        std::string lsof = fixtureText(QStringLiteral("lsof-F-listen-c0-T.txt"));
        std::string netstat = fixtureText(QStringLiteral("netstat-anv-sequoia-listen.txt"));
        if (moved == Moved::Python) {
            lsof = replace(lsof, "n127.0.0.1:8000\n", "n127.0.0.1:" + p + "\n");
            netstat = replace(netstat, "127.0.0.1.8000 ", "127.0.0.1." + p + " ");
        } else if (moved == Moved::PythonOnAll) {
            lsof = replace(lsof, "n127.0.0.1:8000\n", "n*:" + p + "\n");
            netstat = replace(netstat, "127.0.0.1.8000         *.*", "*." + p + "                 *.*");
        } else if (moved == Moved::ControlCenter) {
            lsof = replace(lsof, "n*:5000\n", "n*:" + p + "\n");
            netstat = replace(netstat, "*.5000 ", "*." + p + " ");
        }
        recordMac(runner);
        runner.replace(cmd::lsofListeners(), lsof);
        runner.replace(cmd::netstatTcp(), netstat);
        runner.replace(cmd::socketFilterState(), fixtureText(recording.socketFilter));
        runner.replace(cmd::scutilProxy(), fixtureText(recording.scutil));
        MacServices services = quietServices();
        services.connectAll = [this, outcomes = recording.outcomes](const std::vector<IpAddress>& addresses,
                                                                    std::uint16_t to,
                                                                    std::chrono::milliseconds timeout) {
            ++connects;
            std::vector<IpAddress> live;
            for (const IpAddress& address : addresses)
                if (!outcomes.contains(address.toString()))
                    live.push_back(address);
            std::vector<ConnectAttempt> attempts = platform::connectAll(live, to, timeout);
            if (dropConnects)
                for (auto& attempt : attempts)
                    attempt.outcome = platform::ConnectOutcome::TimedOut;
            for (const IpAddress& address : addresses)
                if (const auto it = outcomes.find(address.toString()); it != outcomes.end()) {
                    ConnectAttempt attempt = it->second;
                    attempt.address = address;
                    attempt.port = to;
                    attempts.push_back(attempt);
                }
            return attempts;
        };
        services.canBind = &posix::canBind;
        system = std::make_unique<MacSystem>(runner, services);
    }
};

wizard::Report diagnose(Mac& mac, const QString& input, wizard::Intent intent = wizard::Intent::Connect) {
    const wizard::TargetParse parsed = wizard::TargetParser::parse(input);
    if (!parsed.target)
        return {};
    wizard::Options options;
    options.intent = intent;
    options.timeout = std::chrono::milliseconds(1500);
    return wizard::Diagnosis(*mac.system, *parsed.target, options).run();
}

QStringList findingIds(const wizard::Report& report) {
    QStringList ids;
    for (const wizard::StepResult& step : report.steps)
        for (const wizard::Finding& finding : step.findings)
            ids << finding.id;
    return ids;
}

const wizard::Finding* findingOf(const wizard::Report& report, const QString& id) {
    for (const wizard::StepResult& step : report.steps)
        for (const wizard::Finding& finding : step.findings)
            if (finding.id == id)
                return &finding;
    return nullptr;
}

QString evidenceText(const wizard::Finding* finding) {
    return finding ? QString::fromUtf8(QJsonDocument(finding->evidence).toJson(QJsonDocument::Compact))
                   : QString();
}

// This machine's own non-loopback IPv4 address, playing the Mac's LAN address (the engine asks the
// real interfaces whether an address is this computer's); empty when it has none.
std::string ownAddress() {
    for (const QHostAddress& address : QNetworkInterface::allAddresses())
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() &&
            !address.isLinkLocal())
            return address.toString().toStdString();
    return {};
}

} // namespace

class TestMacDiagnosis final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void outOfRange();
    void recordedListenerOnLoopback();
    void airPlayStyleListenerOnBothFamilies();
    void serveFindsThePortTaken();
    void airPlayOn5000WhenServing();
    void blockAllOnTheMacsAddress();
    void localNetworkPrivacy();
    void systemProxyFromScutil();

private:
    std::unique_ptr<HttpThread> m_http;
    quint16 m_port = 0;
};

void TestMacDiagnosis::initTestCase() {
    m_http = std::make_unique<HttpThread>();
    m_port = m_http->start();
    QVERIFY2(m_port != 0, "no port free on both 127.0.0.1 and ::1");
}

void TestMacDiagnosis::cleanupTestCase() {
    m_http.reset();
}

void TestMacDiagnosis::outOfRange() {
    Mac mac(m_port, Moved::Python);
    const wizard::Report report = diagnose(mac, QStringLiteral("localhost:619009"));
    QCOMPARE(report.verdict.finding, QStringLiteral("port.out_of_range"));
    QCOMPARE(mac.connects, 0); // nothing to connect to
    const wizard::Finding* finding = findingOf(report, QStringLiteral("port.out_of_range"));
    QVERIFY(finding);
    QStringList ports;
    for (const wizard::Fix& fix : finding->fixes)
        ports << fix.params.value(QStringLiteral("port")).toString();
    QVERIFY2(ports.contains(QStringLiteral("61900")), qPrintable(ports.join(u',')));
    const QJsonObject system =
        wizard::reportToJson(report, *mac.system).value(QStringLiteral("system")).toObject();
    QCOMPARE(system.value(QStringLiteral("os")).toString(), QStringLiteral("macos"));
    QCOMPARE(system.value(QStringLiteral("os_version")).toString(), QStringLiteral("macOS 15.1"));
}

void TestMacDiagnosis::recordedListenerOnLoopback() {
    Mac mac(m_port, Moved::Python);
    const wizard::Report report = diagnose(mac, QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
    QVERIFY2(report.verdict.finding == QLatin1String("ok"), qPrintable(findingIds(report).join(u',')));
    const QStringList ids = findingIds(report);
    QVERIFY(ids.contains(QStringLiteral("server.listening")));
    QVERIFY(ids.contains(QStringLiteral("protocol.http_ok")));
    const wizard::Finding* listening = findingOf(report, QStringLiteral("server.listening"));
    QCOMPARE(listening->evidence.value(QStringLiteral("pid")).toInt(), 5120);
    QCOMPARE(listening->evidence.value(QStringLiteral("program")).toString(), QStringLiteral("Python"));
    QVERIFY(evidenceText(listening).contains(QStringLiteral("-m http.server 8000")));
    // Every connection got through: the firewall is not read at all.
    QVERIFY(ids.contains(QStringLiteral("firewall.not_needed")));
    QVERIFY(!ids.contains(QStringLiteral("firewall.unreadable")));
    // Once a connection fails, pf is read, refuses without root, and the step says which command to
    // run with sudo.
    Mac dropped(m_port, Moved::Python);
    dropped.dropConnects = true;
    const wizard::Report failing = diagnose(dropped, QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
    const QString unreadable = evidenceText(findingOf(failing, QStringLiteral("firewall.unreadable")));
    QVERIFY2(unreadable.contains(QStringLiteral("sudo /sbin/pfctl -s info")), qPrintable(unreadable));
}

void TestMacDiagnosis::airPlayStyleListenerOnBothFamilies() {
    // ControlCenter (AirPlay Receiver) as lsof and netstat showed it: IPv4 and dual-stack IPv6,
    // answering a browser as AirPlay does (403, Server: AirTunes).
    HttpThread::s_airTunes = true;
    Mac mac(m_port, Moved::ControlCenter);
    const wizard::Report report = diagnose(mac, QStringLiteral("localhost:%1").arg(m_port));
    HttpThread::s_airTunes = false;
    QVERIFY2(report.verdict.finding == QLatin1String("conflict.airplay_receiver"),
             qPrintable(findingIds(report).join(u',')));
    QVERIFY2(report.verdict.explains.contains(QStringLiteral("protocol.http_error")),
             qPrintable(report.verdict.explains.join(u',')));
    const wizard::Finding* listening = findingOf(report, QStringLiteral("server.listening"));
    QVERIFY(listening);
    QCOMPARE(listening->evidence.value(QStringLiteral("program")).toString(),
             QStringLiteral("ControlCenter"));
    QCOMPARE(listening->evidence.value(QStringLiteral("listeners")).toArray().size(), 2);
    QVERIFY(!findingIds(report).contains(QStringLiteral("server.address_family_mismatch")));
    // macOS 15.1 from sw_vers: the System Settings path of macOS 13 and later.
    QVERIFY(findingOf(report, QStringLiteral("conflict.airplay_receiver"))
                ->detail.contains(
                    QStringLiteral("System Settings › General › AirDrop & Handoff › AirPlay Receiver")));
}

void TestMacDiagnosis::airPlayOn5000WhenServing() {
    // The recorded Mac as it is: ControlCenter on *:5000. A Flask user's "my server won't start".
    Mac mac(m_port, Moved::Nothing);
    const wizard::Report report = diagnose(mac, QStringLiteral("localhost:5000"), wizard::Intent::Serve);
    QCOMPARE(report.verdict.finding, QStringLiteral("conflict.airplay_receiver"));
    QVERIFY(report.verdict.explains.contains(QStringLiteral("conflict.port_in_use")));
    const wizard::Finding* airPlay = findingOf(report, QStringLiteral("conflict.airplay_receiver"));
    QCOMPARE(airPlay->evidence.value(QStringLiteral("pid")).toInteger(), 687);
    QCOMPARE(report.verdict.nextAction.isEmpty(), false); // another free port is offered
}

void TestMacDiagnosis::blockAllOnTheMacsAddress() {
    const std::string own = ownAddress();
    if (own.empty())
        QSKIP("this machine has no non-loopback IPv4 address to play the Mac's LAN address");
    // Block all + stealth (socketfilterfw's words); Python on *:PORT; the LAN address gets no answer.
    Recording recording;
    recording.socketFilter = QStringLiteral("socketfilterfw-getters-new-wording.txt");
    recording.outcomes[own] = recorded(ConnectOutcome::TimedOut, ETIMEDOUT, "Operation timed out", 1500);
    Mac mac(m_port, Moved::PythonOnAll, recording);
    const QString input = QStringLiteral("http://%1:%2/").arg(QString::fromStdString(own)).arg(m_port);
    const wizard::Report report = diagnose(mac, input);
    QVERIFY2(report.verdict.finding == QLatin1String("firewall.block_all"),
             qPrintable(findingIds(report).join(u',')));
    QVERIFY(report.verdict.explains.contains(QStringLiteral("firewall.dropping")));
    QCOMPARE(
        findingOf(report, QStringLiteral("server.listening"))->evidence.value(QStringLiteral("pid")).toInt(),
        5120);

    // The same Mac, checked on localhost: healthy, the block-all mode only said.
    Mac loopback(m_port, Moved::PythonOnAll, recording);
    const wizard::Report healthy = diagnose(loopback, QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
    QVERIFY2(healthy.verdict.finding == QLatin1String("ok"), qPrintable(findingIds(healthy).join(u',')));
}

void TestMacDiagnosis::localNetworkPrivacy() {
    const std::string own = ownAddress();
    if (own.empty())
        QSKIP("this machine has no non-loopback IPv4 address to play the Mac's LAN address");
    // Sequoia refuses the LAN address at once with EHOSTUNREACH; loopback (a real connection to the
    // test's server) works: the differential that names Local Network privacy.
    Recording recording;
    recording.outcomes[own] = recorded(ConnectOutcome::Unreachable, EHOSTUNREACH, "No route to host", 0.4);
    Mac mac(m_port, Moved::PythonOnAll, recording);
    const QString input = QStringLiteral("http://%1:%2/").arg(QString::fromStdString(own)).arg(m_port);
    const wizard::Report report = diagnose(mac, input);
    QVERIFY2(report.verdict.finding == QLatin1String("firewall.local_network_denied"),
             qPrintable(findingIds(report).join(u',')));
    const wizard::Finding* denied = findingOf(report, QStringLiteral("firewall.local_network_denied"));
    QVERIFY(denied->detail.contains(QStringLiteral("System Settings › Privacy & Security › Local Network")));
    QVERIFY2(evidenceText(denied).contains(QStringLiteral("\"loopback_control\":{\"address\":\"127.0.0.1\"")),
             qPrintable(evidenceText(denied)));
    QVERIFY(evidenceText(denied).contains(QStringLiteral("\"outcome\":\"connected\"")));
}

void TestMacDiagnosis::systemProxyFromScutil() {
    // No proxy variables; `scutil --proxy` says HTTP through 127.0.0.1:8118 with the default
    // exceptions (*.local, 169.254/16), which do not cover 127.0.0.1.
    Recording recording;
    recording.scutil = QStringLiteral("scutil-proxy-http-privoxy-drduh.txt");
    Mac mac(m_port, Moved::Python, recording);
    const wizard::Report report = diagnose(mac, QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
    QVERIFY2(report.verdict.finding == QLatin1String("proxy.localhost_via_proxy"),
             qPrintable(findingIds(report).join(u',')));
    const wizard::Finding* proxy = findingOf(report, QStringLiteral("proxy.localhost_via_proxy"));
    const QJsonObject system = proxy->evidence.value(QStringLiteral("system_proxy")).toObject();
    QCOMPARE(system.value(QStringLiteral("source")).toString(),
             QString::fromStdString(cmd::scutilProxy().text()));
    QCOMPARE(system.value(QStringLiteral("port")).toInt(), 8118);
    QVERIFY(proxy->detail.contains(QStringLiteral("127.0.0.1:8118")));
}

void TestMacDiagnosis::serveFindsThePortTaken() {
    Mac mac(m_port, Moved::ControlCenter);
    const wizard::Report report =
        diagnose(mac, QStringLiteral("localhost:%1").arg(m_port), wizard::Intent::Serve);
    // Held by ControlCenter: AirPlay Receiver is the reason the port is taken.
    QCOMPARE(report.verdict.finding, QStringLiteral("conflict.airplay_receiver"));
    const wizard::Finding* inUse = findingOf(report, QStringLiteral("conflict.port_in_use"));
    QVERIFY(inUse);
    QVERIFY(evidenceText(inUse).contains(QStringLiteral("ControlCenter")));
    QCOMPARE(inUse->explainedBy, QStringLiteral("conflict.airplay_receiver"));
}

QTEST_GUILESS_MAIN(TestMacDiagnosis)
#include "tst_macdiagnosis.moc"
