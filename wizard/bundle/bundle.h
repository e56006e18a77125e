#pragma once
// The diagnostic bundle for support: list, then write. BundleBuilder collects every file and
// redacts it into a BundlePlan (name in the archive, where it came from, the exact bytes that
// will be written, what was redacted); the dialog and `bundle --list` show that plan, the user
// may leave optional files out, and BundleWriter writes the included entries and a manifest into
// one .zip (libzip, in memory, then platform::SafeFile: a failed write leaves nothing behind).
// Nothing is uploaded anywhere.

#include "platform/system.h"
#include "wizard/bundle/redactor.h"
#include "wizard/facts.h"
#include "wizard/mcp/mcpconfig.h"
#include "wizard/runworker.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <atomic>

namespace ld::wizard {

struct BundleEntry {
    QString name;                    // in the archive, e.g. "targets/1-localhost-3000/report.json"
    QString source;                  // where it came from, for people (redacted like the content)
    QByteArray data;                 // exactly what will be written, redacted
    QList<RedactionSpan> highlights; // replaced ranges in QString::fromUtf8(data)
    QMap<QString, int> redactions;   // replacements by kind
    QStringList placeholders;        // the secrets' placeholders used here (never the secrets)
    bool optional = false;           // the user may leave it out
    bool included = true;

    qint64 bytes() const { return data.size(); }
    QMap<QString, int> distinctSecrets() const; // kind -> different secrets
};

struct BundlePlan {
    static constexpr auto manifestName = "manifest.json";

    QList<BundleEntry> entries; // manifest.json is the last one, kept up to date
    QList<QJsonObject> reports; // per report: its folder, the input and the intent it was made with
    QStringList notes;          // what could not be collected, in plain words
    QDateTime created;

    int indexOf(const QString& name) const;
    // Leaves an optional file out or puts it back; false for an unknown or required file.
    bool setIncluded(const QString& name, bool included);
    qint64 includedBytes() const;
    QJsonObject manifest() const; // from the included entries other than the manifest
    void refreshManifest();       // rewrites the manifest entry
};

struct BundleRequest {
    QStringList targets;           // diagnosed now, one folder each
    QMap<QString, Intent> intents; // the intent a target is diagnosed with (default: options.intent)
    QList<QJsonObject> reports;    // already finished reports (report@1 JSON), e.g. the wizard's
    QString configPath;            // the Claude Desktop config; empty: where Claude Desktop keeps it
    Options options;
    int logTailLines = 500;     // of each MCP log
    int appLogTailLines = 2000; // of the app's own log
    const std::atomic_bool* cancel = nullptr;
};

// Collects and redacts everything into a plan. Runs and emits like Diagnosis: run() is
// synchronous (the command line), start() runs the same on a worker thread and reports through
// signals (the dialog keeps no thread of its own). The System comes from the caller.
class BundleBuilder final : public QObject {
    Q_OBJECT
public:
    BundleBuilder(platform::System& system, HostContext host,
                  RedactionIdentity identity = RedactionIdentity::current(), QObject* parent = nullptr);
    ~BundleBuilder() override; // cancels and waits for a running start()

    BundlePlan run(const BundleRequest& request);
    BundlePlan build(const BundleRequest& request) { return run(request); }
    void start(const BundleRequest& request);
    void cancel();
    bool isRunning() const;

    // The last `lines` lines of a file, read from its end (logs can be large).
    static QByteArray tail(const QString& path, int lines, QString* error = nullptr);
    // The archive folder for a target: targets/<n>-<host>-<port>.
    static QString targetFolder(int number, const QString& host, const QString& port);
    // The names of the Claude Desktop MCP logs in a folder: mcp.log, mcp-server-*.log.
    static QStringList mcpLogNames(const QString& directory);

Q_SIGNALS:
    // What is being collected now ("diagnosing localhost:3000", "reading the MCP logs").
    void progress(const QString& what, int done, int total);
    // Also after cancel() (then the plan is empty).
    void finished(const ld::wizard::BundlePlan& plan);

private:
    void addText(BundlePlan& plan, const QString& name, const QString& source, const QString& text,
                 bool optional);
    void addReport(BundlePlan& plan, int number, const QJsonObject& report);
    void addConfigAndLogs(BundlePlan& plan, const BundleRequest& request);
    QString systemText();
    QString socketsText();
    QString firewallText();
    QString proxyText(const QStringList& urls);

    platform::System& m_system;
    HostContext m_host;
    RedactionIdentity m_identity;
    Redactor m_redactor;
    RunWorker m_worker;
};

enum class BundleError {
    None,
    Exists,     // the file exists and overwrite was not given: ask, then write with overwrite
    NoFolder,   // the folder does not exist
    IsFolder,   // the path names a folder
    Unwritable, // no permission, or a read-only file system
    DiskFull,
    Failed, // anything else (the message says what)
};

struct BundleWriteResult {
    BundleError error = BundleError::None;
    QString message; // plain, translated; empty when it worked
    QString path;    // absolute
    qint64 bytes = 0;
    bool ok() const { return error == BundleError::None; }
};

class BundleWriter {
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    // The included entries (the manifest last) as a zip archive; empty with an error on failure.
    static QByteArray zip(const BundlePlan& plan, QString* error);
    // Checks the destination only: a usable folder, and an existing file only with overwrite.
    static BundleWriteResult check(const QString& path, bool overwrite);
    // Writes the zip to a temporary file beside path, then renames it into place.
    static BundleWriteResult write(const BundlePlan& plan, const QString& path, bool overwrite);
    // localhost-doctor-bundle-YYYYMMDD-HHMMSS.zip
    static QString defaultFileName(const QDateTime& when = QDateTime::currentDateTime());
};

} // namespace ld::wizard

Q_DECLARE_METATYPE(ld::wizard::BundlePlan)
