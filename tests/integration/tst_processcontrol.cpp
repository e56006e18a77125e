// Stopping real child processes: SIGTERM, a child that ignores it (kill or not), the refusals,
// and the pid-reuse check (a changed start time or executable means "don't signal").

#include "platform/linux/collectors.h"
#include "platform/system.h"
#include "support/peers.h"
#include "wizard/processstopper.h"

#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace ld;
using platform::StopOutcome;

namespace {

bool alive(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const int close = text.lastIndexOf(')');
    return close > 0 && text.size() > close + 2 && text.at(close + 2) != 'Z';
}

} // namespace

class TestProcessControl final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void terminatesWithSigterm();
    void ignoresSigtermWithoutKill();
    void killsWhenAllowed();
    void refusesInitAndSelf();
    void changedStartTimeIsNotSignalled();
    void changedExecutableIsNotSignalled();
    void goneProcess();
    void refusesOtherUsersProcess();
    void stopperFromFix();

private:
    bool startSleep(ld::test::Peer& peer);
    bool startStubborn(ld::test::Peer& peer);
    std::unique_ptr<platform::System> m_system;
};

void TestProcessControl::initTestCase() {
    m_system = platform::createSystem();
}

bool TestProcessControl::startSleep(ld::test::Peer& peer) {
    return peer.start(QStringLiteral("sleep"), {QStringLiteral("60")}) && peer.pid() > 0;
}

// A child that ignores SIGTERM, and says so once it does.
bool TestProcessControl::startStubborn(ld::test::Peer& peer) {
    if (!ld::test::haveProgram(QStringLiteral("python3")))
        return false;
    const QString script = QStringLiteral("import signal,sys,time\n"
                                          "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                                          "print('ready', flush=True)\n"
                                          "time.sleep(60)\n");
    if (!peer.start(QStringLiteral("python3"), {QStringLiteral("-c"), script}))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!peer.output().contains(QLatin1String("ready")) && timer.elapsed() < 10000)
        peer.process().waitForReadyRead(100);
    return peer.output().contains(QLatin1String("ready"));
}

void TestProcessControl::terminatesWithSigterm() {
    ld::test::Peer child;
    QVERIFY2(startSleep(child), qPrintable(child.errorString()));
    const auto info = m_system->process(child.pid());
    QVERIFY(info);
    const platform::StopResult result = m_system->stopProcess(*info, false, std::chrono::milliseconds(3000));
    QCOMPARE(int(result.outcome), int(StopOutcome::Terminated));
    QVERIFY(child.process().waitForFinished(3000));
    QCOMPARE(child.process().exitStatus(), QProcess::CrashExit); // ended by a signal
}

void TestProcessControl::ignoresSigtermWithoutKill() {
    ld::test::Peer child;
    if (!startStubborn(child))
        QSKIP("needs python3 to make a child that ignores SIGTERM");
    const auto info = m_system->process(child.pid());
    QVERIFY(info);
    const platform::StopResult result = m_system->stopProcess(*info, false, std::chrono::milliseconds(300));
    QCOMPARE(int(result.outcome), int(StopOutcome::StillRunning));
    QVERIFY(alive(child.pid()));
}

void TestProcessControl::killsWhenAllowed() {
    ld::test::Peer child;
    if (!startStubborn(child))
        QSKIP("needs python3 to make a child that ignores SIGTERM");
    const auto info = m_system->process(child.pid());
    QVERIFY(info);
    const platform::StopResult result = m_system->stopProcess(*info, true, std::chrono::milliseconds(300));
    QCOMPARE(int(result.outcome), int(StopOutcome::Killed));
    QVERIFY(child.process().waitForFinished(3000));
    QVERIFY(!alive(child.pid()));
}

void TestProcessControl::refusesInitAndSelf() {
    platform::ProcessInfo init;
    init.pid = 1;
    init.startTime = 1;
    QCOMPARE(int(m_system->stopProcess(init, true, std::chrono::milliseconds(10)).outcome),
             int(StopOutcome::Refused));
    const auto self = m_system->process(QCoreApplication::applicationPid());
    QVERIFY(self);
    QCOMPARE(int(m_system->stopProcess(*self, true, std::chrono::milliseconds(10)).outcome),
             int(StopOutcome::Refused));
    platform::ProcessInfo zero;
    zero.pid = 0;
    QCOMPARE(int(m_system->stopProcess(zero, true, std::chrono::milliseconds(10)).outcome),
             int(StopOutcome::Refused));
}

void TestProcessControl::changedStartTimeIsNotSignalled() {
    ld::test::Peer child;
    QVERIFY(startSleep(child));
    auto info = m_system->process(child.pid());
    QVERIFY(info);
    info->startTime += 1; // as if the pid had been reused by a newer process
    QCOMPARE(int(m_system->stopProcess(*info, true, std::chrono::milliseconds(300)).outcome),
             int(StopOutcome::Changed));
    QVERIFY(alive(child.pid()));
}

void TestProcessControl::changedExecutableIsNotSignalled() {
    ld::test::Peer child;
    QVERIFY(startSleep(child));
    auto info = m_system->process(child.pid());
    QVERIFY(info);
    QVERIFY(!info->executable.empty());
    info->executable = "/usr/bin/not-sleep";
    QCOMPARE(int(m_system->stopProcess(*info, true, std::chrono::milliseconds(300)).outcome),
             int(StopOutcome::Changed));
    QVERIFY(alive(child.pid()));
}

void TestProcessControl::goneProcess() {
    platform::ProcessInfo info;
    info.pid = 4194305; // above the largest pid_max: no process has it
    info.startTime = 1;
    QCOMPARE(int(m_system->stopProcess(info, true, std::chrono::milliseconds(10)).outcome),
             int(StopOutcome::Gone));
}

void TestProcessControl::refusesOtherUsersProcess() {
    if (!ld::test::isRoot())
        QSKIP("needs root to start a process as one user and try to stop it as another");
    ld::test::Peer child;
    QVERIFY(startSleep(child)); // runs as root
    const auto info = m_system->process(child.pid());
    QVERIFY(info);
    // A forked helper drops to nobody and tries: the collector must refuse, not just fail.
    const pid_t helper = ::fork();
    QVERIFY(helper >= 0);
    if (helper == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(100);
        const auto result = platform::linux_os::stopProcess(*info, true, std::chrono::milliseconds(100));
        ::_exit(int(result.outcome));
    }
    int status = 0;
    QCOMPARE(::waitpid(helper, &status, 0), helper);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), int(StopOutcome::Refused));
    QVERIFY(alive(child.pid()));
}

void TestProcessControl::stopperFromFix() {
    ld::test::Peer child;
    QVERIFY(startSleep(child));
    const auto info = m_system->process(child.pid());
    QVERIFY(info);
    wizard::Fix fix;
    fix.id = QStringLiteral("fix.stop_process");
    fix.params = {{QStringLiteral("pid"), child.pid()},
                  {QStringLiteral("program"), QString::fromStdString(info->program)},
                  {QStringLiteral("command"), QString::fromStdString(info->commandLine)},
                  {QStringLiteral("start_time"), QString::number(info->startTime)}};
    auto request = wizard::StopRequest::fromFix(fix);
    QVERIFY(request);
    QCOMPARE(request->startTime, quint64(info->startTime));

    wizard::ProcessStopper stopper(*m_system);
    wizard::StopRequest renamed = *request;
    renamed.program = QStringLiteral("postgres");
    QCOMPARE(stopper.stop(renamed).outcomeName(), QStringLiteral("changed"));
    QVERIFY(alive(child.pid()));

    const wizard::StopReport report = stopper.stop(*request);
    QCOMPARE(report.outcomeName(), QStringLiteral("terminated"));
    QVERIFY(report.stopped());
    QVERIFY(report.message.contains(QString::number(child.pid())));
    QCOMPARE(report.toJson().value(QStringLiteral("outcome")).toString(), QStringLiteral("terminated"));
    QVERIFY(child.process().waitForFinished(3000));
    QCOMPARE(stopper.stop(*request).outcomeName(), QStringLiteral("gone"));

    wizard::Fix other;
    other.id = QStringLiteral("fix.use_port");
    QVERIFY(!wizard::StopRequest::fromFix(other));
}

QTEST_GUILESS_MAIN(TestProcessControl)
#include "tst_processcontrol.moc"
