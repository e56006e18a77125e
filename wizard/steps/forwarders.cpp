#include "wizard/steps/forwarders.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ld::wizard {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Forwarders)
};

} // namespace

std::optional<Forwarder> forwarderOf(const platform::ProcessInfo& process) {
    const QString program = QString::fromStdString(process.program).toLower();
    const QString command = QString::fromStdString(process.commandLine);
    static const QRegularExpression sshLocal(QStringLiteral("(^|\\s)-[a-zA-Z]*L\\s*\\S"));
    if (program == QLatin1String("docker-proxy"))
        return Forwarder{Tr::tr("docker-proxy (Docker)"), Tr::tr("the container")};
    if (program.startsWith(QLatin1String("rootlesskit")) || program == QLatin1String("rootlessport"))
        return Forwarder{Tr::tr("rootlesskit (rootless Docker or Podman)"), Tr::tr("the container")};
    if (program.startsWith(QLatin1String("containerd-shim")) || program == QLatin1String("conmon"))
        return Forwarder{Tr::tr("a container runtime shim"), Tr::tr("the container")};
    if (program == QLatin1String("gvproxy") || program == QLatin1String("vpnkit") ||
        program == QLatin1String("com.docker.backend") || program == QLatin1String("orbstack"))
        return Forwarder{
            Tr::tr("%1 (a container VM's port forward)").arg(QString::fromStdString(process.program)),
            Tr::tr("the container")};
    if (program == QLatin1String("wslrelay") || program == QLatin1String("wslrelay.exe"))
        return Forwarder{Tr::tr("wslrelay (WSL's localhost forwarding)"), Tr::tr("WSL")};
    if (program.startsWith(QLatin1String("kubectl")) && command.contains(QLatin1String("port-forward")))
        return Forwarder{Tr::tr("kubectl port-forward (Kubernetes)"), Tr::tr("the pod")};
    if (program == QLatin1String("ssh") && sshLocal.match(command).hasMatch())
        return Forwarder{Tr::tr("an SSH tunnel (ssh -L)"), Tr::tr("the remote machine")};
    if ((program == QLatin1String("code") || program == QLatin1String("node") ||
         program.startsWith(QLatin1String("code-"))) &&
        (command.contains(QLatin1String(".vscode-server")) ||
         command.contains(QLatin1String("vscode-remote")) || command.contains(QLatin1String("devcontainer"))))
        return Forwarder{Tr::tr("VS Code's port forwarding"), Tr::tr("the remote or dev container")};
    return std::nullopt;
}

} // namespace ld::wizard
