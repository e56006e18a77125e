#include "wizard/mcp/configedit.h"

#include "platform/log.h"
#include "platform/safefile.h"
#include "wizard/mcp/configfile.h"
#include "wizard/mcp/configreshape.h"
#include "wizard/mcp/selfinstall.h"
#include "wizard/report/quote.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace ld::wizard {
namespace {

struct Splice {
    qsizetype begin = 0;
    qsizetype end = 0; // begin == end: an insertion
    QByteArray bytes;
};

JsonPath serverPath(const QString& server, std::initializer_list<QString> keys) {
    JsonPath path = jsonPath({QStringLiteral("mcpServers"), server});
    for (const QString& key : keys)
        path.append(JsonPathPart{key, -1});
    return path;
}

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The config and its backups: regular files under the size limit only (never a FIFO).
bool readFile(const QString& path, QByteArray* bytes, QString* error) {
    const ConfigFileRead read = ConfigFile::read(path);
    if (!read.ok()) {
        *error = read.message;
        return false;
    }
    *bytes = read.bytes;
    return true;
}

// Every write goes through the one writer; a failure says which disk and what to do.
bool writeFile(const QString& path, const QByteArray& bytes, const platform::WriteOptions& options,
               ConfigEditResult* result, QString* error) {
    const platform::WriteResult written = platform::SafeFile::write(path, bytes, options);
    if (written.ok())
        return true;
    result->writeError = written.error;
    *error = platform::SafeFile::failureMessage(written);
    log::get(log::Area::Mcp).warn("config edit: {}", platform::describeWriteFailure(written));
    return false;
}

QJsonArray readJournal() {
    const ConfigFileRead read = ConfigFile::read(ConfigEditor::journalPath());
    return read.ok() ? QJsonDocument::fromJson(read.bytes).array() : QJsonArray();
}

bool appendJournal(const QJsonObject& record, ConfigEditResult* result, QString* error) {
    QJsonArray journal = readJournal();
    journal.append(record);
    while (journal.size() > 50) // a log of recent edits, not an archive
        journal.removeFirst();
    const QString path = ConfigEditor::journalPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeFile(path, QJsonDocument(journal).toJson(), {}, result, error);
}

QString restartMessage(const QVariantMap& params = {}) {
    // (fix.add_localhost_doctor) names the client whose config it changed.
    if (const ClientProfile* client = ClientProfile::byKey(params.value(QStringLiteral("client")).toString()))
        return client->restartHint();
    return ConfigEditor::tr(
        "Restart Claude Desktop so it reads the change: quit it completely (from the menu bar "
        "or the tray icon, not just the window), then open it again.");
}

// The folders up to a config that does not exist yet, each private (0700), as the clients make them.
bool makePrivateFolders(const QString& folder) {
    if (QFileInfo(folder).isDir())
        return true;
    if (!makePrivateFolders(QFileInfo(folder).absolutePath()))
        return false;
    return QDir().mkdir(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

QString ConfigEditor::journalPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/config-edits.json");
}

bool ConfigEditor::canApply(const QString& fixId) {
    return fixId == QLatin1String("fix.use_absolute_command") || fixId == QLatin1String("fix.use_port") ||
           fixId == QLatin1String("fix.wrap_in_cmd") ||
           ConfigReshape::handles(fixId) || // (mcp wing) reshapes
           SelfInstall::handles(fixId);
}

std::optional<QList<ValueEdit>> ConfigEditor::editsForFix(const QString& fixId, const QVariantMap& params,
                                                          QString* error) {
    const QString server = params.value(QStringLiteral("server")).toString();
    if (server.isEmpty()) {
        *error = tr("The fix does not say which server to change.");
        return std::nullopt;
    }
    // (mcp wing) The entry's own path when its client keeps servers elsewhere than mcpServers.NAME
    // (VS Code's servers.NAME, Claude Code's projects.P.mcpServers.NAME).
    const QStringList entryPath = params.value(QStringLiteral("entry_path")).toStringList();
    const auto serverPath = [&](const QString& name, std::initializer_list<QString> keys) {
        if (entryPath.isEmpty())
            return ld::wizard::serverPath(name, keys);
        JsonPath path;
        for (const QString& key : entryPath)
            path.append(JsonPathPart{key, -1});
        for (const QString& key : keys)
            path.append(JsonPathPart{key, -1});
        return path;
    };
    QList<ValueEdit> edits;
    if (fixId == QLatin1String("fix.use_absolute_command")) {
        const QString path = params.value(QStringLiteral("path")).toString();
        if (path.isEmpty()) {
            *error = tr("The fix does not say which program to use.");
            return std::nullopt;
        }
        edits << ValueEdit{
            ValueEdit::Kind::ReplaceString, serverPath(server, {QStringLiteral("command")}), path, {}, {}};
    } else if (fixId == QLatin1String("fix.use_port")) {
        const QString value = params.value(QStringLiteral("value")).toString();
        const int index = params.value(QStringLiteral("arg_index"), -1).toInt();
        if (value.isEmpty()) {
            *error = tr("The fix does not say which address to write.");
            return std::nullopt;
        }
        JsonPath path = serverPath(server, {QStringLiteral("url")});
        if (params.value(QStringLiteral("key")).toString() == QLatin1String("args")) {
            if (index < 0) {
                *error = tr("The fix does not say which argument holds the address.");
                return std::nullopt;
            }
            path = serverPath(server, {QStringLiteral("args")});
            path.append(JsonPathPart{QString(), index});
        }
        edits << ValueEdit{ValueEdit::Kind::ReplaceString, path, value, {}, {}};
    } else if (fixId == QLatin1String("fix.wrap_in_cmd")) {
        const QStringList args = params.value(QStringLiteral("args")).toStringList();
        if (args.size() < 2) {
            *error = tr("The fix does not say which command to wrap.");
            return std::nullopt;
        }
        edits << ValueEdit{ValueEdit::Kind::ReplaceString,
                           serverPath(server, {QStringLiteral("command")}),
                           QStringLiteral("cmd"),
                           {},
                           {}};
        edits << ValueEdit{ValueEdit::Kind::PrependToArray,
                           serverPath(server, {QStringLiteral("args")}),
                           {},
                           args.mid(0, 2),
                           serverPath(server, {QStringLiteral("command")})};
    } else {
        *error = tr("%1 can't be applied to the config automatically; make the change by hand.").arg(fixId);
        return std::nullopt;
    }
    return edits;
}

std::optional<QByteArray> ConfigEditor::applyEdits(const QByteArray& bytes, const QList<ValueEdit>& edits,
                                                   QString* error) {
    if (const auto syntax = checkJsonSyntax(bytes, true)) {
        const TextPosition where = textPosition(bytes, syntax->offset);
        *error =
            tr("The config is not valid JSON (line %1, column %2); it is left untouched. Fix that first.")
                .arg(where.line)
                .arg(where.column);
        return std::nullopt;
    }
    QList<Splice> splices;
    for (const ValueEdit& edit : edits) {
        const auto span = findJsonValue(bytes, edit.path);
        const QByteArray token = span ? bytes.mid(span->begin, span->end - span->begin) : QByteArray();
        switch (edit.kind) {
        case ValueEdit::Kind::ReplaceString:
            if (!span || !token.startsWith('"')) {
                *error = tr("%1 is not a text value in the config.").arg(jsonPathText(edit.path));
                return std::nullopt;
            }
            splices << Splice{span->begin, span->end, encodeJsonString(edit.text)};
            break;
        case ValueEdit::Kind::PrependToArray: {
            QByteArray items;
            for (const QString& item : edit.items)
                items += encodeJsonString(item) + ", ";
            if (!span) {
                // No args at all: add them right after the anchor's value.
                const auto anchor = findJsonValue(bytes, edit.anchor);
                if (!anchor) {
                    *error = tr("%1 is missing from the config.").arg(jsonPathText(edit.anchor));
                    return std::nullopt;
                }
                items.chop(2);
                splices << Splice{anchor->end, anchor->end,
                                  QByteArray(", ") + encodeJsonString(edit.path.last().key) + ": [" + items +
                                      "]"};
                break;
            }
            if (!token.startsWith('[')) {
                *error = tr("%1 is not a list in the config.").arg(jsonPathText(edit.path));
                return std::nullopt;
            }
            // Keep the list's own layout: reuse the spacing before its first item.
            qsizetype first = span->begin + 1;
            while (first < span->end && QByteArrayView(" \t\r\n").contains(bytes.at(first)))
                ++first;
            if (bytes.at(first) == ']') {
                items.chop(2);
                splices << Splice{first, first, items};
                break;
            }
            const QByteArray indent = bytes.mid(span->begin + 1, first - span->begin - 1);
            QByteArray inserted;
            for (const QString& item : edit.items)
                inserted += encodeJsonString(item) +
                            (indent.contains('\n') ? QByteArray(",") + indent : QByteArray(", "));
            splices << Splice{first, first, inserted};
            break;
        }
        }
    }
    std::sort(splices.begin(), splices.end(),
              [](const Splice& a, const Splice& b) { return a.begin > b.begin; });
    for (qsizetype i = 1; i < splices.size(); ++i) {
        if (splices.at(i).end > splices.at(i - 1).begin) {
            *error = tr("The changes overlap.");
            return std::nullopt;
        }
    }
    QByteArray result = bytes;
    for (const Splice& splice : splices)
        result.replace(splice.begin, splice.end - splice.begin, splice.bytes);
    if (checkJsonSyntax(result, true)) {
        *error = tr("The changed config would not be valid JSON; nothing was written.");
        return std::nullopt;
    }
    for (const ValueEdit& edit : edits) {
        if (edit.kind != ValueEdit::Kind::ReplaceString)
            continue;
        const auto span = findJsonValue(result, edit.path);
        if (!span || decodeJsonString(result.mid(span->begin, span->end - span->begin)) != edit.text) {
            *error = tr("The change did not come out as intended; nothing was written.");
            return std::nullopt;
        }
    }
    return result;
}

QString ConfigEditor::diff(const QByteArray& before, const QByteArray& after) {
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    qsizetype top = 0;
    while (top < a.size() && top < b.size() && a.at(top) == b.at(top))
        ++top;
    qsizetype bottom = 0;
    while (bottom < a.size() - top && bottom < b.size() - top &&
           a.at(a.size() - 1 - bottom) == b.at(b.size() - 1 - bottom))
        ++bottom;
    if (top == a.size() && top == b.size())
        return {};
    QString out = QStringLiteral("@@ line %1 @@\n").arg(top + 1);
    const auto line = [](const QByteArray& text) {
        QByteArray trimmed = text;
        if (trimmed.endsWith('\r'))
            trimmed.chop(1);
        return QString::fromUtf8(trimmed);
    };
    for (qsizetype i = top; i < a.size() - bottom; ++i)
        out += QStringLiteral("- ") + line(a.at(i)) + QLatin1Char('\n');
    for (qsizetype i = top; i < b.size() - bottom; ++i)
        out += QStringLiteral("+ ") + line(b.at(i)) + QLatin1Char('\n');
    return out;
}

ConfigEditResult ConfigEditor::preview(const QString& configPath, const QString& fixId,
                                       const QVariantMap& params) {
    // Adding this program as a server: a missing file is one to create.
    if (SelfInstall::handles(fixId))
        return SelfInstall::preview(configPath, params);
    ConfigEditResult result;
    result.configPath = configPath;
    QString error;
    if (!readFile(configPath, &result.before, &error)) {
        result.error = tr("Can't read %1: %2").arg(quoteInput(configPath), error);
        return result;
    }
    // (mcp wing) Fixes that reshape the whole text: configreshape.cpp.
    if (ConfigReshape::handles(fixId)) {
        const auto after = ConfigReshape::apply(result.before, fixId, params, &error);
        if (!after) {
            result.error = error;
            return result;
        }
        result.after = *after;
        result.diff = diff(result.before, result.after);
        result.ok = true;
        return result;
    }
    const auto edits = editsForFix(fixId, params, &error);
    if (!edits) {
        result.error = error;
        return result;
    }
    const auto after = applyEdits(result.before, *edits, &error);
    if (!after) {
        result.error = error;
        return result;
    }
    result.after = *after;
    result.diff = diff(result.before, result.after);
    result.ok = true;
    return result;
}

ConfigEditResult ConfigEditor::apply(const QString& configPath, const QString& fixId,
                                     const QVariantMap& params, const QDateTime& now) {
    ConfigEditResult result = preview(configPath, fixId, params);
    if (!result.ok || result.unchanged)
        return result;
    result.ok = false;
    if (result.created && !makePrivateFolders(QFileInfo(configPath).absolutePath())) {
        result.error = tr("Can't create the folder %1. Nothing was changed.")
                           .arg(QDir::toNativeSeparators(QFileInfo(configPath).absolutePath()));
        return result;
    }
    const QString stem =
        configPath + QStringLiteral(".bak-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = stem;
    for (int n = 2; QFileInfo::exists(backup) && n < 100; ++n)
        backup = stem + QStringLiteral("-%1").arg(n);
    QString error;
    // The backup first, verified on disk, as private as the original; it never replaces a file.
    // A config that did not exist gets an empty backup: the mark --undo finds the edit by.
    platform::WriteOptions backupOptions;
    if (!result.created)
        backupOptions.modeFrom = configPath.toStdString();
    backupOptions.mustNotExist = true;
    if (QFileInfo::exists(backup) || !writeFile(backup, result.before, backupOptions, &result, &error)) {
        result.error = tr("Can't write the backup %1: %2 Nothing was changed.").arg(backup, error);
        return result;
    }
    result.backupPath = backup;
    // Recorded before the config is touched, so --undo finds this backup whatever happens next.
    result.writtenSha256 = sha256(result.after);
    if (!appendJournal({{QStringLiteral("config"), QFileInfo(configPath).absoluteFilePath()},
                        {QStringLiteral("backup"), QFileInfo(backup).absoluteFilePath()},
                        {QStringLiteral("written_sha256"), result.writtenSha256},
                        {QStringLiteral("before_sha256"), sha256(result.before)},
                        {QStringLiteral("fix"), fixId},
                        {QStringLiteral("created"), result.created},
                        {QStringLiteral("client"), params.value(QStringLiteral("client")).toString()},
                        {QStringLiteral("time"), now.toString(Qt::ISODate)}},
                       &result, &error)) {
        QFile::remove(backup);
        result.backupPath.clear();
        result.error =
            tr("Can't record the change for --undo in %1: %2 Nothing was changed.").arg(journalPath(), error);
        return result;
    }
    if (!writeFile(configPath, result.after, {}, &result, &error)) {
        result.error = tr("Can't write %1: %2 The backup %3 is a copy of it.").arg(configPath, error, backup);
        return result;
    }
    log::get(log::Area::Mcp)
        .info("{} applied to {} (backup {})", fixId.toStdString(), configPath.toStdString(),
              backup.toStdString());
    result.message =
        (result.created ? tr("Created %1 (undo removes it again).").arg(configPath)
                        : tr("Saved %1 (the previous version is in %2).").arg(configPath, backup)) +
        QLatin1Char(' ') + restartMessage(params);
    result.ok = true;
    return result;
}

ConfigEditResult ConfigEditor::undoPreview(const QString& configPath, const QString& backupPath) {
    ConfigEditResult result;
    result.configPath = configPath;
    result.backupPath = backupPath;
    QString error;
    if (!readFile(backupPath, &result.after, &error)) {
        result.error = tr("Can't read the backup %1: %2").arg(quoteInput(backupPath), error);
        return result;
    }
    if (!readFile(configPath, &result.before, &error)) {
        result.error = tr("Can't read %1: %2").arg(quoteInput(configPath), error);
        return result;
    }
    result.diff = diff(result.before, result.after);
    result.ok = true;
    return result;
}

ConfigEditResult ConfigEditor::undo(const QString& configPath, const QString& backupPath) {
    ConfigEditResult result;
    result.configPath = configPath;
    result.backupPath = backupPath;
    QString error;
    if (!readFile(backupPath, &result.after, &error)) {
        result.error = tr("Can't read the backup %1: %2").arg(backupPath, error);
        return result;
    }
    if (!readFile(configPath, &result.before, &error)) {
        result.error = tr("Can't read %1: %2").arg(configPath, error);
        return result;
    }
    const QString config = QFileInfo(configPath).absoluteFilePath();
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    QString written;
    QString before;
    bool created = false;
    QVariantMap fixParams; // the client, for its restart hint
    for (const QJsonValue& value : readJournal()) {
        const QJsonObject record = value.toObject();
        if (record.value(QStringLiteral("config")).toString() == config &&
            record.value(QStringLiteral("backup")).toString() == backup) {
            written = record.value(QStringLiteral("written_sha256")).toString();
            before = record.value(QStringLiteral("before_sha256")).toString();
            created = record.value(QStringLiteral("created")).toBool();
            fixParams = {{QStringLiteral("client"), record.value(QStringLiteral("client")).toString()}};
        }
    }
    if (before.isEmpty())
        before = sha256(result.after);
    if (written.isEmpty()) {
        result.error =
            tr("%1 is not a backup this tool made of %2, so it can't tell what would be lost. Copy it "
               "back by hand if you are sure.")
                .arg(backupPath, configPath);
        return result;
    }
    // What the fix wrote, or still the backup's bytes (the fix's write failed), or empty (an older
    // version's failed write on a full disk): restoring loses nothing the user made.
    const QString current = sha256(result.before);
    if (current != written && current != before && !result.before.isEmpty()) {
        result.error =
            tr("%1 has changed since the fix was applied (by you or another program); undoing would lose "
               "those changes, so it is left as it is. The backup is still in %2.")
                .arg(configPath, backupPath);
        return result;
    }
    if (created) {
        // The fix made the file: undoing it removes the file (and the empty mark beside it).
        if (!QFile::remove(configPath)) {
            result.error = tr("Can't remove %1, which the fix created.").arg(configPath);
            return result;
        }
        QFile::remove(backupPath);
        result.diff = diff(result.before, QByteArray());
        result.message = tr("Removed %1, which the fix had created.").arg(configPath) + QLatin1Char(' ') +
                         restartMessage(fixParams);
        result.ok = true;
        return result;
    }
    if (!writeFile(configPath, result.after, {}, &result, &error)) {
        result.error = tr("Can't restore %1: %2 The backup %3 is kept.").arg(configPath, error, backupPath);
        return result;
    }
    result.diff = diff(result.before, result.after);
    result.message =
        tr("Restored %1 from %2.").arg(configPath, backupPath) + QLatin1Char(' ') + restartMessage(fixParams);
    result.ok = true;
    return result;
}

} // namespace ld::wizard
