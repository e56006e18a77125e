// Files the app writes, on a full tmpfs (size=64k, filled), a tmpfs with room for the backup
// only, a read-only remount and chattr +i: for mcp --fix, mcp --undo, the endpoint store
// (tray --add), autostart and the bundle, the original's sha256 is unchanged, no temporary file
// remains, the command exits 3 and the message names the disk; a backup keeps the original's mode.
// Needs root (mount, chattr); says so and skips otherwise.
#include "platform/autostart.h"
#include "support/peers.h"
#include "wizard/watch/settingsfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("can't write %s", qPrintable(path));
}

QByteArray sha256(const QString& path) {
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

int modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

int run(const QStringList& command, QByteArray* output = nullptr) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(20000))
        return -1;
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QStringList temporaries(const QString& root) {
    QStringList out;
    QDirIterator it(root, {QStringLiteral("*.tmp-*"), QStringLiteral("*.tmp")},
                    QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

// Fills the file system at `folder` completely, then frees `keepBytes` (rounded up to blocks).
bool fill(const QString& folder, qint64 keepBytes) {
    const QByteArray path = QFile::encodeName(folder + QStringLiteral("/filler"));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const QByteArray chunk(4096, 'f');
    off_t written = 0;
    for (int i = 0; i < 1 << 20; ++i) { // bounded: 4 GB
        const ssize_t n = ::write(fd, chunk.constData(), std::size_t(chunk.size()));
        if (n <= 0)
            break;
        written += n;
    }
    if (keepBytes > 0) {
        const off_t blocks = off_t((keepBytes + 4095) / 4096);
        ::ftruncate(fd, std::max<off_t>(0, written - blocks * 4096));
    }
    ::close(fd);
    return true;
}

enum class Disk { Full, BackupOnly, ReadOnly, Immutable };

} // namespace

class TestFullDisk final : public QObject {
    Q_OBJECT

    QTemporaryDir m_base;
    QString m_mount;
    QStringList m_immutable; // chattr -i before unmounting
    QString m_tool;

    QString mnt(const QString& relative) const { return m_mount + QLatin1Char('/') + relative; }

    QStringList env(bool journalOnMount) const {
        return {QStringLiteral("HOME=") + m_base.filePath(QStringLiteral("home")),
                QStringLiteral("XDG_CONFIG_HOME=") + mnt(QStringLiteral("config")),
                QStringLiteral("XDG_DATA_HOME=") +
                    (journalOnMount ? mnt(QStringLiteral("data")) : m_base.filePath(QStringLiteral("data"))),
                QStringLiteral("LD_SETTINGS_DIR=") + mnt(QStringLiteral("settings")),
                QStringLiteral("SHELL=/bin/false"),
                QStringLiteral("PATH=/usr/bin:/bin")};
    }

    QString config() const { return mnt(QStringLiteral("claude/claude_desktop_config.json")); }

    QByteArray configText() const {
        return "{\n  \"mcpServers\": {\n    \"tool\": { \"command\": \"my-mcp-tool\", \"args\": [] }\n  "
               "}\n}\n";
    }

    ld::test::RunResult fix(bool journalOnMount) {
        return ld::test::runDoctor({QStringLiteral("mcp"), QStringLiteral("--config"), config(),
                                    QStringLiteral("--fix"), QStringLiteral("fix.use_absolute_command"),
                                    QStringLiteral("--server"), QStringLiteral("tool"),
                                    QStringLiteral("--yes")},
                                   30000, {}, env(journalOnMount));
    }

    // Makes the prepared mount full, backup-sized, read-only or immutable (at `protect`).
    void breakDisk(Disk disk, const QStringList& protect, qint64 keep = 0) {
        switch (disk) {
        case Disk::Full:
            QVERIFY(fill(m_mount, 0));
            break;
        case Disk::BackupOnly:
            QVERIFY(fill(m_mount, keep));
            break;
        case Disk::ReadOnly: {
            QByteArray output;
            QVERIFY2(
                run({QStringLiteral("mount"), QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount},
                    &output) == 0,
                output.constData());
            break;
        }
        case Disk::Immutable:
            for (const QString& path : protect) {
                QByteArray output;
                if (run({QStringLiteral("chattr"), QStringLiteral("+i"), path}, &output) != 0)
                    QSKIP(qPrintable(QStringLiteral("chattr +i is not supported here: ") +
                                     QString::fromUtf8(output.trimmed())));
                m_immutable << path;
            }
            break;
        }
    }

    void checkFailure(const ld::test::RunResult& result, const QByteArray& wantSha, const QString& original) {
        QVERIFY(result.finished);
        qInfo("%s", result.err.trimmed().constData()); // what the user reads, for the log
        QVERIFY2(result.exitCode == 3, result.err.constData());
        QVERIFY2(result.err.contains(m_mount.toUtf8()), result.err.constData());
        QCOMPARE(sha256(original), wantSha);
        QVERIFY2(temporaries(m_mount).isEmpty(), qPrintable(temporaries(m_mount).join(u' ')));
    }

private Q_SLOTS:
    void initTestCase() {
        if (!ld::test::isRoot())
            QSKIP("needs root: mounts a tmpfs, remounts it read-only and uses chattr +i");
        if (!ld::test::haveProgram(QStringLiteral("chattr")))
            QSKIP("needs chattr (e2fsprogs)");
        m_tool = m_base.filePath(QStringLiteral("home/.local/bin/my-mcp-tool"));
        writeAll(m_tool, "#!/bin/sh\nexit 0\n");
        QFile::setPermissions(m_tool, QFile::permissions(m_tool) | QFileDevice::ExeOwner);
    }

    void init() {
        m_mount = m_base.filePath(QStringLiteral("mnt"));
        QVERIFY(QDir().mkpath(m_mount));
        QByteArray output;
        if (run({QStringLiteral("mount"), QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=64k,mode=0755"), QStringLiteral("tmpfs"), m_mount},
                &output) != 0)
            QSKIP(qPrintable(QStringLiteral("mount -t tmpfs is not allowed here: ") +
                             QString::fromUtf8(output.trimmed())));
    }

    void cleanup() {
        for (const QString& path : std::as_const(m_immutable))
            run({QStringLiteral("chattr"), QStringLiteral("-i"), path});
        m_immutable.clear();
        run({QStringLiteral("umount"), m_mount});
        QDir(m_base.filePath(QStringLiteral("data"))).removeRecursively();
    }

    void fixKeepsTheConfig_data() {
        QTest::addColumn<int>("disk");
        QTest::addRow("full") << int(Disk::Full);
        QTest::addRow("room for the backup only") << int(Disk::BackupOnly);
        QTest::addRow("read-only") << int(Disk::ReadOnly);
        QTest::addRow("immutable") << int(Disk::Immutable);
    }
    void fixKeepsTheConfig() {
        QFETCH(int, disk);
        writeAll(config(), configText());
        QVERIFY(::chmod(QFile::encodeName(config()).constData(), 0640) == 0);
        QVERIFY(QDir().mkpath(mnt(QStringLiteral("data"))));
        const QByteArray before = sha256(config());
        const bool journalOnMount = Disk(disk) != Disk::BackupOnly;
        breakDisk(Disk(disk), {config()}, configText().size());
        const auto result = fix(journalOnMount);
        checkFailure(result, before, config());
        const QStringList backups = QDir(mnt(QStringLiteral("claude")))
                                        .entryList({QStringLiteral("*.bak-*")}, QDir::Files, QDir::Name);
        if (Disk(disk) == Disk::BackupOnly || Disk(disk) == Disk::Immutable) {
            // The backup was made and verified before the config was touched.
            QCOMPARE(backups.size(), 1);
            const QString backup = mnt(QStringLiteral("claude/")) + backups.first();
            QCOMPARE(readAll(backup), configText());
            QCOMPARE(modeOf(backup), 0640);
            if (Disk(disk) == Disk::BackupOnly) {
                // Room again: --undo restores from that backup although the fix never landed.
                QVERIFY(QFile::remove(mnt(QStringLiteral("filler"))));
                const auto undone =
                    ld::test::runDoctor({QStringLiteral("mcp"), QStringLiteral("--config"), config(),
                                         QStringLiteral("--undo"), backup, QStringLiteral("--yes")},
                                        30000, {}, env(journalOnMount));
                QVERIFY2(undone.exitCode == 0, undone.err.constData());
                QCOMPARE(readAll(config()), configText());
                QCOMPARE(modeOf(config()), 0640);
            }
        } else {
            QVERIFY2(backups.isEmpty(), qPrintable(backups.join(u' ')));
        }
    }

    void undoKeepsTheConfig_data() {
        QTest::addColumn<int>("disk");
        QTest::addRow("full") << int(Disk::Full);
        QTest::addRow("read-only") << int(Disk::ReadOnly);
        QTest::addRow("immutable") << int(Disk::Immutable);
    }
    void undoKeepsTheConfig() {
        QFETCH(int, disk);
        writeAll(config(), configText());
        const auto applied = fix(true);
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        const QStringList backups =
            QDir(mnt(QStringLiteral("claude"))).entryList({QStringLiteral("*.bak-*")}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        const QString backup = mnt(QStringLiteral("claude/")) + backups.first();
        const QByteArray fixed = sha256(config());
        breakDisk(Disk(disk), {config()});
        const auto result = ld::test::runDoctor({QStringLiteral("mcp"), QStringLiteral("--config"), config(),
                                                 QStringLiteral("--undo"), backup, QStringLiteral("--yes")},
                                                30000, {}, env(true));
        checkFailure(result, fixed, config());
        QCOMPARE(readAll(backup), configText());
        QVERIFY(!result.out.contains("Restored"));
    }

    void endpointStoreKeepsItsFile_data() { undoKeepsTheConfig_data(); }
    void endpointStoreKeepsItsFile() {
        QFETCH(int, disk);
        const auto added = ld::test::runDoctor(
            {QStringLiteral("tray"), QStringLiteral("--add"), QStringLiteral("api=localhost:3000")}, 30000,
            {}, env(true));
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString store = mnt(QStringLiteral("settings/endpoints.ini"));
        QCOMPARE(modeOf(store), 0600);
        const QByteArray before = sha256(store);
        breakDisk(Disk(disk), {store});
        const auto result = ld::test::runDoctor(
            {QStringLiteral("tray"), QStringLiteral("--add"), QStringLiteral("web=localhost:4000")}, 30000,
            {}, env(true));
        checkFailure(result, before, store);
    }

    void autostartKeepsItsFile_data() { undoKeepsTheConfig_data(); }
    void autostartKeepsItsFile() {
        QFETCH(int, disk);
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mnt(QStringLiteral("config"))));
        const auto unset = qScopeGuard([] { qunsetenv("XDG_CONFIG_HOME"); });
        ld::platform::AutostartEntry entry;
        entry.command = {"/usr/bin/localhost-doctor", "tray"};
        std::string error;
        QVERIFY2(ld::platform::setAutostart(entry, true, &error), error.c_str());
        const QString file = QString::fromStdString(ld::platform::autostartLocation(entry));
        QVERIFY(file.startsWith(m_mount));
        const QByteArray before = sha256(file);
        breakDisk(Disk(disk), {file});
        entry.command = {"/opt/other/localhost-doctor", "tray"};
        QVERIFY(!ld::platform::setAutostart(entry, true, &error));
        QVERIFY2(QString::fromStdString(error).contains(m_mount), error.c_str());
        QCOMPARE(sha256(file), before);
        QVERIFY(temporaries(m_mount).isEmpty());
    }

    // The windows' settings (ui.ini): the same writer, so a failed save keeps the old file.
    void settingsKeepTheirFile_data() { undoKeepsTheConfig_data(); }
    void settingsKeepTheirFile() {
        QFETCH(int, disk);
        ld::wizard::SettingsFile settings(mnt(QStringLiteral("settings/ui.ini")));
        QString error;
        QVERIFY2(settings.setValue(QStringLiteral("wizard/geometry"), QByteArray(300, 'g'), &error),
                 qPrintable(error));
        QCOMPARE(modeOf(settings.path()), 0600);
        const QByteArray before = sha256(settings.path());
        breakDisk(Disk(disk), {settings.path()});
        QVERIFY(!settings.setValue(QStringLiteral("wizard/geometry"), QByteArray(60000, 'h'), &error));
        QVERIFY2(error.contains(m_mount), qPrintable(error));
        QCOMPARE(sha256(settings.path()), before);
        QCOMPARE(settings.value(QStringLiteral("wizard/geometry")).toByteArray(), QByteArray(300, 'g'));
        QVERIFY(temporaries(m_mount).isEmpty());
    }

    void bundleKeepsTheOldBundle_data() { undoKeepsTheConfig_data(); }
    void bundleKeepsTheOldBundle() {
        QFETCH(int, disk);
        const QString output = mnt(QStringLiteral("out/bundle.zip"));
        writeAll(output, "the bundle from yesterday");
        // A small bundle: it would fit in 64 KB, so the writer itself meets the disk.
        const QString smallConfig = ld::test::fixture(QStringLiteral("mcp/valid-three-servers.json"));
        const QByteArray before = sha256(output);
        breakDisk(Disk(disk), {output});
        const auto result =
            ld::test::runDoctor({QStringLiteral("bundle"), QStringLiteral("-o"), output,
                                 QStringLiteral("--config"), smallConfig, QStringLiteral("--yes")},
                                60000, {}, env(true));
        checkFailure(result, before, output);
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
