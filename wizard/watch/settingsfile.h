#pragma once
// The few settings the windows keep (the wizard's size and place), in an INI file of our own:
// read with QSettings, written through platform::SafeFile. Not QSettings' native store: on Linux
// its save can report success after a failed flush on a full disk (QTBUG-75077), and the registry
// (Windows) and plists (macOS) can't be verified or tested on a full or read-only disk like a file.

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace ld::wizard {

class SettingsFile {
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)
public:
    // $LD_SETTINGS_DIR/ui.ini when set (tests), else QSettings' user INI path for "ui".
    static QString defaultPath();

    explicit SettingsFile(QString path = {});
    QString path() const { return m_path; }

    QVariant value(const QString& key, const QVariant& fallback = {}) const;
    // Every other key kept; on failure the file on disk is unchanged and `error` says why.
    bool setValue(const QString& key, const QVariant& value, QString* error = nullptr);

private:
    QString m_path;
};

} // namespace ld::wizard
