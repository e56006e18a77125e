// The macOS listener collector is the same code on every OS: the REAL lsof of this Linux machine
// (`lsof +c0 -nP -iTCP -sTCP:LISTEN -F pcuLftnT`, the macOS System's own flags) run through the
// QProcess runner and the lsof field parser, compared with iproute2's `ss -ltnH`, with two
// python3 http.server listeners of our own on 127.0.0.1 and ::1.

#include "platform/maccommon/lsofparse.h"
#include "platform/maccommon/maccommands.h"
#include "platform/maccommon/qprocessrunner.h"
#include "support/peers.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace ld::platform;

namespace {

QString endpoint(const IpAddress& address, std::uint16_t port) {
    const QString text = QString::fromStdString(address.unmapped().toString());
    return (address.unmapped().family == Family::V6 ? u'[' + text + u']' : text) + u':' +
           QString::number(port);
}

// "LISTEN 0 5 127.0.0.1:18555 0.0.0.0:*", "[::1]:8080", "[::ffff:127.0.0.1]:3000", "*:22", "0.0.0.0%lo:53"
std::optional<QString> ssEndpoint(const QString& line) {
    const QStringList fields = line.simplified().split(u' ');
    if (fields.size() < 5)
        return std::nullopt;
    QString local = fields[3];
    const qsizetype colon = local.lastIndexOf(u':');
    bool ok = false;
    const uint port = local.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    QString host = local.left(colon);
    if (const qsizetype percent = host.indexOf(u'%'); percent >= 0)
        host = host.left(percent) + (host.startsWith(u'[') ? QStringLiteral("]") : QString());
    if (host == QLatin1String("*"))
        return QStringLiteral("*:%1").arg(port);
    if (host.startsWith(u'['))
        host = host.mid(1, host.size() - 2);
    const auto address = IpAddress::parse(host.toStdString());
    if (!address)
        return std::nullopt;
    return endpoint(*address, std::uint16_t(port));
}

} // namespace

class TestMacLsofReal final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameListenersAsSs();
};

void TestMacLsofReal::sameListenersAsSs() {
    const QString lsofPath =
        QStandardPaths::findExecutable(QStringLiteral("lsof"), {"/usr/bin", "/usr/sbin", "/bin", "/sbin"});
    if (lsofPath.isEmpty())
        QSKIP("lsof is not installed here: the real-lsof check of the macOS collector cannot run");
    if (!ld::test::haveProgram(QStringLiteral("ss")) || !ld::test::haveProgram(QStringLiteral("python3")))
        QSKIP("ss (iproute2) or python3 is missing: nothing to compare with or no listeners to start");

    const quint16 v4Port = ld::test::freePort();
    ld::test::Peer v4;
    QVERIFY2(v4.startListening(QStringLiteral("python3"),
                               {"-m", "http.server", QString::number(v4Port), "--bind", "127.0.0.1"},
                               QStringLiteral("127.0.0.1"), v4Port),
             qPrintable(v4.errorString()));
    quint16 v6Port = ld::test::freePort();
    while (v6Port == v4Port)
        v6Port = ld::test::freePort();
    ld::test::Peer v6;
    QVERIFY2(v6.startListening(QStringLiteral("python3"),
                               {"-m", "http.server", QString::number(v6Port), "--bind", "::1"},
                               QStringLiteral("::1"), v6Port),
             qPrintable(v6.errorString()));

    // The macOS System's own lsof arguments, with this machine's lsof.
    Command command = maccommands::lsofListeners();
    command.program = lsofPath.toStdString();
    QProcessRunner runner;
    const CommandResult lsofRun = runner.run(command, CommandLimits{});
    QVERIFY2(lsofRun.started, lsofRun.startError.c_str());
    QVERIFY(!lsofRun.timedOut && !lsofRun.truncated);
    QVERIFY2(lsofRun.exitCode == 0, lsofRun.err.c_str());
    const auto files = lsof::parseFields(lsofRun.out);
    const auto listeners = lsof::listeners(files);
    QVERIFY(!listeners.empty());

    const CommandResult ssRun = runner.run({"ss", {"-ltnH"}}, CommandLimits{});
    QVERIFY2(ssRun.ok(), ssRun.err.c_str());
    QSet<QString> ss;
    for (const QString& line : QString::fromStdString(ssRun.out).split(u'\n', Qt::SkipEmptyParts))
        if (const auto found = ssEndpoint(line))
            ss.insert(*found);

    // Every listener lsof shows, ss shows too (lsof may show fewer: other namespaces, rights).
    QSet<QString> fromLsof;
    for (const lsof::Listener& listener : listeners) {
        const QString text = endpoint(listener.socket.local, listener.socket.localPort);
        fromLsof.insert(text);
        const bool wildcard = listener.socket.local.isUnspecified();
        QVERIFY2(ss.contains(text) ||
                     (wildcard && ss.contains(QStringLiteral("*:%1").arg(listener.socket.localPort))),
                 qPrintable(text + QStringLiteral(" is not in ss: ") +
                            QStringList(ss.begin(), ss.end()).join(u' ')));
        QVERIFY(listener.familyKnown); // the t field is there
    }

    // Ours, with their owners as lsof gave them.
    const QString mine4 = QStringLiteral("127.0.0.1:%1").arg(v4Port);
    const QString mine6 = QStringLiteral("[::1]:%1").arg(v6Port);
    QVERIFY(ss.contains(mine4) && ss.contains(mine6));
    for (const auto& [address, peer] : {std::pair{mine4, &v4}, std::pair{mine6, &v6}}) {
        const auto it = std::find_if(listeners.begin(), listeners.end(), [&](const lsof::Listener& l) {
            return endpoint(l.socket.local, l.socket.localPort) == address;
        });
        QVERIFY2(it != listeners.end(), qPrintable(address + QStringLiteral(" missing from lsof")));
        QCOMPARE(it->owner.pid, std::int64_t(peer->pid()));
        QVERIFY2(it->owner.program.rfind("python", 0) == 0, it->owner.program.c_str());
        QCOMPARE(it->socket.uid, std::uint32_t(::geteuid()));
        QVERIFY(!it->owner.user.empty());
    }
    // TST=LISTEN and the queue fields came through for our files.
    const auto ours = std::find_if(files.begin(), files.end(), [&](const lsof::File& f) {
        return f.pid == v6.pid() && f.name == mine6.toStdString();
    });
    QVERIFY(ours != files.end());
    QCOMPARE(ours->state, std::string("LISTEN"));
    QCOMPARE(ours->type, std::string("IPv6"));
    QVERIFY(ours->receiveQueue.has_value() && ours->sendQueue.has_value());
}

QTEST_GUILESS_MAIN(TestMacLsofReal)
#include "tst_maclsof_real.moc"
