#pragma once
// Fixes that edit claude_desktop_config.json. Only the bytes of the values concerned change, so
// key order, spacing and other tools' settings stay byte-identical; the result must parse; a
// dated backup beside it is written and verified first (as private as the original), the edit is
// recorded for undo, then the file is replaced through platform::SafeFile; undo restores that
// backup, refusing when the file changed since (other than by a failed write).

#include "platform/safefile.h"
#include "wizard/mcp/mcpconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace ld::wizard {

struct ValueEdit {
    enum class Kind {
        ReplaceString,  // the string at path becomes `text`
        PrependToArray, // `items` go first into the array at path (made after `anchor` when missing)
    };
    Kind kind = Kind::ReplaceString;
    JsonPath path;
    QString text;
    QStringList items;
    JsonPath anchor;
};

struct ConfigEditResult {
    bool ok = false;
    QString error; // translated, when !ok
    QString configPath;
    QString backupPath; // the dated copy of the bytes before the edit
    QString diff;       // the changed lines, before and after
    QByteArray before;
    QByteArray after;
    QString message; // what to do next (restart Claude Desktop)
    QString writtenSha256;
    // (fix.add_localhost_doctor) The file did not exist: apply() creates it (0600, its folder too)
    // and undo() removes it again.
    bool created = false;
    // (fix.add_localhost_doctor) The entry is already there: nothing to write; `message` says so.
    bool unchanged = false;
    // Set when writing a file failed (full, read-only, denied...): the command exits 3.
    platform::WriteError writeError = platform::WriteError::None;
};

class ConfigEditor {
    Q_DECLARE_TR_FUNCTIONS(ConfigEditor)
public:
    // The fixes this can apply: fix.use_absolute_command, fix.use_port, fix.wrap_in_cmd, the
    // reshapes (configreshape.h) and fix.add_localhost_doctor (selfinstall.h).
    static bool canApply(const QString& fixId);
    // The edits for a fix and its params; nullopt with error when the fix can't be applied.
    static std::optional<QList<ValueEdit>> editsForFix(const QString& fixId, const QVariantMap& params,
                                                       QString* error);
    // Applies edits to the text; nullopt with error when a value is missing or the text does not parse.
    static std::optional<QByteArray> applyEdits(const QByteArray& bytes, const QList<ValueEdit>& edits,
                                                QString* error);
    // The changed lines: "@@ line N @@", then "- before" and "+ after" lines.
    static QString diff(const QByteArray& before, const QByteArray& after);

    // What the fix would change, without writing anything.
    static ConfigEditResult preview(const QString& configPath, const QString& fixId,
                                    const QVariantMap& params);
    // Backs up, then writes. `now` names the backup (claude_desktop_config.json.bak-YYYYMMDD-HHMMSS).
    static ConfigEditResult apply(const QString& configPath, const QString& fixId, const QVariantMap& params,
                                  const QDateTime& now = QDateTime::currentDateTime());
    // What undo() would change (before: the config, after: the backup), reading both with the
    // config reader's limits (never a FIFO); ok false with error when either can't be read.
    static ConfigEditResult undoPreview(const QString& configPath, const QString& backupPath);
    // Restores the backup, refusing if the config is no longer what apply() wrote.
    static ConfigEditResult undo(const QString& configPath, const QString& backupPath);

    // Where apply() records what it wrote, for undo (in the app's data folder).
    static QString journalPath();
};

} // namespace ld::wizard
