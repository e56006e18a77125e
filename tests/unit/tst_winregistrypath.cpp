// The PATH Windows gives programs started from the desktop, composed from the registry's system
// and user Path values: order, REG_EXPAND_SZ expansion (case-insensitive names, unknown names and
// lone percent signs kept), empty entries dropped.

#include "platform/windowstext/registrypath.h"

#include <QTest>

using namespace ld::platform;

class TestWinRegistryPath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void expand_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "C:\\Windows"
                               << "C:\\Windows";
        QTest::newRow("one") << "%SystemRoot%\\system32"
                             << "C:\\Windows\\system32";
        QTest::newRow("case") << "%systemroot%;%USERPROFILE%\\bin"
                              << "C:\\Windows;C:\\Users\\ana\\bin";
        QTest::newRow("unknown kept") << "%NOPE%\\x"
                                      << "%NOPE%\\x";
        QTest::newRow("unknown then known") << "%NOPE%SystemRoot%"
                                            << "%NOPEC:\\Windows";
        QTest::newRow("lone percent") << "C:\\100%\\bin"
                                      << "C:\\100%\\bin";
        QTest::newRow("empty name") << "a%%b"
                                    << "a%%b";
        QTest::newRow("two") << "%LOCALAPPDATA%\\Programs\\node;%SystemRoot%"
                             << "C:\\Users\\ana\\AppData\\Local\\Programs\\node;C:\\Windows";
    }
    void expand() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::map<std::string, std::string> env{{"SystemRoot", "C:\\Windows"},
                                                     {"USERPROFILE", "C:\\Users\\ana"},
                                                     {"LOCALAPPDATA", "C:\\Users\\ana\\AppData\\Local"}};
        QCOMPARE(QString::fromStdString(expandEnvironmentReferences(text.toStdString(), env)), expected);
    }

    void compose() {
        const std::map<std::string, std::string> env{{"SystemRoot", "C:\\Windows"},
                                                     {"USERPROFILE", "C:\\Users\\ana"}};
        const RegistryString system{true, true,
                                    "%SystemRoot%\\system32;%SystemRoot%;;C:\\Program Files\\nodejs\\"};
        const RegistryString userExpand{true, true, "%USERPROFILE%\\AppData\\Roaming\\npm;"};
        const RegistryString userPlain{true, false, "%USERPROFILE%\\bin"};
        QCOMPARE(QString::fromStdString(composeSessionPath(system, userExpand, env).value()),
                 QStringLiteral("C:\\Windows\\system32;C:\\Windows;C:\\Program Files\\nodejs\\;"
                                "C:\\Users\\ana\\AppData\\Roaming\\npm"));
        // REG_SZ is taken as written: Windows does not expand it either.
        QCOMPARE(QString::fromStdString(composeSessionPath({}, userPlain, env).value()),
                 QStringLiteral("%USERPROFILE%\\bin"));
        QCOMPARE(QString::fromStdString(composeSessionPath(system, {}, env).value()),
                 QStringLiteral("C:\\Windows\\system32;C:\\Windows;C:\\Program Files\\nodejs\\"));
        QVERIFY(!composeSessionPath({}, {}, env).has_value());
        QCOMPARE(QString::fromStdString(composeSessionPath({true, false, ""}, {}, env).value()), QString());
    }
};

QTEST_APPLESS_MAIN(TestWinRegistryPath)
#include "tst_winregistrypath.moc"
