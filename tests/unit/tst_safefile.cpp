// The one file writer: contents, modes, backups that never replace, and a failure at every step
// leaving the original byte-identical and no temporary file (faults injected; the real full and
// read-only disks are in tests/integration/tst_fulldisk.cpp).
#include "platform/safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <sys/stat.h>

using namespace ld::platform;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeRaw(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

unsigned modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 07777) : 0xFFFFu;
}

QStringList leftovers(const QString& folder) {
    return QDir(folder).entryList({QStringLiteral(".*.tmp-*")}, QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestSafeFile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { testing::injectWriteFault({}, 0); }

    void newFileIsPrivate() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.json"));
        const WriteResult result = SafeFile::write(path, "{\"a\": 1}\n");
        QVERIFY2(result.ok(), describeWriteFailure(result).c_str());
        QCOMPARE(readAll(path), QByteArray("{\"a\": 1}\n"));
        QCOMPARE(modeOf(path), 0600u);
        QVERIFY(leftovers(dir.path()).isEmpty());
        WriteOptions shared;
        shared.privateNew = false;
        const QString other = dir.filePath(QStringLiteral("other.desktop"));
        QVERIFY(SafeFile::write(other, "x", shared).ok());
        QCOMPARE(modeOf(other), 0644u);
    }

    void replacingKeepsTheMode() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QVERIFY(writeRaw(path, "old"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        QVERIFY(SafeFile::write(path, "new contents").ok());
        QCOMPARE(readAll(path), QByteArray("new contents"));
        QCOMPARE(modeOf(path), 0640u);
        QVERIFY(SafeFile::write(path, QByteArray()).ok()); // an empty file is a valid write
        QCOMPARE(readAll(path), QByteArray());
    }

    void backupTakesTheOriginalsModeAndNeverReplaces() {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("config.json"));
        QVERIFY(writeRaw(original, "secret"));
        QVERIFY(::chmod(QFile::encodeName(original).constData(), 0604) == 0);
        WriteOptions backup;
        backup.modeFrom = original.toStdString();
        backup.mustNotExist = true;
        const QString copy = original + QStringLiteral(".bak");
        QVERIFY(SafeFile::write(copy, "secret", backup).ok());
        QCOMPARE(modeOf(copy), 0604u);
        const WriteResult again = SafeFile::write(copy, "other", backup);
        QCOMPARE(again.error, WriteError::Exists);
        QCOMPARE(readAll(copy), QByteArray("secret"));
        QVERIFY(leftovers(dir.path()).isEmpty());
    }

    void symlinkStaysALink() {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.json"));
        const QString link = dir.filePath(QStringLiteral("link.json"));
        QVERIFY(writeRaw(real, "a"));
        QVERIFY(QFile::link(real, link));
        QVERIFY(SafeFile::write(link, "b").ok());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readAll(real), QByteArray("b"));
    }

    void refusesWhatIsNotAFile() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(SafeFile::write(folder, "x").error, WriteError::NotRegular);
        const WriteResult missing = SafeFile::write(dir.filePath(QStringLiteral("no/such/file")), "x");
        QCOMPARE(missing.error, WriteError::NoFolder);
        QVERIFY(!SafeFile::failureMessage(missing).isEmpty());
    }

    void everyStepCanFail_data() {
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("error");
        QTest::addRow("create, read-only") << "create" << EROFS << int(WriteError::ReadOnly);
        QTest::addRow("write, disk full") << "write" << ENOSPC << int(WriteError::NoSpace);
        QTest::addRow("write, quota") << "write" << EDQUOT << int(WriteError::NoSpace);
        QTest::addRow("sync, disk full (QTBUG-75077)") << "sync" << ENOSPC << int(WriteError::NoSpace);
        QTest::addRow("sync, I/O error") << "sync" << EIO << int(WriteError::Other);
        QTest::addRow("read-back differs") << "verify" << 0 << int(WriteError::Verify);
        QTest::addRow("close, disk full") << "close" << ENOSPC << int(WriteError::NoSpace);
        QTest::addRow("rename, immutable") << "rename" << EPERM << int(WriteError::Denied);
    }
    void everyStepCanFail() {
        QFETCH(QString, step);
        QFETCH(int, code);
        QFETCH(int, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QVERIFY(writeRaw(path, "the original"));
        testing::injectWriteFault(step.toStdString(), code);
        const WriteResult result = SafeFile::write(path, "the new text");
        testing::injectWriteFault({}, 0);
        QCOMPARE(int(result.error), error);
        QCOMPARE(QString::fromStdString(result.step), step);
        QCOMPARE(readAll(path), QByteArray("the original"));
        QVERIFY2(leftovers(dir.path()).isEmpty(), qPrintable(leftovers(dir.path()).join(u' ')));
        QVERIFY(!result.volume.empty());
        const QString message = SafeFile::failureMessage(result);
        QVERIFY(message.contains(QDir::toNativeSeparators(path)) ||
                message.contains(QString::fromStdString(result.volume)));
    }

    // Reading: what is not a regular file is refused without blocking, a big file without reading.
    void readRefusesWhatIsNotAFile() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QCOMPARE(readRegularFile(fifo.toStdString(), 1024).kind, FileKind::Fifo); // returns: no writer needed
        QCOMPARE(readRegularFile(fifo.toStdString(), 1024).error, ReadError::NotRegular);
        QCOMPARE(readRegularFile("/dev/zero", 1024).kind, FileKind::Device);
        QCOMPARE(readRegularFile(dir.path().toStdString(), 1024).kind, FileKind::Directory);
        QCOMPARE(readRegularFile(dir.filePath(QStringLiteral("none")).toStdString(), 1024).error,
                 ReadError::Missing);
        const QString file = dir.filePath(QStringLiteral("f"));
        QVERIFY(writeRaw(file, QByteArray(2000, 'x')));
        const ReadResult big = readRegularFile(file.toStdString(), 1999);
        QCOMPARE(big.error, ReadError::TooBig);
        QCOMPARE(big.size, 2000);
        QVERIFY(big.bytes.empty());
        const ReadResult fits = readRegularFile(file.toStdString(), 2000);
        QVERIFY(fits.ok());
        QCOMPARE(fits.bytes, std::string(2000, 'x'));
    }

    void noSpaceNamesTheDisk() {
        WriteResult result;
        result.error = WriteError::NoSpace;
        result.path = "/mnt/x/config.json";
        result.volume = "/mnt/x";
        QVERIFY(SafeFile::failureMessage(result).startsWith(QStringLiteral("No space left on /mnt/x")));
    }
};

QTEST_APPLESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
