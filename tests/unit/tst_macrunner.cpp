// The runners behind the macOS System: QProcessRunner (bounded in time and output, C locale,
// stdin closed, absent programs reported) on this machine's /bin/sh, and ReplayRunner's rules.

#include "platform/maccommon/qprocessrunner.h"
#include "platform/maccommon/replayrunner.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ld::platform;

class TestMacRunner final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runs();
    void absentProgram();
    void timeout();
    void truncates();
    void cLocaleAndNoStdin();
    void replay();
};

void TestMacRunner::runs() {
    QProcessRunner runner;
    const CommandResult result = runner.run({"/bin/sh", {"-c", "echo out; echo err >&2; exit 3"}}, {});
    QVERIFY(result.started);
    QVERIFY(!result.timedOut);
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.out, std::string("out\n"));
    QCOMPARE(result.err, std::string("err\n"));
    QVERIFY(!result.ok());
    QVERIFY(runner.run({"/bin/sh", {"-c", "true"}}, {}).ok());
}

void TestMacRunner::absentProgram() {
    QProcessRunner runner;
    const CommandResult result = runner.run({"/nonexistent/lsof", {"-v"}}, {});
    QVERIFY(!result.started);
    QVERIFY(!result.startError.empty());
    QVERIFY(!result.ok());
}

void TestMacRunner::timeout() {
    QProcessRunner runner;
    CommandLimits limits;
    limits.timeout = std::chrono::milliseconds(300);
    QElapsedTimer timer;
    timer.start();
    const CommandResult result = runner.run({"/bin/sh", {"-c", "echo early; exec sleep 30"}}, limits);
    QVERIFY(result.started);
    QVERIFY(result.timedOut);
    QCOMPARE(result.out, std::string("early\n")); // what came before the deadline is kept
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestMacRunner::truncates() {
    QProcessRunner runner;
    CommandLimits limits;
    limits.maxOutput = 1000;
    const CommandResult result =
        runner.run({"/bin/sh", {"-c", "head -c 200000 /dev/zero | tr '\\0' x"}}, limits);
    QVERIFY(result.started);
    QCOMPARE(result.out.size(), std::size_t(1000));
    QVERIFY(result.truncated);
    QCOMPARE(result.exitCode, 0);
}

void TestMacRunner::cLocaleAndNoStdin() {
    qputenv("LC_MESSAGES", "fr_FR.UTF-8");
    QProcessRunner runner;
    const CommandResult locale = runner.run({"/bin/sh", {"-c", "echo \"$LC_ALL/$LC_MESSAGES\""}}, {});
    QCOMPARE(locale.out, std::string("C/\n"));
    CommandLimits limits;
    limits.timeout = std::chrono::milliseconds(3000);
    const CommandResult cat = runner.run({"/bin/cat", {}}, limits); // ends at once: stdin is empty
    QVERIFY(!cat.timedOut);
    QCOMPARE(cat.exitCode, 0);
}

void TestMacRunner::replay() {
    ReplayRunner runner;
    const Command ps{"/bin/ps", {"-p", "1"}};
    runner.answer(ps, "first", 0);
    runner.answer(ps, "second", 1);
    runner.answerPrefix("/bin/ps -p", "any pid");
    QCOMPARE(runner.run(ps, {}).out, std::string("first"));
    QCOMPARE(runner.run(ps, {}).out, std::string("second"));
    QCOMPARE(runner.run(ps, {}).out, std::string("second")); // the last answer repeats
    QCOMPARE(runner.run({"/bin/ps", {"-p", "2"}}, {}).out, std::string("any pid"));
    const CommandResult unknown = runner.run({"/usr/sbin/lsof", {}}, {});
    QVERIFY(!unknown.started);
    QCOMPARE(runner.count(ps), 3);
    QCOMPARE(runner.calls().size(), std::size_t(5));
    CommandLimits small;
    small.maxOutput = 3;
    runner.answer({"x", {}}, "abcdef");
    const CommandResult cut = runner.run({"x", {}}, small);
    QCOMPARE(cut.out, std::string("abc"));
    QVERIFY(cut.truncated);
}

QTEST_GUILESS_MAIN(TestMacRunner)
#include "tst_macrunner.moc"
