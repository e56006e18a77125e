// Which arguments are paths on the host (and which belong to a container, to cmd or to WSL),
// and localhost handed to a container.
#include "wizard/mcp/mcpstaticchecks.h"

#include "wizard/mcp/configreshape.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ld::wizard {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(McpStaticChecks)
};

bool windowsAbsolute(const QString& text) {
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    return drive.match(text).hasMatch() || text.startsWith(QLatin1String("\\\\"));
}

// "C:\\Program Files\\Docker\\docker.exe" -> "docker".
QString programBase(const QString& command) {
    QString base = command.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1).toLower();
    if (base.endsWith(QLatin1String(".exe")))
        base.chop(4);
    return base;
}

bool isContainerTool(const QString& command) {
    const QString base = programBase(command);
    return base == QLatin1String("docker") || base == QLatin1String("podman");
}

// docker run options that take a value (the next argument, unless written --opt=value).
bool takesValue(const QString& option) {
    static const QStringList withValue{
        QStringLiteral("-v"),         QStringLiteral("--volume"),     QStringLiteral("--mount"),
        QStringLiteral("-e"),         QStringLiteral("--env"),        QStringLiteral("--env-file"),
        QStringLiteral("--name"),     QStringLiteral("--network"),    QStringLiteral("--net"),
        QStringLiteral("-p"),         QStringLiteral("--publish"),    QStringLiteral("-w"),
        QStringLiteral("--workdir"),  QStringLiteral("--entrypoint"), QStringLiteral("-u"),
        QStringLiteral("--user"),     QStringLiteral("--platform"),   QStringLiteral("--add-host"),
        QStringLiteral("-l"),         QStringLiteral("--label"),      QStringLiteral("-h"),
        QStringLiteral("--hostname"), QStringLiteral("--pull"),       QStringLiteral("--cpus"),
        QStringLiteral("-m"),         QStringLiteral("--memory"),     QStringLiteral("--restart"),
        QStringLiteral("--dns"),      QStringLiteral("--runtime"),    QStringLiteral("--gpus")};
    return withValue.contains(option);
}

// The host side of -v HOST:CONTAINER[:ro] ("C:\data:/data" keeps its drive letter).
QString volumeHost(const QString& value) {
    const qsizetype from = windowsAbsolute(value) ? 2 : 0;
    const qsizetype colon = value.indexOf(QLatin1Char(':'), from);
    return colon < 0 ? QString() : value.left(colon);
}

// The host source of --mount type=bind,source=HOST,target=...
QString mountHost(const QString& value) {
    for (const QString& part : value.split(QLatin1Char(','))) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        if (key == QLatin1String("source") || key == QLatin1String("src"))
            return part.section(QLatin1Char('='), 1);
    }
    return {};
}

std::optional<PathArgument> asPath(int index, const QString& argument, const QString& text,
                                   const HostContext& host) {
    if (text.contains(QLatin1String("://")))
        return std::nullopt;
    PathArgument path;
    path.index = index;
    path.argument = argument;
    if (text == QLatin1String("~") || text.startsWith(QLatin1String("~/")) ||
        text.startsWith(QLatin1String("~\\"))) {
        path.path = host.expandHome(text);
    } else if (text.startsWith(QLatin1String("./")) || text.startsWith(QLatin1String("../")) ||
               text.startsWith(QLatin1String(".\\")) || text.startsWith(QLatin1String("..\\"))) {
        path.path = text;
        path.relative = true;
    } else if (host.os == HostOs::Windows ? windowsAbsolute(text) : text.startsWith(QLatin1Char('/'))) {
        path.path = text;
    } else {
        return std::nullopt;
    }
    path.exists = !path.relative && host.exists(path.path);
    return path;
}

// The index of the image in `docker run … IMAGE args`, and the host paths before it.
int containerArgs(const QStringList& args, const HostContext& host, QList<PathArgument>* paths) {
    int i = 0;
    while (i < args.size() && args.at(i).startsWith(QLatin1Char('-'))) // global options
        ++i;
    if (i < args.size())
        ++i; // run, create, exec...
    for (; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QLatin1Char('-')))
            return i;
        const QString option = arg.section(QLatin1Char('='), 0, 0);
        const bool inline_ = arg.contains(QLatin1Char('='));
        if (!takesValue(option))
            continue;
        const int valueIndex = inline_ ? i : i + 1;
        const QString value = inline_ ? arg.section(QLatin1Char('='), 1) : args.value(i + 1);
        if (!inline_)
            ++i;
        QString hostPath;
        if (option == QLatin1String("-v") || option == QLatin1String("--volume"))
            hostPath = volumeHost(value);
        else if (option == QLatin1String("--mount"))
            hostPath = mountHost(value);
        else if (option == QLatin1String("--env-file"))
            hostPath = value;
        if (!hostPath.isEmpty())
            if (auto path = asPath(valueIndex, args.value(valueIndex), hostPath, host))
                *paths << *path;
    }
    return int(args.size());
}

} // namespace

QList<PathArgument> pathArguments(const QStringList& args, const HostContext& host, const QString& command) {
    QList<PathArgument> paths;
    const QString base = programBase(command);
    if (isContainerTool(command)) {
        containerArgs(args, host, &paths);
        return paths;
    }
    if (base == QLatin1String("wsl"))
        return paths; // its arguments are paths inside Linux (--cd /home/...), not on Windows
    int first = 0;
    if (base == QLatin1String("cmd"))
        while (first < args.size() && args.at(first).startsWith(QLatin1Char('/')) &&
               args.at(first).size() == 2)
            ++first; // /c, /k, /s, /q
    for (int i = first; i < args.size(); ++i)
        if (auto path = asPath(i, args.at(i), args.at(i), host))
            paths << *path;
    return paths;
}

std::optional<Finding> containerLocalhostFinding(const McpServerEntry& entry, HostOs writtenFor) {
    if (!isContainerTool(entry.command))
        return std::nullopt;
    static const QRegularExpression local(QStringLiteral("\\b(localhost|127\\.0\\.0\\.1)(?=[:/]|$)"));
    QVariantList replacements;
    QStringList values;
    for (int i = 0; i < entry.args.size(); ++i) {
        if (!local.match(entry.args.at(i)).hasMatch())
            continue;
        QString value = entry.args.at(i);
        value.replace(local, QStringLiteral("host.docker.internal"));
        replacements << QVariantMap{{QStringLiteral("key"), QStringLiteral("args")},
                                    {QStringLiteral("index"), i},
                                    {QStringLiteral("value"), value}};
        values << entry.args.at(i);
    }
    for (auto it = entry.env.begin(); it != entry.env.end(); ++it) {
        if (!local.match(it.value()).hasMatch())
            continue;
        QString value = it.value();
        value.replace(local, QStringLiteral("host.docker.internal"));
        replacements << QVariantMap{{QStringLiteral("key"), QStringLiteral("env")},
                                    {QStringLiteral("name"), it.key()},
                                    {QStringLiteral("value"), value}};
        values << it.value();
    }
    if (replacements.isEmpty())
        return std::nullopt;
    Finding finding;
    finding.id = QStringLiteral("mcp.container_localhost");
    finding.severity = Severity::Error;
    finding.title = Tr::tr("Server \"%1\" runs in a container, where %2 means the container itself")
                        .arg(entry.name, values.first());
    const bool linux = writtenFor == HostOs::Linux;
    const bool hasAddHost =
        entry.args.contains(QStringLiteral("--add-host=host.docker.internal:host-gateway"));
    finding.detail =
        Tr::tr("Inside a container, localhost and 127.0.0.1 are the container, not your computer, so a "
               "service running on your computer is not reached there. Use host.docker.internal instead.") +
        (linux && !hasAddHost
             ? QLatin1Char(' ') + Tr::tr("On Linux, also add --add-host=host.docker.internal:host-gateway to "
                                         "\"docker run\" so that name exists.")
             : QString());
    finding.evidence = {{QStringLiteral("server"), entry.name},
                        {QStringLiteral("command"), entry.command},
                        {QStringLiteral("values"), QJsonArray::fromStringList(values)}};
    Fix fix;
    fix.id = QStringLiteral("fix.use_host_docker_internal");
    fix.action = FixAction::EditConfig;
    fix.label = Tr::tr("Use host.docker.internal");
    fix.changesSystem = true;
    QStringList servers;
    for (const JsonPathPart& part : entry.path)
        servers << part.key;
    fix.params = {{QStringLiteral("server"), entry.name},
                  {QStringLiteral("entry_path"), servers},
                  {QStringLiteral("replacements"), replacements},
                  {QStringLiteral("add_host_after"),
                   linux && !hasAddHost ? entry.args.indexOf(QStringLiteral("run")) : -1}};
    QStringList preview;
    for (const QVariant& r : replacements)
        preview << QStringLiteral("+ %1").arg(
            QString::fromUtf8(encodeJsonString(r.toMap().value("value").toString())));
    if (fix.params.value(QStringLiteral("add_host_after")).toInt() >= 0)
        preview << QStringLiteral("+ \"--add-host=host.docker.internal:host-gateway\"");
    fix.preview = preview.join(QLatin1Char('\n'));
    finding.fixes << fix;
    return finding;
}

} // namespace ld::wizard
