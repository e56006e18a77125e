// SettingsFile: the windows' settings in an INI of our own, written through the safe writer:
// other keys kept, a new file private (0600), a FIFO or a folder in its place never waited on
// or replaced. The full, read-only and immutable disks are in tests/integration/tst_fulldisk.
#include "wizard/watch/settingsfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using ld::wizard::SettingsFile;

class TestSettingsFile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsOtherKeys() {
        QTemporaryDir dir;
        SettingsFile settings(dir.filePath(QStringLiteral("sub/ui.ini")));
        QString error;
        QVERIFY2(settings.setValue(QStringLiteral("a/one"), 1, &error), qPrintable(error));
        QVERIFY2(settings.setValue(QStringLiteral("b/two"), QByteArray("\x01\x02geometry", 10), &error),
                 qPrintable(error));
        QCOMPARE(settings.value(QStringLiteral("a/one")).toInt(), 1);
        QCOMPARE(settings.value(QStringLiteral("b/two")).toByteArray(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(settings.value(QStringLiteral("missing"), 7).toInt(), 7);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(settings.path()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files), QStringList{"ui.ini"});
    }

    void defaultPathFollowsTheTestFolder() {
        QTemporaryDir dir;
        qputenv("LD_SETTINGS_DIR", QFile::encodeName(dir.path()));
        QCOMPARE(SettingsFile::defaultPath(), dir.filePath(QStringLiteral("ui.ini")));
        qunsetenv("LD_SETTINGS_DIR");
    }

    void fifoIsNeverWaitedOn() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ui.ini"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        SettingsFile settings(path);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(settings.value(QStringLiteral("a"), 5).toInt(), 5);
        QString error;
        QVERIFY(!settings.setValue(QStringLiteral("a"), 1, &error)); // a FIFO is not replaced
        QVERIFY(!error.isEmpty());
        QVERIFY(timer.elapsed() < 5000);
    }

    void folderIsNotReplaced() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ui.ini"));
        QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        QString error;
        QVERIFY(!SettingsFile(path).setValue(QStringLiteral("a"), 1, &error));
        QVERIFY2(error.contains(QStringLiteral("ui.ini")), qPrintable(error));
        QVERIFY(QFileInfo(path + QStringLiteral("/inside")).isDir());
    }
};

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "tst_settingsfile.moc"
