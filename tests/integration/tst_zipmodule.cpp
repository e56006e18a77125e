// The zip writer is a module on Linux (zipmodule/, wizard/bundle/ziparchive.cpp): no command but a
// bundle loads libzip or the libcrypto it needs, and `bundle` finds the module where an install
// puts it. The real command line is copied into each layout and run with a clean home.

#include "support/peers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

class TestZipModule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void otherCommandsLoadNoZipLibrary();
    void bundleLoadsTheModule();
    void moduleBesideTheProgram();
    void moduleWhereTheInstallPutsIt();
    void missingModuleSaysSoAndWritesNothing();

private:
    void bundleWritesFrom(const QString& program, const QString& moduleFolder, const QString& zip);

    QTemporaryDir m_root;
    QString m_home;
};

void TestZipModule::initTestCase() {
    QVERIFY(m_root.isValid());
    m_home = m_root.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    QVERIFY2(QFileInfo::exists(QStringLiteral(LD_ZIP_MODULE_PATH)), LD_ZIP_MODULE_PATH);
    if (!haveProgram(QStringLiteral("python3")))
        QSKIP("needs python3 to read the zip back (scripts/deps.sh test installs it)");
}

// The dynamic loader's own account (LD_DEBUG=libs) of what a command loads, dependencies included.
void TestZipModule::otherCommandsLoadNoZipLibrary() {
    for (const QStringList& args :
         {QStringList{QStringLiteral("--version")},
          QStringList{QStringLiteral("listeners"), QStringLiteral("--json")},
          QStringList{QStringLiteral("check"), QStringLiteral("localhost:619009")}}) {
        const Run result = run(QStringLiteral(LD_BINARY), args, m_home, {QStringLiteral("LD_DEBUG=libs")});
        QVERIFY2(result.exitCode >= 0, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(result.err.contains("calling init: "),
                 "LD_DEBUG=libs printed nothing: the test would prove nothing");
        QVERIFY2(!result.err.contains("libzip.so"), qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(!result.err.contains("libcrypto.so"), qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(!result.err.contains("localhost-doctor-zip"), qPrintable(args.join(QLatin1Char(' '))));
    }
}

void TestZipModule::bundleLoadsTheModule() {
    const QString zip = m_root.filePath(QStringLiteral("build-tree.zip"));
    const Run result = run(QStringLiteral(LD_BINARY), {QStringLiteral("bundle"), QStringLiteral("-o"), zip},
                           m_home, {QStringLiteral("LD_DEBUG=libs")});
    QVERIFY2(result.exitCode == 0, result.err.right(2000).constData());
    QVERIFY(result.err.contains("localhost-doctor-zip"));
    QVERIFY(result.err.contains("libzip.so"));
    QVERIFY(isZip(zip));
}

// The command line copied to `program`, the module to `moduleFolder`: `bundle` writes a zip.
void TestZipModule::bundleWritesFrom(const QString& program, const QString& moduleFolder,
                                     const QString& zip) {
    QVERIFY(copyExecutable(QStringLiteral(LD_BINARY), program));
    QVERIFY(QDir().mkpath(moduleFolder));
    QVERIFY(QFile::copy(QStringLiteral(LD_ZIP_MODULE_PATH),
                        moduleFolder + QLatin1Char('/') +
                            QFileInfo(QStringLiteral(LD_ZIP_MODULE_PATH)).fileName()));
    const Run result = run(program, {QStringLiteral("bundle"), QStringLiteral("-o"), zip}, m_home);
    QVERIFY2(result.exitCode == 0, result.err.right(2000).constData());
    QVERIFY(isZip(zip));
}

void TestZipModule::moduleBesideTheProgram() {
    const QString folder = m_root.filePath(QStringLiteral("beside"));
    bundleWritesFrom(folder + QStringLiteral("/localhost-doctor"), folder,
                     m_root.filePath(QStringLiteral("beside.zip")));
}

void TestZipModule::moduleWhereTheInstallPutsIt() {
    const QString prefix = m_root.filePath(QStringLiteral("prefix"));
    bundleWritesFrom(prefix + QStringLiteral("/bin/localhost-doctor"),
                     QDir::cleanPath(prefix + QStringLiteral("/bin/" LD_ZIP_RELATIVE_DIR)),
                     m_root.filePath(QStringLiteral("installed.zip")));
}

// Outside the build tree with no module anywhere: a clear message and exit 3, no file, no crash.
void TestZipModule::missingModuleSaysSoAndWritesNothing() {
    const QString program = m_root.filePath(QStringLiteral("alone/localhost-doctor"));
    QVERIFY(copyExecutable(QStringLiteral(LD_BINARY), program));
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

QTEST_GUILESS_MAIN(TestZipModule)
#include "tst_zipmodule.moc"
