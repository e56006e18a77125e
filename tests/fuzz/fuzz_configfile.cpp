// libFuzzer target for the config reader: any bytes, written to a file and read back under a
// size limit the first byte picks, come back whole or are refused as too big (never cut short),
// and the reading plus the shape checks stay bounded (server entries capped).
#include "wizard/mcp/configfile.h"
#include "wizard/mcp/mcpconfig.h"

#include <QFile>
#include <QTemporaryFile>
#include <cstddef>
#include <cstdint>

using namespace ld::wizard;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    static QTemporaryFile file;
    if (!file.isOpen() && !file.open())
        return 0;
    if (!file.resize(0) || !file.seek(0) || file.write(bytes) != bytes.size() || !file.flush())
        return 0;
    const qint64 limit = size > 0 ? qint64(data[0]) * 64 : ConfigFile::kMaxBytes;
    const ConfigFileRead read = ConfigFile::read(file.fileName(), limit);
    if (bytes.size() > limit) {
        if (read.problem != ConfigFileRead::Problem::TooBig || !read.bytes.isEmpty() ||
            read.message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (!read.ok() || read.bytes != bytes || read.size != bytes.size())
        __builtin_trap();
    const McpConfig config = McpConfigReader::parse(read.bytes, file.fileName());
    if (config.servers.size() > ConfigFile::kMaxServers)
        __builtin_trap();
    return 0;
}
