// `localhost-doctor bundle` refusing bad destinations and leaving nothing behind: an existing file
// (kept byte for byte without --yes), a missing folder or a folder as the file (bad usage), a
// read-only file system and a full disk (small tmpfs mounts, root only).

#include "support/peers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::test;

namespace {

const char* lower = "abcdefghijklmnopqrstuvwxyz";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

bool writeFile(const QString& path, const QByteArray& data) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int runTool(const QStringList& command, QByteArray* output = nullptr, int timeoutMs = 30000) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(3000);
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestBundleDest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void existingFileNeedsYes();
    void missingFolderIsBadUsage();
    void readOnlyFolderLeavesNothing();
    void fullDiskLeavesNothing();

private:
    Run runBundle(const QStringList& args);
    QString chars(const char* alphabet, int length);

    QTemporaryDir m_root;
    QString m_home;
    QString m_config;
    QRandomGenerator m_random{20240502};
};

QString TestBundleDest::chars(const char* alphabet, int length) {
    const QString set = QString::fromLatin1(alphabet);
    QString out;
    for (int i = 0; i < length; ++i)
        out += set.at(m_random.bounded(int(set.size())));
    return out;
}

Run TestBundleDest::runBundle(const QStringList& args) {
    QProcessEnvironment env; // clean: only what the test gives
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_root.path());
    process.start(QStringLiteral(LD_BINARY), QStringList{QStringLiteral("bundle")} + args);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(3000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestBundleDest::initTestCase() {
    QVERIFY(m_root.isValid());
    m_home = m_root.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    m_config = m_root.filePath(QStringLiteral("claude_desktop_config.json"));
    QVERIFY(writeFile(m_config,
                      R"({"mcpServers": {"files": {"command": "npx", "args": ["server-filesystem"]}}})"));
}

void TestBundleDest::existingFileNeedsYes() {
    const QString path = m_root.filePath(QStringLiteral("existing.zip"));
    QVERIFY(writeFile(path, "keep me"));
    Run run = runBundle({QStringLiteral("-o"), path, QStringLiteral("--config"), m_config});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("already exists") && run.err.contains("--yes"), run.err.constData());
    QCOMPARE(readFile(path), QByteArray("keep me"));
    run = runBundle(
        {QStringLiteral("-o"), path, QStringLiteral("--config"), m_config, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(readFile(path).startsWith("PK"));
    QCOMPARE(
        QDir(m_root.path()).entryList({QStringLiteral("existing.zip*")}, QDir::Files | QDir::Hidden).size(),
        1);
}

void TestBundleDest::missingFolderIsBadUsage() {
    const Run run =
        runBundle({QStringLiteral("-o"), m_root.filePath(QStringLiteral("no/such/folder/b.zip"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("does not exist"), run.err.constData());
    QVERIFY(!QFileInfo::exists(m_root.filePath(QStringLiteral("no"))));
    const Run folder = runBundle({QStringLiteral("-o"), m_root.path()});
    QCOMPARE(folder.exitCode, 2);
    QVERIFY2(folder.err.contains("is a folder"), folder.err.constData());
}

void TestBundleDest::readOnlyFolderLeavesNothing() {
    // Root ignores permission bits, so the folder is a read-only file system.
    if (!isRoot())
        QSKIP("needs root to mount a read-only tmpfs (permission bits do not stop root)");
    const QString dir = m_root.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(dir));
    QByteArray output;
    if (runTool({QStringLiteral("mount"), QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("ro,size=1m"), QStringLiteral("tmpfs"), dir},
                &output) != 0)
        QSKIP(qPrintable(QStringLiteral("mount -t tmpfs is not allowed here: ") +
                         QString::fromUtf8(output.trimmed())));
    const auto unmount = qScopeGuard([&] { runTool({QStringLiteral("umount"), dir}); });
    const Run run = runBundle(
        {QStringLiteral("-o"), dir + QStringLiteral("/b.zip"), QStringLiteral("--config"), m_config});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("is mounted read-only") && run.err.contains(dir.toUtf8()), run.err.constData());
    QVERIFY(
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty());
}

void TestBundleDest::fullDiskLeavesNothing() {
    if (!isRoot())
        QSKIP("needs root to mount a small tmpfs");
    const QString dir = m_root.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(dir));
    QByteArray output;
    if (runTool({QStringLiteral("mount"), QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=64k"), QStringLiteral("tmpfs"), dir},
                &output) != 0)
        QSKIP(qPrintable(QStringLiteral("mount -t tmpfs is not allowed here: ") +
                         QString::fromUtf8(output.trimmed())));
    const auto unmount = qScopeGuard([&] { runTool({QStringLiteral("umount"), dir}); });
    // A config of 300 KB of random words compresses to far more than 64 KB.
    QString words;
    while (words.size() < 300 * 1024)
        words += chars(lower, 7) + (m_random.bounded(12) == 0 ? u'\n' : u' ');
    const QString big = m_root.filePath(QStringLiteral("big-config.json"));
    QVERIFY(writeFile(big, words.toUtf8()));
    const Run run =
        runBundle({QStringLiteral("-o"), dir + QStringLiteral("/b.zip"), QStringLiteral("--config"), big});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("not enough free space"), run.err.constData());
    QVERIFY(
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestBundleDest)
#include "tst_bundledest.moc"
