#include "wizard/watch/settingsfile.h"

#include "platform/log.h"
#include "platform/safefile.h"
#include "wizard/mcp/configfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

namespace ld::wizard {

namespace {
constexpr qint64 kMaxSettingsBytes = 1024 * 1024;
}

QString SettingsFile::defaultPath() {
    const QString dir = qEnvironmentVariable("LD_SETTINGS_DIR");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("ui.ini"));
    const QSettings where(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("localhost-doctor"),
                          QStringLiteral("ui"));
    return where.fileName();
}

SettingsFile::SettingsFile(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path)) {}

QVariant SettingsFile::value(const QString& key, const QVariant& fallback) const {
    // Never a FIFO or a device (QSettings would wait on it), never a huge file.
    const platform::ReadResult kind = platform::readRegularFile(m_path.toStdString(), kMaxSettingsBytes);
    if (!kind.ok())
        return fallback;
    return QSettings(m_path, QSettings::IniFormat).value(key, fallback);
}

bool SettingsFile::setValue(const QString& key, const QVariant& value, QString* error) {
    // QSettings makes the INI text in a private scratch folder, from the keys on disk and the new
    // one; the one writer puts it in place.
    const QTemporaryDir scratch;
    const QString scratchPath = scratch.filePath(QStringLiteral("ui.ini"));
    {
        QSettings settings(scratchPath, QSettings::IniFormat);
        if (platform::readRegularFile(m_path.toStdString(), kMaxSettingsBytes).ok()) {
            const QSettings current(m_path, QSettings::IniFormat);
            for (const QString& existing : current.allKeys())
                settings.setValue(existing, current.value(existing));
        }
        settings.setValue(key, value);
        settings.sync();
        if (!scratch.isValid() || settings.status() != QSettings::NoError) {
            if (error)
                *error =
                    tr("Could not prepare the settings file %1 (the temporary folder %2 can't be written).")
                        .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(QDir::tempPath()));
            return false;
        }
    }
    const ConfigFileRead text = ConfigFile::read(scratchPath);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const platform::WriteResult written =
        text.ok() ? platform::SafeFile::write(m_path, text.bytes) : platform::WriteResult{};
    if (!text.ok() || !written.ok()) {
        ld::log::get(ld::log::Area::Ui)
            .warn("writing {} failed: {}", m_path.toStdString(), platform::describeWriteFailure(written));
        if (error)
            *error = text.ok() ? platform::SafeFile::failureMessage(written) : text.message;
        return false;
    }
    return true;
}

} // namespace ld::wizard
