#include "ui/selfinstall.h"

#include "platform/log.h"
#include "ui/doctorwizard.h"
#include "ui/fixrunner.h"
#include "ui/mcprunner.h"
#include "ui/messagebox.h"
#include "wizard/mcp/selfinstall.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QMenu>
#include <spdlog/spdlog.h>

namespace ld::ui {
namespace {

QString& executableOverride() {
    static QString path;
    return path;
}

} // namespace

void SelfInstallButton::setExecutableForTests(const QString& path) {
    executableOverride() = path;
}

QString SelfInstallButton::executable() {
    return executableOverride().isEmpty() ? QCoreApplication::applicationFilePath() : executableOverride();
}

SelfInstallButton::SelfInstallButton(DoctorWizard* wizard, QWidget* parent)
    : QToolButton(parent)
    , m_wizard(wizard) {
    setObjectName(QStringLiteral("addLocalhostDoctorButton"));
    setPopupMode(QToolButton::MenuButtonPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("addLocalhostDoctorMenu"));
    for (const wizard::ClientProfile& client : wizard::ClientProfile::all()) {
        QAction* action = menu->addAction(tr("Add Localhost Doctor to %1").arg(client.displayName));
        action->setObjectName(QStringLiteral("addLocalhostDoctor-") + client.key);
        action->setToolTip(tr("Lets %1 ask Localhost Doctor why a local server can't be reached "
                              "(read-only tools; nothing is changed from there).")
                               .arg(client.displayName));
        const wizard::ClientProfile* profile = &client;
        connect(action, &QAction::triggered, this, [this, profile] { addTo(*profile); });
        if (client.id == wizard::ClientId::ClaudeDesktop)
            setDefaultAction(action); // the button itself; the arrow offers the other clients
    }
    setMenu(menu);
    setAccessibleName(tr("Add Localhost Doctor to an MCP client's config"));
}

void SelfInstallButton::addTo(const wizard::ClientProfile& client) {
    const QString stepId = QStringLiteral("config");
    const auto where = wizard::SelfInstall::targetLocation(client, wizard::HostContext::current());
    if (!where) {
        Q_EMIT m_wizard->fixMessage(
            stepId,
            tr("Localhost Doctor doesn't know where %1 keeps its MCP servers here.").arg(client.displayName),
            false);
        return;
    }
    const QVariantMap params = wizard::SelfInstall::params(client, where->serversKey, executable());
    const wizard::ConfigEditResult preview =
        wizard::ConfigEditor::preview(where->path, wizard::SelfInstall::fixId(), params);
    if (!preview.ok || preview.unchanged) {
        Q_EMIT m_wizard->fixMessage(stepId, preview.ok ? preview.message : preview.error, preview.ok);
        return;
    }
    const QString path = QDir::toNativeSeparators(where->path);
    const MessageBox::Answer answer = MessageBox::question(
        this, tr("Add Localhost Doctor to %1?").arg(client.displayName),
        preview.created
            ? tr("This creates %1 as shown below, so %2 can start Localhost Doctor as an MCP server. "
                 "Undo removes it again.")
                  .arg(path, client.displayName)
            : tr("This changes %1 as shown below, so %2 can start Localhost Doctor as an MCP server. A "
                 "backup of the file is kept, and you can undo the change.")
                  .arg(path, client.displayName),
        tr("&Add to %1").arg(client.displayName), preview.diff);
    if (answer != MessageBox::Accept) {
        Q_EMIT m_wizard->fixMessage(stepId, tr("The config was not changed."), true);
        return;
    }
    const wizard::ConfigEditResult result =
        wizard::ConfigEditor::apply(where->path, wizard::SelfInstall::fixId(), params);
    if (!result.ok) {
        Q_EMIT m_wizard->fixMessage(stepId, result.error, false);
        return;
    }
    log::get(log::Area::Ui)
        .info("added localhost-doctor to {} ({}); backup {}", client.key.toStdString(),
              where->path.toStdString(), result.backupPath.toStdString());
    Q_EMIT m_wizard->fixMessage(stepId, result.message, true);
    // The page's message bar offers Undo for it, as for every config fix.
    Q_EMIT m_wizard->fixes().configEdited(stepId, where->path, result.backupPath);
    m_wizard->mcp().start(m_wizard->mcpConfigPath(), m_wizard->options().timeout);
}

} // namespace ld::ui
