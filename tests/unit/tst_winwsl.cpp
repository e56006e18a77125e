// The WSL parsers: wsl.exe's console bytes (UTF-16LE as it writes to a pipe, UTF-8 with WSL_UTF8=1),
// `wsl.exe -l -v` tables posted publicly (tests/fixtures/windows/README.md says where from) and
// modelled on WSL's own source, and .wslconfig files read as WSL's config reader reads them. Every
// fixture is fed as recorded, with CRLF, and as UTF-16LE with and without a BOM.

#include "platform/windowstext/wslparse.h"

#include <optional>

#include <QFile>
#include <QStringList>
#include <QTest>

using namespace ld::platform;

namespace {

std::optional<QByteArray> readFixture(const QString& name) {
    QFile file(QStringLiteral(LD_FIXTURES "/windows/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

QByteArray utf16le(const QByteArray& utf8, bool bom) {
    const QString text = QString::fromUtf8(utf8);
    QByteArray out = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (const QChar c : text) {
        out += char(c.unicode() & 0xFF);
        out += char(c.unicode() >> 8);
    }
    return out;
}

// The fixture as recorded (LF), with CRLF, and as wsl.exe writes it to a pipe (UTF-16LE, CRLF),
// with and without a BOM: all must decode to the same text.
QList<QByteArray> variants(const QString& name) {
    const auto text = readFixture(name);
    if (!text)
        return {};
    QByteArray lf = *text;
    lf.replace("\r\n", "\n");
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    return {lf, crlf, utf16le(crlf, false), utf16le(crlf, true)};
}

std::string decoded(const QByteArray& bytes) {
    return consoleTextToUtf8(std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

// "*Ubuntu:Running:2:run" rows, blank-separated; "none" when no table was found.
QString table(const std::optional<std::vector<WslDistro>>& distros) {
    if (!distros)
        return QStringLiteral("none");
    QStringList out;
    for (const WslDistro& d : *distros)
        out << QStringLiteral("%1%2:%3:%4%5")
                   .arg(d.isDefault ? "*" : "", QString::fromStdString(d.name),
                        QString::fromStdString(d.state))
                   .arg(d.version)
                   .arg(d.running ? ":run" : "");
    return out.join(u' ');
}

QString config(const WslConfig& c) {
    return QStringLiteral("mode=%1@%2(%3) fwd=%4@%5(%6) -> %7,%8")
        .arg(QString::fromStdString(c.networkingMode), QString::number(c.networkingModeLine),
             QString::fromStdString(c.networkingModeKey),
             c.localhostForwarding
                 ? (*c.localhostForwarding ? QStringLiteral("true") : QStringLiteral("false"))
                 : QStringLiteral("?"),
             QString::number(c.localhostForwardingLine), QString::fromStdString(c.localhostForwardingText),
             QString::fromStdString(effectiveNetworkingMode(c)),
             effectiveLocalhostForwarding(c) ? QStringLiteral("forwarding")
                                             : QStringLiteral("no-forwarding"));
}

} // namespace

class TestWinWsl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesConsoleBytes() {
        // wsl.exe's "Copyright (c) Microsoft Corporation. Tous droits réservés." as tailscale/tailscale#3170
        // logged it.
        const QByteArray french = utf16le("\r\r\nCopyright (c) r\xc3\xa9serv\xc3\xa9s.", false);
        QCOMPARE(QString::fromStdString(decoded(french)),
                 QStringLiteral("\r\r\nCopyright (c) r\u00e9serv\u00e9s."));
        QCOMPARE(decoded(QByteArray("plain UTF-8 \xc3\xa9")), std::string("plain UTF-8 \xc3\xa9"));
        QCOMPARE(decoded(QByteArray("\xEF\xBB\xBF[wsl2]")), std::string("[wsl2]"));
        QCOMPARE(decoded(QByteArray()), std::string());
        // A surrogate pair (U+1F600) and a lone surrogate.
        QCOMPARE(decoded(QByteArray("\xFF\xFE\x3D\xD8\x00\xDE"
                                    "a\x00",
                                    8)),
                 std::string("\xF0\x9F\x98\x80"
                             "a"));
        QCOMPARE(decoded(QByteArray("\xFF\xFE\x3D\xD8"
                                    "a\x00",
                                    6)),
                 std::string("\xEF\xBF\xBD"
                             "a"));
    }

    void listVerbose_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one running (microsoft/WSL#9750)") << "wsl-list-verbose-en-one-running-wsl-9750.txt"
                                                          << "*Ubuntu:Running:2:run";
        QTest::newRow("WSL 1 and 2, docker-desktop (docker/for-win#14686)")
            << "wsl-list-verbose-en-four-mixed-docker-for-win-14686.txt"
            << "*Ubuntu:Running:2:run Legacy:Stopped:1 Ubuntu-18.04:Stopped:1 docker-desktop:Running:2:run";
        QTest::newRow("installing, then wslconfig /l (docker/for-win#7295)")
            << "wsl-list-verbose-en-installing-then-wslconfig-docker-for-win-7295.txt"
            << "*Ubuntu-20.04:Running:2:run Ubuntu-18.04:Stopped:1 docker-desktop:Installing:2";
        QTest::newRow("translated header words are not read") << "wsl-list-verbose-de-header-modelled.txt"
                                                              << "*Debian:Running:2:run Ubuntu:Stopped:2";
        QTest::newRow("no distribution, German message") << "wsl-list-verbose-no-distro-de-modelled.txt"
                                                         << "none";
    }
    void listVerbose() {
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        const auto inputs = variants(fixture);
        QVERIFY2(!inputs.isEmpty(), qPrintable(fixture));
        for (const QByteArray& input : inputs)
            QCOMPARE(table(parseWslListVerbose(decoded(input))), expected);
    }

    void listVerboseRejectsOtherTexts() {
        // `wsl --status` has "Default Version: 2": a number last, but no table header before it.
        QCOMPARE(table(parseWslListVerbose("Default Distribution: Ubuntu\r\nDefault Version: 2\r\n")),
                 QStringLiteral("none"));
        QCOMPARE(table(parseWslListVerbose("")), QStringLiteral("none"));
        QCOMPARE(table(parseWslListVerbose("  NAME STATE VERSION\r\n")), QStringLiteral("none"));
        // The header alone, then a row whose version is no number: no table.
        QCOMPARE(table(parseWslListVerbose("  NAME STATE VERSION\n* Ubuntu Running two\n")),
                 QStringLiteral("none"));
        // The default marker glued to a name as long as its column.
        QCOMPARE(table(parseWslListVerbose("  NAME STATE VERSION\n*Ubuntu Stopped 2\n")),
                 QStringLiteral("*Ubuntu:Stopped:2"));
    }

    void quietListMarksRunning() {
        auto distros = parseWslListVerbose(
            "  NAME      STATE   VERSION\n* Ubuntu    Stopped 2\n  Debian    Stopped 2\n");
        QVERIFY(distros);
        const auto names = parseWslNameList(decoded(utf16le("Debian\r\n\r\n", false)));
        QCOMPARE(names, std::vector<std::string>{"Debian"});
        markRunning(*distros, names);
        QCOMPARE(table(distros), QStringLiteral("*Ubuntu:Stopped:2 Debian:Stopped:2:run"));
        QVERIFY(parseWslNameList("").empty());
    }

    void wslConfig_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::newRow("older [experimental] key (microsoft/WSL#11090)")
            << "wslconfig-experimental-mirrored-wsl-11090.txt"
            << "mode=mirrored@6(experimental.networkingMode) fwd=?@0() -> mirrored,forwarding";
        QTest::newRow("[experimental] commented out (microsoft/WSL#11228)")
            << "wslconfig-wsl2-mirrored-commented-experimental-wsl-11228.txt"
            << "mode=mirrored@9(wsl2.networkingMode) fwd=?@0() -> mirrored,forwarding";
        QTest::newRow("trailing comments in Chinese (gist)")
            << "wslconfig-mirrored-trailing-comments-zh-gist.txt"
            << "mode=mirrored@2(wsl2.networkingMode) fwd=?@0() -> mirrored,forwarding";
        QTest::newRow("True with a capital") << "wslconfig-forwarding-true-capital-modelled.txt"
                                             << "mode=@0() fwd=true@3(True) -> nat,forwarding";
        QTest::newRow("off, the first of two counts") << "wslconfig-forwarding-off-first-wins-modelled.txt"
                                                      << "mode=@0() fwd=false@7(false) -> nat,no-forwarding";
        QTest::newRow("keys outside [wsl2], a bad section, quotes, a non-boolean")
            << "wslconfig-tricky-sections-modelled.txt"
            << "mode=nat@5(wsl2.networkingMode) fwd=?@6(yes) -> nat,forwarding";
    }
    void wslConfig() {
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        const auto inputs = variants(fixture);
        QVERIFY2(!inputs.isEmpty(), qPrintable(fixture));
        for (const QByteArray& input : inputs)
            QCOMPARE(config(parseWslConfig(decoded(input))), expected);
    }

    void wslConfigValues_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "mode=@0() fwd=?@0() -> nat,forwarding";
        QTest::newRow("quoted #") << QByteArray("[wsl2]\nnetworkingMode=\"mirrored\" # yes\n")
                                  << "mode=mirrored@2(wsl2.networkingMode) fwd=?@0() -> mirrored,forwarding";
        QTest::newRow("upper case")
            << QByteArray("[WSL2]\nNETWORKINGMODE=Mirrored\nLOCALHOSTFORWARDING=0\n")
            << "mode=mirrored@2(wsl2.networkingMode) fwd=false@3(0) -> mirrored,no-forwarding";
        QTest::newRow("unknown mode falls back to NAT")
            << QByteArray("[wsl2]\nnetworkingMode=mirored\n")
            << "mode=mirored@2(wsl2.networkingMode) fwd=?@0() -> nat,forwarding";
        QTest::newRow("consomme is virtioproxy")
            << QByteArray("[wsl2]\nnetworkingMode=Consomme\n")
            << "mode=consomme@2(wsl2.networkingMode) fwd=?@0() -> virtioproxy,forwarding";
        QTest::newRow("wsl2 key first, experimental ignored")
            << QByteArray("[wsl2]\nnetworkingMode=none\n[experimental]\nnetworkingMode=mirrored\n")
            << "mode=none@2(wsl2.networkingMode) fwd=?@0() -> none,forwarding";
        QTest::newRow("indented keys, tabs") << QByteArray("\t[wsl2]\n\tlocalhostForwarding\t=\tfalse\n")
                                             << "mode=@0() fwd=false@2(false) -> nat,no-forwarding";
        QTest::newRow("unclosed quote is skipped")
            << QByteArray("[wsl2]\nlocalhostForwarding=\"false\nlocalhostForwarding=false\n")
            << "mode=@0() fwd=false@3(false) -> nat,no-forwarding";
        // WSL joins a value ending in a backslash with the next line in LF files and rejects it in
        // CRLF ones (an escaped CR); the parser skips it in both.
        QTest::newRow("a continued value is not read")
            << QByteArray("[wsl2]\nnetworkingMode=mirrored\\\n") << "mode=@0() fwd=?@0() -> nat,forwarding";
        QTest::newRow("text after a section is rejected")
            << QByteArray("[wsl2] x\nnetworkingMode=mirrored\n") << "mode=@0() fwd=?@0() -> nat,forwarding";
    }
    void wslConfigValues() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QCOMPARE(config(parseWslConfig(decoded(text))), expected);
        QCOMPARE(config(parseWslConfig(decoded(utf16le(text, true)))), expected);
    }
};

QTEST_GUILESS_MAIN(TestWinWsl)
#include "tst_winwsl.moc"
