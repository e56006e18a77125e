#pragma once
// The PATH the desktop gives the programs it starts, where the OS keeps it apart from this
// process's environment. Windows: the registry's system Path then the user's (REG_EXPAND_SZ
// expanded, platform/windowstext/registrypath.h), what Explorer hands Claude Desktop. nullopt on
// other OSes (Linux asks systemd in wizard/mcp/hostcontext.cpp) and when nothing can be read.

#include <optional>
#include <string>

namespace ld::platform {

std::optional<std::string> registrySessionPath();

} // namespace ld::platform
