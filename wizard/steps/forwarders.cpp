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
    // socat listening on TCP and connecting on (TCP, TLS, a Unix socket, or a socat/nc run inside
    // another namespace); socat that answers by itself (EXEC of a program, STDIO) is a server.
    static const QRegularExpression socatForward(
        QStringLiteral("TCP[46]?-L(ISTEN)?:.*\\s(TCP[46]?(-CONNECT)?:|OPENSSL(-CONNECT)?:|UNIX(-CONNECT)?:|"
                       "(EXEC|SYSTEM):.*(netns exec|nsenter).*(socat|nc\\b|ncat))"),
        QRegularExpression::CaseInsensitiveOption);
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
    if (program == QLatin1String("socat") && socatForward.match(command).hasMatch()) {
        static const QRegularExpression connectTo(QStringLiteral("\\sTCP[46]?(?:-CONNECT)?:([^,\\s]+)"),
                                                  QRegularExpression::CaseInsensitiveOption);
        const auto to = connectTo.match(command);
        QString inner = command.contains(QLatin1String("netns")) ? Tr::tr("the network namespace")
                        : to.hasMatch()                          ? to.captured(1)
                                                                 : Tr::tr("the address it forwards to");
        return Forwarder{Tr::tr("socat (a port forward)"), inner};
    }
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
