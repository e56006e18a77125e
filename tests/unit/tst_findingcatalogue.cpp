// The finding catalogue agrees with the code, the tests and docs/findings.md: every id the engine
// can produce is catalogued, asserted by some test, and documented.

#include "wizard/report/findingcatalogue.h"
#include "wizard/steps/registry.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace ld::wizard;

namespace {

QString readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every source file below a folder of the tree, with its text.
QMap<QString, QString> sources(const QString& folder, const QStringList& filters) {
    QMap<QString, QString> out;
    QDirIterator it(QStringLiteral(LD_SOURCE_DIR "/") + folder, filters, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(path, readAll(path));
    }
    return out;
}

// Finding ids written in the engine's code: "step.name" string literals of the known prefixes,
// less file names ("proxy.txt") and config keys ("mcp.servers") that share the shape.
QSet<QString> idsInCode() {
    static const QRegularExpression literal(QStringLiteral(
        "\"((?:port|host|server|firewall|conflict|protocol|proxy|mcp|target)\\.[a-z][a-z0-9_]*)\""));
    static const QSet<QString> fileNames = {QStringLiteral("txt"), QStringLiteral("log"),
                                            QStringLiteral("json"), QStringLiteral("html")};
    static const QSet<QString> notIds = {QStringLiteral("mcp.servers")};
    QSet<QString> ids;
    const auto files = sources(QStringLiteral("wizard"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")});
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (it.key().endsWith(QLatin1String("findingcatalogue.cpp")))
            continue;
        auto matches = literal.globalMatch(it.value());
        while (matches.hasNext()) {
            const QString id = matches.next().captured(1);
            if (!fileNames.contains(id.section(QLatin1Char('.'), -1)) && !notIds.contains(id))
                ids.insert(id);
        }
    }
    return ids;
}

} // namespace

class TestFindingCatalogue final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsAreWellFormed() {
        QSet<QString> seen;
        static const QSet<QString> severities = {QStringLiteral("ok"), QStringLiteral("info"),
                                                 QStringLiteral("warning"), QStringLiteral("error")};
        static const QSet<QString> otherSteps = {QStringLiteral("config"), QStringLiteral("mcp-server"),
                                                 QStringLiteral("tray")};
        for (const FindingInfo& row : FindingCatalogue::rows()) {
            const QString id = QLatin1String(row.id);
            QVERIFY2(!seen.contains(id), qPrintable(id + QStringLiteral(" is listed twice")));
            seen.insert(id);
            QVERIFY2(StepRegistry::find(QLatin1String(row.step)) ||
                         otherSteps.contains(QLatin1String(row.step)),
                     qPrintable(id + QStringLiteral(": unknown step ") + QLatin1String(row.step)));
            for (const QString& severity : QString::fromLatin1(row.severities).split(QLatin1Char('|')))
                QVERIFY2(severities.contains(severity),
                         qPrintable(id + QStringLiteral(": severity ") + severity));
            QVERIFY2(qstrlen(row.meaning) > 10, row.id);
            for (const QString& fix :
                 QString::fromLatin1(row.fixes).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                QVERIFY2(fix.startsWith(QLatin1String("fix.")),
                         qPrintable(id + QStringLiteral(": fix ") + fix));
        }
        QVERIFY(FindingCatalogue::find(QStringLiteral("port.out_of_range")));
        QVERIFY(!FindingCatalogue::find(QStringLiteral("port.no_such_finding")));
    }

    void everyIdInTheCodeIsCatalogued() {
        const QSet<QString> ids = idsInCode();
        QVERIFY2(ids.size() > 40, "the scan of wizard/ found too few ids: is LD_SOURCE_DIR right?");
        QStringList missing;
        for (const QString& id : ids)
            if (!FindingCatalogue::find(id))
                missing << id;
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in the catalogue: ") + missing.join(QLatin1Char(' '))));
    }

    void everyCataloguedIdIsProducedAndTested() {
        // Ids no test asserts yet: this list may only shrink (each entry is a test still to write).
        static const QSet<QString> owed = {};
        const QSet<QString> produced = idsInCode();
        const auto tests = sources(QStringLiteral("tests"), {QStringLiteral("*.cpp"), QStringLiteral("*.py"),
                                                             QStringLiteral("*.sh"), QStringLiteral("*.js")});
        QStringList unproduced;
        QStringList untested;
        for (const FindingInfo& row : FindingCatalogue::rows()) {
            const QString id = QLatin1String(row.id);
            if (!produced.contains(id))
                unproduced << id;
            const QString quoted = QLatin1Char('"') + id + QLatin1Char('"');
            bool asserted = false;
            for (auto it = tests.begin(); !asserted && it != tests.end(); ++it)
                asserted = !it.key().endsWith(QLatin1String("tst_findingcatalogue.cpp")) &&
                           it.value().contains(quoted);
            if (!asserted && !owed.contains(id))
                untested << id;
            if (asserted && owed.contains(id))
                untested << id + QStringLiteral(" (now tested: take it off the owed list)");
        }
        QVERIFY2(unproduced.isEmpty(), qPrintable(QStringLiteral("catalogued but never produced: ") +
                                                  unproduced.join(QLatin1Char(' '))));
        QVERIFY2(untested.isEmpty(),
                 qPrintable(QStringLiteral("asserted by no test: ") + untested.join(QLatin1Char(' '))));
    }

    void referenceIsUpToDate() {
        const QString path = QStringLiteral(LD_SOURCE_DIR "/docs/findings.md");
        const QString generated = FindingCatalogue::markdown();
        if (qEnvironmentVariableIsSet("LD_UPDATE_DOCS")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(generated.toUtf8()), qint64(generated.toUtf8().size()));
        }
        QVERIFY2(readAll(path) == generated, "docs/findings.md is not the catalogue's: run LD_UPDATE_DOCS=1 "
                                             "build/dev/tests/tst_findingcatalogue");
    }
};

QTEST_APPLESS_MAIN(TestFindingCatalogue)
#include "tst_findingcatalogue.moc"
