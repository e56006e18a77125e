// FreePortFinder against the real system: held ports are skipped, a port in TIME_WAIT counts as
// free (servers bind with SO_REUSEADDR), and what it offers really binds on IPv4 and IPv6.

#include "platform/system.h"
#include "wizard/freeportfinder.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ld;
using platform::IpAddress;

class TestFreePortFinder final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void skipsHeldPort();
    void skipsPortHeldOnIpv6Only();
    void timeWaitIsFree();
    void respectsPolicy();
    void defaultIsNear8080();

private:
    // A port the finder considers free, with its neighbour free too, from a random spot (parallel runs).
    std::uint16_t pickPort(wizard::FreePortFinder& finder);
    static bool bindsEverywhere(std::uint16_t port);
    std::unique_ptr<platform::System> m_system;
};

void TestFreePortFinder::initTestCase() {
    m_system = platform::createSystem();
    QVERIFY(m_system);
}

std::uint16_t TestFreePortFinder::pickPort(wizard::FreePortFinder& finder) {
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = std::uint16_t(QRandomGenerator::global()->bounded(20000, 30000));
        if (finder.isFree(port) && finder.isFree(port + 1) && finder.isFree(port - 1))
            return port;
    }
    return 0;
}

bool TestFreePortFinder::bindsEverywhere(std::uint16_t port) {
    QTcpServer any4;
    QTcpServer any6;
    QTcpServer lo4;
    QTcpServer lo6;
    // The wildcard sockets are made IPv6-only/IPv4-only by Qt's AnyIPv4/AnyIPv6 semantics.
    return lo4.listen(QHostAddress::LocalHost, port) && lo6.listen(QHostAddress::LocalHostIPv6, port) &&
           (lo4.close(), lo6.close(), any4.listen(QHostAddress::AnyIPv4, port)) &&
           any6.listen(QHostAddress::AnyIPv6, port);
}

void TestFreePortFinder::skipsHeldPort() {
    wizard::FreePortFinder finder(*m_system);
    const std::uint16_t port = pickPort(finder);
    QVERIFY(port != 0);
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, port));
    QVERIFY(!finder.isFree(port));
    // near = port - 1 tries `port` first: the held port must be skipped.
    const auto found = finder.find(port - 1);
    QVERIFY(found);
    QVERIFY(*found != port);
    QVERIFY(std::abs(int(*found) - int(port)) <= 3);
    QVERIFY2(bindsEverywhere(*found), qPrintable(QString::number(*found)));
}

void TestFreePortFinder::skipsPortHeldOnIpv6Only() {
    wizard::FreePortFinder finder(*m_system);
    const std::uint16_t port = pickPort(finder);
    QVERIFY(port != 0);
    QTcpServer holder;
    if (!holder.listen(QHostAddress::LocalHostIPv6, port))
        QSKIP("no IPv6 loopback here");
    QVERIFY(!finder.isFree(port));
    QVERIFY(finder.find(port - 1) != std::optional<std::uint16_t>(port));
}

void TestFreePortFinder::timeWaitIsFree() {
    wizard::FreePortFinder finder(*m_system);
    const std::uint16_t port = pickPort(finder);
    QVERIFY(port != 0);
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, port));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(3000));
        QVERIFY(server.waitForNewConnection(3000));
        QTcpSocket* accepted = server.nextPendingConnection();
        QVERIFY(accepted);
        accepted->close(); // the server side closes first: its end goes to TIME_WAIT
        QVERIFY(client.state() == QAbstractSocket::UnconnectedState || client.waitForDisconnected(3000));
        client.close();
        server.close();
    }
    // The kernel must show the TIME_WAIT, or this test proves nothing.
    platform::SocketQuery query;
    query.listeningOnly = false;
    query.port = port;
    query.udp = false;
    bool timeWait = false;
    QElapsedTimer timer;
    timer.start();
    while (!timeWait && timer.elapsed() < 3000) {
        for (const platform::Socket& socket : m_system->sockets(query))
            timeWait = timeWait || (socket.localPort == port && socket.state == platform::TcpState::TimeWait);
        if (!timeWait)
            QTest::qWait(20);
    }
    QVERIFY2(timeWait, "no TIME_WAIT socket on the port");
    QVERIFY(m_system->canBind(platform::Proto::Tcp, IpAddress::v4(127, 0, 0, 1), port));
    QVERIFY(finder.isFree(port));
    QCOMPARE(finder.find(port - 1), std::optional<std::uint16_t>(port));
}

void TestFreePortFinder::respectsPolicy() {
    wizard::FreePortFinder finder(*m_system);
    const platform::PortPolicy policy = m_system->portPolicy();
    QVERIFY(!finder.allowed(0));
    if (policy.unprivilegedStart > 1)
        QVERIFY(!finder.allowed(std::uint16_t(policy.unprivilegedStart - 1)));
    QVERIFY(!finder.allowed(policy.ephemeral.first));
    QVERIFY(!finder.allowed(policy.ephemeral.last));
    // Searching from inside the ephemeral range lands outside it.
    const auto found = finder.find(policy.ephemeral.first + 5);
    QVERIFY(found);
    QVERIFY(!policy.ephemeral.contains(*found));
    QVERIFY(*found >= policy.unprivilegedStart);
}

void TestFreePortFinder::defaultIsNear8080() {
    wizard::FreePortFinder finder(*m_system);
    const auto found = finder.find();
    QVERIFY(found);
    QVERIFY(*found != 8080);
    QVERIFY(std::abs(int(*found) - 8080) < 200);
    QVERIFY(bindsEverywhere(*found));
}

QTEST_GUILESS_MAIN(TestFreePortFinder)
#include "tst_freeportfinder.moc"
