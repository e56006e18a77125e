#include "app/bundlecommand.h"
#include "app/clisupport.h"

#include "app/cli.h"
#include "platform/log.h"
#include "platform/system.h"
#include "wizard/bundle/bundle.h"
#include "wizard/mcp/configfile.h"
#include "wizard/target.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <cstdio>
#include <spdlog/spdlog.h>

namespace ld::app {
namespace {

int usageError(const QString& message) {
    return app::usageError(message, QStringLiteral("bundle"));
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BundleCommand)
};

QString countsText(const QMap<QString, int>& counts) {
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

QString planText(const wizard::BundlePlan& plan) {
    const QLocale locale;
    QString out = Tr::tr("The bundle would hold these files (redactions by kind):") + QLatin1Char('\n');
    for (const wizard::BundleEntry& entry : plan.entries) {
        out +=
            QStringLiteral("  %1 %2 %3%4\n")
                .arg(entry.name.leftJustified(48), locale.formattedDataSize(entry.bytes()).rightJustified(10),
                     entry.optional ? Tr::tr("optional") : Tr::tr("required"),
                     entry.redactions.isEmpty() ? QString()
                                                : QStringLiteral("  ") + countsText(entry.redactions));
        out += QStringLiteral("      %1\n").arg(entry.source);
    }
    for (const QString& note : plan.notes)
        out += QStringLiteral("  ") + Tr::tr("Note: %1").arg(note) + QLatin1Char('\n');
    out += Tr::tr("Total: %1 in %2 files.")
               .arg(locale.formattedDataSize(plan.includedBytes()))
               .arg(plan.entries.size()) +
           QLatin1Char('\n');
    return out;
}

} // namespace

int commandBundle(const QStringList& arguments, platform::System& system) {
    CommandLine cli(
        QStringLiteral("bundle"),
        Tr::tr("Writes a diagnostic bundle for support: one .zip with the reports, system facts, sockets, "
               "firewall, proxy, the Claude Desktop config and logs, with secrets replaced by placeholders. "
               "Nothing is uploaded."));
    QCommandLineParser& parser = cli.parser;
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")},
         Tr::tr("Where to write the bundle (default: localhost-doctor-bundle-DATE-TIME.zip here)."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("target"),
                      Tr::tr("Diagnose this address and add its report (repeatable)."),
                      QStringLiteral("TARGET")});
    parser.addOption({QStringLiteral("config"),
                      Tr::tr("The Claude Desktop config to add (default: where Claude Desktop keeps it)."),
                      QStringLiteral("FILE")});
    parser.addOption({{QStringLiteral("y"), QStringLiteral("yes")}, Tr::tr("Replace FILE if it exists.")});
    parser.addOption(
        {QStringLiteral("list"), Tr::tr("Print the files, their sizes and redactions; write nothing.")});
    parser.addOption({QStringLiteral("timeout-ms"),
                      Tr::tr("How long to wait for each connection (default 1500)."), QStringLiteral("N")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, Tr::tr("Log to the terminal.")});
    cli.helpEpilogue =
        Tr::tr("\nExit status: 0 written, 2 bad usage or destination (a missing folder, an existing "
               "file without --yes), 3 the write failed (no permission, read-only, disk full).\n");
    if (const int status = cli.parse(arguments); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Tr::tr("bundle takes no arguments; give addresses with --target, for example: "
                                 "localhost-doctor bundle --target localhost:3000"));

    wizard::BundleRequest request;
    for (const QString& target : parser.values(QStringLiteral("target"))) {
        const wizard::TargetParse parsed = wizard::TargetParser::parse(target);
        if (!parsed.target)
            return usageError(Tr::tr("--target \"%1\": %2").arg(target, parsed.error));
        request.targets << target;
    }
    QString error;
    if (const auto timeout = intOption(parser, QStringLiteral("timeout-ms"), 1, 600000, &error))
        request.options.timeout = std::chrono::milliseconds(*timeout);
    if (!error.isEmpty())
        return usageError(error);
    if (parser.isSet(QStringLiteral("config"))) {
        request.configPath = parser.value(QStringLiteral("config"));
        // A FIFO, a device, a folder or a huge file is said at once, before anything is collected.
        const wizard::ConfigFileRead read = wizard::ConfigFile::read(request.configPath);
        if (!read.ok())
            return usageError(QStringLiteral("--config: ") + read.message);
    }

    const bool listOnly = parser.isSet(QStringLiteral("list"));
    const bool overwrite = parser.isSet(QStringLiteral("yes"));
    const QString output = parser.isSet(QStringLiteral("output"))
                               ? parser.value(QStringLiteral("output"))
                               : QDir::current().filePath(wizard::BundleWriter::defaultFileName());
    if (!listOnly) {
        // Before the slow part: a destination the user can correct is said at once.
        const wizard::BundleWriteResult check = wizard::BundleWriter::check(output, overwrite);
        if (!check.ok()) {
            QString message = check.message;
            if (check.error == wizard::BundleError::Exists)
                message += QLatin1Char(' ') + Tr::tr("Add --yes to replace it.");
            print(stderr, QStringLiteral("localhost-doctor: %1\n").arg(message));
            return ExitUsage;
        }
    }

    wizard::BundleBuilder builder(system, wizard::HostContext::current());
    wizard::BundlePlan plan = builder.build(request);
    if (listOnly) {
        print(stdout, planText(plan));
        return ExitOk;
    }
    const wizard::BundleWriteResult result = wizard::BundleWriter::write(plan, output, overwrite);
    if (!result.ok()) {
        print(stderr, QStringLiteral("localhost-doctor: %1\n").arg(result.message));
        const bool userCanCorrect = result.error == wizard::BundleError::Exists ||
                                    result.error == wizard::BundleError::NoFolder ||
                                    result.error == wizard::BundleError::IsFolder;
        return userCanCorrect ? ExitUsage : ExitFailed;
    }
    const QJsonObject totals = plan.manifest().value(QStringLiteral("redactions")).toObject();
    int secrets = 0;
    for (const QJsonValue value : totals.value(QStringLiteral("distinct_secrets")).toObject())
        secrets += value.toInt();
    print(stdout,
          Tr::tr("Saved %1 (%2, %3 files).")
                  .arg(QDir::toNativeSeparators(result.path), QLocale().formattedDataSize(result.bytes))
                  .arg(plan.entries.size() -
                       [&] {
                           int out = 0;
                           for (const auto& entry : plan.entries)
                               out += entry.included ? 0 : 1;
                           return out;
                       }()) +
              QLatin1Char('\n') +
              Tr::tr("%n different secret(s) were replaced by placeholders; your home folder is shown as ~.",
                     nullptr, secrets) +
              QLatin1Char('\n') + Tr::tr("Nothing was uploaded: send this file to support yourself.") +
              QLatin1Char('\n'));
    return ExitOk;
}

} // namespace ld::app
