#pragma once
// The checks of a server entry before launching it, by the rules of its client and of the OS
// the config was written for: the command on the client's PATH, Windows' cmd /c, host paths
// among the arguments, and localhost given to a container.

#include "wizard/mcp/mcppath.h"

#include <QCoreApplication>

namespace ld::wizard {

// An argument that names a file or folder on the host: absolute, ~/, ./, ../, C:\ or \\server.
// Not cmd's /c, not what follows a docker image, only the host side of -v HOST:CONTAINER, not
// the WSL path given to wsl.exe --cd.
struct PathArgument {
    int index = 0;
    QString argument;
    QString path; // with ~ expanded; the host part of a volume
    bool relative = false;
    bool exists = false;
};
QList<PathArgument> pathArguments(const QStringList& args, const HostContext& host,
                                  const QString& command = {});

// mcp.container_localhost: a docker/podman server given localhost URLs, with
// fix.use_host_docker_internal (and --add-host on Linux).
std::optional<Finding> containerLocalhostFinding(const McpServerEntry& entry, HostOs writtenFor);

// mcp.command_not_found, mcp.command_not_executable, mcp.windows_needs_cmd,
// mcp.path_argument_missing, mcp.path_argument_relative, mcp.container_localhost, mcp.config_os,
// and mcp.command_found when all is well. writtenFor: the OS the config is for (default: the
// host's); a config for another OS gets that OS's rules and no look-ups on this machine.
class McpStaticChecks {
    Q_DECLARE_TR_FUNCTIONS(McpStaticChecks)
public:
    static QList<Finding> check(const McpServerEntry& entry, const HostContext& host,
                                CommandResolution* resolution = nullptr,
                                const ClientProfile& client = ClientProfile::claudeDesktop(),
                                const ConfigOs* writtenFor = nullptr);
};

} // namespace ld::wizard
