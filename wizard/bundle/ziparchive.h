#pragma once
// The zip writer behind zipmodule/ldzip.h: on Linux loaded from its module the first time a bundle
// is written, elsewhere linked in.

#include <QByteArray>
#include <QString>
#include <vector>

struct ld_zip_entry;

namespace ld::wizard {

// The archive of `entries` (deflated, each dated `mtime`, seconds since the epoch); empty with a
// message in `error` when it cannot be made, also when the module cannot be loaded.
QByteArray zipArchive(const std::vector<ld_zip_entry>& entries, qint64 mtime, QString* error);

} // namespace ld::wizard
