// The program's two modules on Linux (platform/privatemodule.h). The engine (app/corecli.h,
// liblocalhost-doctor-cli.so): `listeners` and `--version` run in the command line itself, which
// loads no Qt Network, and every other command line in the module. The zip writer (zipmodule/,
// wizard/bundle/ziparchive.cpp): no command but a bundle loads libzip or the libcrypto it needs.
// Both are found where an install puts them, and a missing or broken one is said, never a crash.
// The real command line is copied into each layout and run with a clean home. The dynamic
// loader's own account (LD_DEBUG=libs) says what a command loaded, dependencies included.

#include "support/peers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace ld::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args, const QString& home,
        const QStringList& extraEnv = {}) {
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString& pair : extraEnv)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    process.start(program, args);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

bool copyExecutable(const QString& from, const QString& to) {
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool copyModule(const QString& module, const QString& folder) {
    QDir().mkpath(folder);
    return QFile::copy(module, folder + QLatin1Char('/') + QFileInfo(module).fileName());
}

// What LD_DEBUG=libs says was loaded: the "calling init: PATH" lines (the test proves nothing if
// there are none).
QStringList loadedLibraries(const QByteArray& debugOutput) {
    QStringList loaded;
    for (const QByteArray& line : debugOutput.split('\n'))
        if (const qsizetype at = line.indexOf("calling init: "); at >= 0)
            loaded.append(QString::fromUtf8(line.mid(at + 14).trimmed()));
    return loaded;
}

bool anyContains(const QStringList& libraries, const char* name) {
    return std::any_of(libraries.begin(), libraries.end(),
                       [&](const QString& library) { return library.contains(QLatin1String(name)); });
}

bool isZip(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(4) != QByteArray("PK\x03\x04", 4))
        return false;
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); "
                        "sys.exit(0 if z.testzip() is None and 'manifest.json' in z.namelist() else 1)"),
         path});
    return python.waitForFinished(30000) && python.exitStatus() == QProcess::NormalExit &&
           python.exitCode() == 0;
}

} // namespace

class TestModules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listingLoadsQtCoreOnly();
    void checkLoadsTheEngineModule();
    void otherCommandsLoadNoZipLibrary();
    void bundleLoadsTheModule();
    void moduleBesideTheProgram();
    void moduleWhereTheInstallPutsIt();
    void withoutTheEngineTheListingStillWorks();
    void brokenEngineModuleIsSaid();
    void missingModuleSaysSoAndWritesNothing();

private:
    void bundleWritesFrom(const QString& program, const QString& moduleFolder, const QString& zip);

    QTemporaryDir m_root;
    QString m_home;
};

void TestModules::initTestCase() {
    QVERIFY(m_root.isValid());
    m_home = m_root.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    QVERIFY2(QFileInfo::exists(QStringLiteral(LD_ZIP_MODULE_PATH)), LD_ZIP_MODULE_PATH);
    QVERIFY2(QFileInfo::exists(QStringLiteral(LD_CLI_MODULE_PATH)), LD_CLI_MODULE_PATH);
    if (!haveProgram(QStringLiteral("python3")))
        QSKIP("needs python3 to read the zip back (scripts/deps.sh test installs it)");
}

// `listeners` and `--version` need Qt Core only: neither Qt Network nor the engine is loaded, and
// the listing is whole (the sockets ss also sees are checked by tst_listeners_vs_ss).
void TestModules::listingLoadsQtCoreOnly() {
    for (const QStringList& args : {QStringList{QStringLiteral("--version")},
                                    QStringList{QStringLiteral("listeners"), QStringLiteral("--json")}}) {
        const Run result = run(QStringLiteral(LD_BINARY), args, m_home, {QStringLiteral("LD_DEBUG=libs")});
        QVERIFY2(result.exitCode == 0, result.err.right(2000).constData());
        const QStringList loaded = loadedLibraries(result.err);
        QVERIFY2(anyContains(loaded, "libQt6Core"),
                 "LD_DEBUG=libs printed no Qt Core: the test would prove nothing");
        for (const char* library : {"libQt6Network", "liblocalhost-doctor-cli", "libgssapi", "libproxy"})
            QVERIFY2(!anyContains(loaded, library),
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" loaded ") +
                                QLatin1String(library)));
    }
    const Run listing =
        run(QStringLiteral(LD_BINARY), {QStringLiteral("listeners"), QStringLiteral("--json")}, m_home);
    const QJsonArray rows =
        QJsonDocument::fromJson(listing.out).object().value(QStringLiteral("listeners")).toArray();
    QVERIFY2(!rows.isEmpty(), listing.out.left(2000).constData());
    QVERIFY(rows.first().toObject().contains(QStringLiteral("program")));
}

// Every other command runs in the engine module, which brings Qt Network.
void TestModules::checkLoadsTheEngineModule() {
    const Run result =
        run(QStringLiteral(LD_BINARY),
            {QStringLiteral("check"), QStringLiteral("localhost:619009"), QStringLiteral("--json")}, m_home,
            {QStringLiteral("LD_DEBUG=libs")});
    QCOMPARE(result.exitCode, 1);
    const QStringList loaded = loadedLibraries(result.err);
    QVERIFY2(anyContains(loaded, "liblocalhost-doctor-cli.so"), qPrintable(loaded.join(QLatin1Char('\n'))));
    QVERIFY(anyContains(loaded, "libQt6Network"));
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("finding")).toString(),
             QStringLiteral("port.out_of_range"));
}

void TestModules::otherCommandsLoadNoZipLibrary() {
    for (const QStringList& args : {QStringList{QStringLiteral("--version")},
                                    QStringList{QStringLiteral("listeners"), QStringLiteral("--json")},
                                    QStringList{QStringLiteral("check"), QStringLiteral("localhost:619009")},
                                    QStringList{QStringLiteral("--help")}}) {
        const Run result = run(QStringLiteral(LD_BINARY), args, m_home, {QStringLiteral("LD_DEBUG=libs")});
        QVERIFY2(result.exitCode >= 0, qPrintable(args.join(QLatin1Char(' '))));
        const QStringList loaded = loadedLibraries(result.err);
        QVERIFY2(!loaded.isEmpty(), "LD_DEBUG=libs printed nothing: the test would prove nothing");
        for (const char* library : {"libzip.so", "libcrypto.so", "localhost-doctor-zip"})
            QVERIFY2(!anyContains(loaded, library), qPrintable(args.join(QLatin1Char(' '))));
    }
}

void TestModules::bundleLoadsTheModule() {
    const QString zip = m_root.filePath(QStringLiteral("build-tree.zip"));
    const Run result = run(QStringLiteral(LD_BINARY), {QStringLiteral("bundle"), QStringLiteral("-o"), zip},
                           m_home, {QStringLiteral("LD_DEBUG=libs")});
    QVERIFY2(result.exitCode == 0, result.err.right(2000).constData());
    QVERIFY(result.err.contains("localhost-doctor-zip"));
    QVERIFY(result.err.contains("libzip.so"));
    QVERIFY(isZip(zip));
}

// The command line copied to `program`, both modules to `moduleFolder`: `bundle` writes a zip, with
// the engine loaded from there (not from the build tree).
void TestModules::bundleWritesFrom(const QString& program, const QString& moduleFolder, const QString& zip) {
    QVERIFY(copyExecutable(QStringLiteral(LD_BINARY), program));
    QVERIFY(copyModule(QStringLiteral(LD_ZIP_MODULE_PATH), moduleFolder));
    QVERIFY(copyModule(QStringLiteral(LD_CLI_MODULE_PATH), moduleFolder));
    const Run result = run(program, {QStringLiteral("bundle"), QStringLiteral("-o"), zip}, m_home,
                           {QStringLiteral("LD_DEBUG=libs")});
    const QStringList loaded = loadedLibraries(result.err);
    QVERIFY2(loaded.contains(QDir::cleanPath(moduleFolder + QStringLiteral("/liblocalhost-doctor-cli.so"))),
             qPrintable(loaded.join(QLatin1Char('\n'))));
    QVERIFY2(result.exitCode == 0, result.err.right(2000).constData());
    QVERIFY(isZip(zip));
}

void TestModules::moduleBesideTheProgram() {
    const QString folder = m_root.filePath(QStringLiteral("beside"));
    bundleWritesFrom(folder + QStringLiteral("/localhost-doctor"), folder,
                     m_root.filePath(QStringLiteral("beside.zip")));
}

void TestModules::moduleWhereTheInstallPutsIt() {
    const QString prefix = m_root.filePath(QStringLiteral("prefix"));
    bundleWritesFrom(prefix + QStringLiteral("/bin/localhost-doctor"),
                     QDir::cleanPath(prefix + QStringLiteral("/bin/" LD_ZIP_RELATIVE_DIR)),
                     m_root.filePath(QStringLiteral("installed.zip")));
}

// Outside the build tree with no engine anywhere: the listing and the version still work; every
// other command line (no command at all too) says what is missing and to reinstall, exit 3.
void TestModules::withoutTheEngineTheListingStillWorks() {
    const QString program = m_root.filePath(QStringLiteral("no-engine/localhost-doctor"));
    QVERIFY(copyExecutable(QStringLiteral(LD_BINARY), program));
    const Run listing = run(program, {QStringLiteral("listeners"), QStringLiteral("--json")}, m_home);
    QCOMPARE(listing.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(listing.out).object().value(QStringLiteral("listeners")).isArray());
    const Run version = run(program, {QStringLiteral("--version")}, m_home);
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("localhost-doctor "));
    // --lang is read here as in the engine: the German header.
    const Run german =
        run(program, {QStringLiteral("listeners"), QStringLiteral("--lang"), QStringLiteral("de")}, m_home);
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.startsWith("PROTO  ADRESSE"), german.out.left(200).constData());
    for (const QStringList& args : {QStringList{QStringLiteral("check"), QStringLiteral("localhost:1")},
                                    QStringList{QStringLiteral("--help")}, QStringList{}}) {
        const Run result = run(program, args, m_home);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("liblocalhost-doctor-cli.so") && result.err.contains("reinstall"),
                 result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
}

// A file of the module's name that is not a library, and a library without the entry: each said,
// with where it was looked for, exit 3.
void TestModules::brokenEngineModuleIsSaid() {
    const QString folder = m_root.filePath(QStringLiteral("broken"));
    const QString program = folder + QStringLiteral("/localhost-doctor");
    QVERIFY(copyExecutable(QStringLiteral(LD_BINARY), program));
    const QString module = folder + QStringLiteral("/liblocalhost-doctor-cli.so");
    {
        QFile garbage(module);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
    }
    Run result = run(program, {QStringLiteral("check"), QStringLiteral("localhost:1")}, m_home);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("liblocalhost-doctor-cli.so") && result.err.contains("reinstall"),
             result.err.constData());
    QVERIFY(QFile::remove(module));
    // The zip writer is a real library, but has no ld_cli_main_v1.
    QVERIFY(QFile::copy(QStringLiteral(LD_ZIP_MODULE_PATH), module));
    result = run(program, {QStringLiteral("check"), QStringLiteral("localhost:1")}, m_home);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("ld_cli_main_v1"), result.err.constData());
}

// Outside the build tree with the engine but no zip writer anywhere: a clear message and exit 3,
// no file, no crash.
void TestModules::missingModuleSaysSoAndWritesNothing() {
    const QString program = m_root.filePath(QStringLiteral("alone/localhost-doctor"));
    QVERIFY(copyExecutable(QStringLiteral(LD_BINARY), program));
    QVERIFY(copyModule(QStringLiteral(LD_CLI_MODULE_PATH), QFileInfo(program).absolutePath()));
    const QString zip = m_root.filePath(QStringLiteral("alone.zip"));
    const Run result = run(program, {QStringLiteral("bundle"), QStringLiteral("-o"), zip}, m_home);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("liblocalhost-doctor-zip.so") && result.err.contains("reinstall"),
             result.err.constData());
    QVERIFY(!QFileInfo::exists(zip));
    QVERIFY(QDir(m_root.path())
                .entryList({QStringLiteral("alone.zip*"), QStringLiteral(".alone.zip*")},
                           QDir::Files | QDir::Hidden)
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestModules)
#include "tst_modules.moc"
