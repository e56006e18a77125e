#include "ui/fixrunner.h"

#include "platform/log.h"
#include "ui/doctorwizard.h"
#include "ui/mcprunner.h"
#include "ui/messagebox.h"
#include "wizard/mcp/configedit.h"
#include "wizard/processstopper.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QThread>
#include <QUrl>
#include <memory>
#include <spdlog/spdlog.h>

namespace ld::ui {

FixRunner::FixRunner(DoctorWizard& wizard)
    : QObject(&wizard)
    , m_wizard(wizard) {}

bool FixRunner::supported(const wizard::Fix& fix) {
    switch (fix.action) {
    case wizard::FixAction::EditConfig:
        // The editor knows which config edits it can write (use_bridge is only described).
        return fix.params.contains(QStringLiteral("server")) && wizard::ConfigEditor::canApply(fix.id);
    case wizard::FixAction::StopProcess:
        return true;
    case wizard::FixAction::SetEnvironment:
        return fix.params.contains(QStringLiteral("line")) || fix.params.contains(QStringLiteral("variable"));
    case wizard::FixAction::OpenUrl:
        return fix.params.contains(QStringLiteral("url"));
    case wizard::FixAction::UseValue:
        return fix.params.contains(QStringLiteral("target")) || fix.params.contains(QStringLiteral("url")) ||
               fix.params.contains(QStringLiteral("port"));
    }
    return false;
}

void FixRunner::copy(const QString& text, const QString& stepId, const QString& message) {
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT m_wizard.fixMessage(stepId, message, true);
}

void FixRunner::run(const wizard::Fix& fix, const QString& stepId, QWidget* dialogParent) {
    log::get(log::Area::Ui)
        .info("fix {} ({}) clicked on step {}", fix.id.toStdString(),
              wizard::fixActionName(fix.action).toStdString(), stepId.toStdString());
    switch (fix.action) {
    case wizard::FixAction::EditConfig:
        if (supported(fix))
            configFix(fix, stepId, dialogParent);
        else
            Q_EMIT m_wizard.fixMessage(stepId, tr("This fix can't be done from here yet: %1").arg(fix.label),
                                       false);
        return;
    case wizard::FixAction::StopProcess:
        stopProcess(fix, stepId, dialogParent);
        return;
    case wizard::FixAction::SetEnvironment: {
        QString line = fix.params.value(QStringLiteral("line")).toString();
        if (line.isEmpty())
            line = QStringLiteral("%1=%2").arg(fix.params.value(QStringLiteral("variable")).toString(),
                                               fix.params.value(QStringLiteral("value")).toString());
        copy(
            line, stepId,
            tr("Copied \"%1\" to the clipboard. Add it to your shell profile (such as ~/.profile) and open a "
               "new terminal.")
                .arg(line));
        return;
    }
    case wizard::FixAction::OpenUrl: {
        const QUrl url(fix.params.value(QStringLiteral("url")).toString());
        const bool opened = url.isValid() && QDesktopServices::openUrl(url);
        Q_EMIT m_wizard.fixMessage(stepId,
                                   opened ? tr("Opened %1.").arg(url.toDisplayString())
                                          : tr("Can't open %1.").arg(url.toDisplayString()),
                                   opened);
        return;
    }
    case wizard::FixAction::UseValue:
        break;
    }
    // A corrected address ("target": use_port, use_host; "url": use_url, use_path) is checked
    // instead; a bare value (a free port for the server) is copied.
    QString target = fix.params.value(QStringLiteral("target")).toString();
    if (target.isEmpty())
        target = fix.params.value(QStringLiteral("url")).toString();
    if (!target.isEmpty()) {
        Q_EMIT m_wizard.fixMessage(stepId, tr("Checking %1 instead.").arg(target), true);
        m_wizard.recheckWith(target);
        return;
    }
    if (fix.params.contains(QStringLiteral("port"))) {
        const QString port = fix.params.value(QStringLiteral("port")).toString();
        copy(port, stepId,
             tr("Copied port %1 to the clipboard. Start your server on it, for example with PORT=%1.")
                 .arg(port));
        return;
    }
    Q_EMIT m_wizard.fixMessage(stepId, tr("This fix can't be done from here yet: %1").arg(fix.label), false);
}

void FixRunner::stopProcess(const wizard::Fix& fix, const QString& stepId, QWidget* dialogParent) {
    const std::optional<wizard::StopRequest> request = wizard::StopRequest::fromFix(fix);
    if (!request) {
        Q_EMIT m_wizard.fixMessage(stepId, tr("This process can't be identified any more."), false);
        return;
    }
    if (m_busy)
        return;
    const QString command =
        request->command.isEmpty() ? tr("(its command line can't be read)") : request->command;
    const MessageBox::Answer answer =
        MessageBox::question(dialogParent, tr("Stop %1?").arg(request->program),
                             tr("Stop %1 (process %2)? It is asked to quit; unsaved work in it may be lost.")
                                 .arg(request->program)
                                 .arg(request->pid),
                             tr("&Stop %1").arg(request->program), tr("Command line: %1").arg(command));
    if (answer != MessageBox::Accept) {
        Q_EMIT m_wizard.fixMessage(stepId, tr("Nothing was stopped."), true);
        return;
    }
    m_busy = true;
    Q_EMIT m_wizard.fixMessage(stepId,
                               tr("Stopping %1 (process %2)…").arg(request->program).arg(request->pid), true);
    // The stopper waits for the process to exit (up to its grace time): never on this thread.
    auto report = std::make_shared<wizard::StopReport>();
    platform::System& system = m_wizard.system();
    QThread* thread = QThread::create(
        [report, request = *request, &system] { *report = wizard::ProcessStopper(system).stop(request); });
    connect(thread, &QThread::finished, this, [this, thread, report, stepId] {
        thread->deleteLater();
        m_busy = false;
        log::get(log::Area::Ui).info("stop process {}: {}", report->pid, report->outcomeName().toStdString());
        Q_EMIT m_wizard.fixMessage(stepId, report->message, report->stopped());
        Q_EMIT fixFinished(QStringLiteral("fix.stop_process"), report->stopped());
        if (report->stopped())
            m_wizard.recheck();
    });
    thread->start();
}

void FixRunner::configFix(const wizard::Fix& fix, const QString& stepId, QWidget* dialogParent) {
    const QString configPath = m_wizard.mcp().configPath();
    // Show exactly what changes before anything is written.
    const wizard::ConfigEditResult preview = wizard::ConfigEditor::preview(configPath, fix.id, fix.params);
    if (!preview.ok) {
        Q_EMIT m_wizard.fixMessage(stepId, preview.error, false);
        return;
    }
    const MessageBox::Answer answer = MessageBox::question(
        dialogParent, tr("Change the Claude Desktop config?"),
        tr("This changes %1 as shown below. A backup of the file is kept, and you can undo the change.")
            .arg(QDir::toNativeSeparators(configPath)),
        tr("&Change the config"), preview.diff);
    if (answer != MessageBox::Accept) {
        Q_EMIT m_wizard.fixMessage(stepId, tr("The config was not changed."), true);
        return;
    }
    const wizard::ConfigEditResult result = wizard::ConfigEditor::apply(configPath, fix.id, fix.params);
    if (!result.ok) {
        Q_EMIT m_wizard.fixMessage(stepId, result.error, false);
        return;
    }
    log::get(log::Area::Ui)
        .info("config fix {} written; backup {}", fix.id.toStdString(), result.backupPath.toStdString());
    Q_EMIT m_wizard.fixMessage(stepId,
                               tr("Changed the config; the old one is saved as %1. %2")
                                   .arg(QDir::toNativeSeparators(result.backupPath), result.message),
                               true);
    Q_EMIT configEdited(stepId, configPath, result.backupPath);
    m_wizard.mcp().start(m_wizard.mcpConfigPath(), m_wizard.options().timeout);
}

void FixRunner::undoConfigEdit(const QString& stepId, const QString& configPath, const QString& backupPath) {
    const wizard::ConfigEditResult result = wizard::ConfigEditor::undo(configPath, backupPath);
    if (!result.ok) {
        Q_EMIT m_wizard.fixMessage(stepId, result.error, false);
        return;
    }
    Q_EMIT m_wizard.fixMessage(stepId, tr("Undone: the config is back as it was."), true);
    Q_EMIT configEdited(stepId, configPath, QString());
    m_wizard.mcp().start(m_wizard.mcpConfigPath(), m_wizard.options().timeout);
}

} // namespace ld::ui
