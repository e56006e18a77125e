#pragma once
// Reading a config file before it is checked: what is not a regular file (a FIFO would block, a
// device never ends, a folder or socket is not a config) is refused before it is opened, and so
// is a file over the size limit; the limits on size and on server entries are named here.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ld::wizard {

struct ConfigFileRead {
    enum class Problem { None, Missing, NotRegular, TooBig, Unreadable };
    Problem problem = Problem::None;
    QByteArray bytes;
    qint64 size = 0;
    QString title;   // translated, short, for a finding's title: "… is not a regular file (it is a folder)"
    QString message; // translated, naming the file and the limit; empty when it was read
    bool ok() const { return problem == Problem::None; }
};

class ConfigFile {
    Q_DECLARE_TR_FUNCTIONS(ConfigFile)
public:
    // Claude Desktop's configs are a few KB; these are far above any real one.
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    static constexpr int kMaxServers = 1000;

    static ConfigFileRead read(const QString& path, qint64 maxBytes = kMaxBytes);
    // "3 MB"-style size as people read it.
    static QString sizeText(qint64 bytes);
    // "mcpServers has 20000 entries; at most 10000 are checked".
    static QString tooManyServersText(qsizetype count);
};

} // namespace ld::wizard
