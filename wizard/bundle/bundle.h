#pragma once
// The diagnostic bundle for support: list, then write. BundleBuilder collects every file and
// redacts it into a BundlePlan (name in the archive, where it came from, the exact bytes that
// will be written, what was redacted); the dialog and `bundle --list` show that plan, the user
// may leave optional files out, and BundleWriter writes the included entries and a manifest into
// one .zip (libzip, in memory, then QSaveFile: a failed write leaves nothing behind).
// Nothing is uploaded anywhere.

#include "platform/system.h"
#include "wizard/bundle/redactor.h"
#include "wizard/facts.h"
#include "wizard/mcp/mcpconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
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
    QStringList targets;        // diagnosed now, one folder each
    QList<QJsonObject> reports; // already finished reports (report@1 JSON), e.g. the wizard's
    QString configPath;         // the Claude Desktop config; empty: where Claude Desktop keeps it
    Options options;
    int logTailLines = 500;     // of each MCP log
    int appLogTailLines = 2000; // of the app's own log
    const std::atomic_bool* cancel = nullptr;
};

class BundleBuilder {
    Q_DECLARE_TR_FUNCTIONS(BundleBuilder)
public:
    BundleBuilder(platform::System& system, HostContext host,
                  RedactionIdentity identity = RedactionIdentity::current());

    BundlePlan build(const BundleRequest& request);

    // The last `lines` lines of a file, read from its end (logs can be large).
    static QByteArray tail(const QString& path, int lines, QString* error = nullptr);
    // The archive folder for a target: targets/<n>-<host>-<port>.
    static QString targetFolder(int number, const QString& host, const QString& port);
    // The names of the Claude Desktop MCP logs in a folder: mcp.log, mcp-server-*.log.
    static QStringList mcpLogNames(const QString& directory);

private:
    void addText(BundlePlan& plan, const QString& name, const QString& source, const QString& text,
                 bool optional, bool mcpConfig = false);
    void addReport(BundlePlan& plan, int number, const QJsonObject& report);
    QString systemText();
    QString socketsText();
    QString firewallText();
    QString proxyText(const QStringList& urls);

    platform::System& m_system;
    HostContext m_host;
    Redactor m_redactor;
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
