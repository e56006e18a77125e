#pragma once
// `localhost-doctor bundle [-o FILE] [--target T]... [--config FILE] [--yes] [--list]`: the
// diagnostic bundle for support, redacted, written to one .zip. Nothing is uploaded.
//
// Exit status: 0 written (or listed); 2 bad usage or a bad destination the user can correct
// (its folder does not exist, it names a folder, it exists and --yes was not given, a target or
// --config that can't be read); 3 the write itself failed (no permission, a read-only file
// system, a full disk, a libzip error). In every failure nothing is left in the folder.

#include <QStringList>

namespace ld::platform {
class System;
}

namespace ld::app {

int commandBundle(const QStringList& arguments, platform::System& system);

} // namespace ld::app
