// "Start at login": the texts for each OS (built on every OS, so tested here), and on Linux the
// XDG autostart file written and removed in a temporary XDG_CONFIG_HOME.

#include "platform/autostart.h"
#include "platform/os.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <string_view>

using namespace ld::platform;

class TestAutostart final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void desktopExecQuoting_data() {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("exec");
        QTest::addRow("plain") << QStringList{"/usr/bin/localhost-doctor", "tray"}
                               << "Exec=/usr/bin/localhost-doctor tray";
        QTest::addRow("space") << QStringList{"/opt/My Apps/localhost-doctor", "tray"}
                               << "Exec=\"/opt/My Apps/localhost-doctor\" tray";
        QTest::addRow("dollar and quote")
            << QStringList{"/a$b/x\"y", "tray"} << "Exec=\"/a\\\\$b/x\\\\\"y\" tray";
        QTest::addRow("percent") << QStringList{"/a%b", "tray"} << "Exec=/a%%b tray";
    }

    void desktopExecQuoting() {
        QFETCH(QStringList, command);
        QFETCH(QString, exec);
        AutostartEntry entry;
        for (const QString& part : command)
            entry.command.push_back(part.toStdString());
        const QString text = QString::fromStdString(desktopEntryText(entry));
        QVERIFY2(text.split(QLatin1Char('\n')).contains(exec), qPrintable(text));
        QVERIFY(text.startsWith(QLatin1String("[Desktop Entry]\nType=Application\n")));
    }

    void windowsCommandLine_data() {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("line");
        QTest::addRow("plain") << QStringList{"C:\\ld\\localhost-doctor.exe", "tray"}
                               << "C:\\ld\\localhost-doctor.exe tray";
        QTest::addRow("space") << QStringList{"C:\\Program Files\\LD\\localhost-doctor.exe", "tray"}
                               << "\"C:\\Program Files\\LD\\localhost-doctor.exe\" tray";
        QTest::addRow("trailing backslash") << QStringList{"C:\\My Dir\\", "x"} << "\"C:\\My Dir\\\\\" x";
        QTest::addRow("quote") << QStringList{"a\"b"} << "\"a\\\"b\"";
        QTest::addRow("empty") << QStringList{"x", ""} << "x \"\"";
    }

    void windowsCommandLine() {
        QFETCH(QStringList, command);
        QFETCH(QString, line);
        std::vector<std::string> parts;
        for (const QString& part : command)
            parts.push_back(part.toStdString());
        QCOMPARE(QString::fromStdString(ld::platform::windowsCommandLine(parts)), line);
    }

    void launchAgent() {
        AutostartEntry entry;
        entry.command = {"/Applications/Localhost Doctor.app/Contents/MacOS/localhost-doctor", "tray"};
        const QString text = QString::fromStdString(launchAgentText(entry));
        QVERIFY(text.contains(QLatin1String("<string>org.localhost-doctor.localhost-doctor-tray</string>")));
        QVERIFY(text.contains(QLatin1String(
            "<string>/Applications/Localhost Doctor.app/Contents/MacOS/localhost-doctor</string>\n"
            "        <string>tray</string>")));
        QVERIFY(text.contains(QLatin1String("<key>RunAtLoad</key>\n    <true/>")));
        entry.command = {"/a&b<c>"};
        QVERIFY(QString::fromStdString(launchAgentText(entry)).contains(QLatin1String("/a&amp;b&lt;c&gt;")));
    }

    void linuxFileWrittenAndRemoved() {
        if (std::string_view(ld::platform::osName()) != "linux")
            QSKIP("the XDG autostart file is Linux's");
        QTemporaryDir dir;
        const QByteArray old = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        AutostartEntry entry;
        entry.command = {"/usr/bin/localhost-doctor", "tray"};
        const QString path = dir.path() + QStringLiteral("/autostart/localhost-doctor-tray.desktop");
        QCOMPARE(QString::fromStdString(autostartLocation(entry)), path);
        QVERIFY(!autostartEnabled(entry));
        std::string error;
        QVERIFY2(setAutostart(entry, true, &error), error.c_str());
        QVERIFY(QFile::exists(path));
        QVERIFY(autostartEnabled(entry));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), QString::fromStdString(desktopEntryText(entry)));
        file.close();
        QVERIFY(setAutostart(entry, false, &error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!autostartEnabled(entry));
        QVERIFY(setAutostart(entry, false, &error)); // removing twice is fine
        if (old.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", old);
    }
};

QTEST_APPLESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
