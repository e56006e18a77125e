#include "ui/trayicon.h"

#include "platform/autostart.h"
#include "platform/log.h"
#include "ui/endpointeditor.h"
#include "ui/stateicon.h"
#include "wizard/target.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCursor>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QLocale>
#include <QMenu>
#include <QScreen>
#include <QSignalBlocker>
#include <spdlog/spdlog.h>

namespace ld::ui {

using wizard::QuickState;

namespace {

constexpr qint64 kConfirmRecheckMs = 10000; // a state not yet confirmed is checked again soon

platform::AutostartEntry autostartEntry() {
    platform::AutostartEntry entry;
    entry.comment =
        QCoreApplication::translate("TrayIcon", "Watches your local servers from the tray").toStdString();
    // An AppImage's own path changes at every mount: start the image itself.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    const QString program = appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
    entry.command = {program.toStdString(), "tray"};
    return entry;
}

// The reason as a menu row shows it: without the address the row's name stands for (the quick
// check's titles start with it) and elided in the middle to a readable width (the titles end with
// the why: "…refuse its certificate: self-signed"); the tooltip has it whole.
QString rowReason(const QString& title, const QString& target, const QFontMetrics& metrics) {
    QString reason = title;
    if (const wizard::TargetParse parsed = wizard::TargetParser::parse(target); parsed.target)
        for (const QString& where : {parsed.target->url(), parsed.target->authority()})
            if (!where.isEmpty() && reason.startsWith(where + QLatin1Char(' '))) {
                reason = reason.mid(where.size() + 1);
                break;
            }
    return metrics.elidedText(reason, Qt::ElideMiddle, 60 * metrics.averageCharWidth());
}

} // namespace

TrayIcon::TrayIcon(wizard::EndpointStore& store, const wizard::QuickCheckOptions& options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_check(options)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }) {
    setObjectName(QStringLiteral("trayIcon"));
    m_tray = new QSystemTrayIcon(this);
    m_tray->setObjectName(QStringLiteral("systemTrayIcon"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TrayIcon::runDue);
    m_displayTimer.setSingleShot(true);
    m_displayTimer.setInterval(50);
    connect(&m_displayTimer, &QTimer::timeout, this, &TrayIcon::updateDisplay);
    // Another process (the wizard's "Keep an eye on this address", `tray --add`) may change the
    // file: watch its folder (QSettings replaces the file on every write) and re-read it.
    const QString folder = QFileInfo(m_store.path()).absolutePath();
    QDir().mkpath(folder);
    m_watcher.addPath(folder);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(300);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        if (QFileInfo(m_store.path()).lastModified() != m_loadedAt)
            reload();
    });
    connect(&m_check, &wizard::QuickCheck::checked, this, &TrayIcon::onChecked);
    connect(&m_check, &wizard::QuickCheck::roundFinished, this, [this] {
        m_displayTimer.stop();
        updateDisplay();
        scheduleNext();
        Q_EMIT roundFinished();
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        // A left click shows the menu too: many Linux panels only pass that one on.
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showMenu();
    });
    buildMenu();
    m_tray->setContextMenu(m_menu);
    reload();
}

TrayIcon::~TrayIcon() {
    delete m_menu;
}

void TrayIcon::setDiagnoseHandler(std::function<void(const QString&, bool)> handler) {
    m_diagnose = std::move(handler);
}

void TrayIcon::setBundleHandler(std::function<void(const QStringList&)> handler) {
    m_bundleHandler = std::move(handler);
    m_bundle->setVisible(bool(m_bundleHandler));
}

void TrayIcon::show() {
    updateDisplay();
    m_tray->show();
}

void TrayIcon::buildMenu() {
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->setToolTipsVisible(true);
    m_menu->setAccessibleName(tr("Localhost Doctor: watched addresses"));

    m_header = m_menu->addAction(tr("Localhost Doctor"));
    m_header->setObjectName(QStringLiteral("headerAction"));
    m_header->setEnabled(false);
    m_menu->addSeparator();
    m_empty = m_menu->addAction(tr("No addresses watched yet"));
    m_empty->setObjectName(QStringLiteral("emptyAction"));
    m_empty->setEnabled(false);
    m_endpointsEnd = m_menu->addSeparator();

    QAction* check = m_menu->addAction(tr("&Check now"), this, &TrayIcon::checkNow);
    check->setObjectName(QStringLiteral("checkNowAction"));
    QAction* diagnose = m_menu->addAction(tr("&Diagnose…"), this, [this] {
        if (m_diagnose)
            m_diagnose(QString(), false);
    });
    diagnose->setObjectName(QStringLiteral("diagnoseAction"));
    diagnose->setToolTip(tr("Open the wizard. To diagnose one address, click it above."));
    QAction* edit = m_menu->addAction(tr("&Watched addresses…"), this, &TrayIcon::editEndpoints);
    edit->setObjectName(QStringLiteral("editEndpointsAction"));

    QMenu* mute = m_menu->addMenu(tr("&Mute notifications"));
    mute->setObjectName(QStringLiteral("muteMenu"));
    for (int hours : {1, 4, 8}) {
        QAction* action =
            mute->addAction(tr("For %n hour(s)", nullptr, hours), this, [this, hours] { muteFor(hours); });
        action->setObjectName(QStringLiteral("mute%1hAction").arg(hours));
    }
    mute->addSeparator();
    m_unmute = mute->addAction(tr("&Unmute"), this, &TrayIcon::unmute);
    m_unmute->setObjectName(QStringLiteral("unmuteAction"));
    m_muteStatus = m_menu->addAction(QString());
    m_muteStatus->setObjectName(QStringLiteral("muteStatusAction"));
    m_muteStatus->setEnabled(false);

    m_autostart = m_menu->addAction(tr("&Start at login"));
    m_autostart->setObjectName(QStringLiteral("autostartAction"));
    m_autostart->setCheckable(true);
    m_autostart->setChecked(platform::autostartEnabled(autostartEntry()));
    connect(m_autostart, &QAction::toggled, this, &TrayIcon::toggleAutostart);

    m_bundle = m_menu->addAction(tr("E&xport diagnostic bundle…"), this, [this] {
        if (!m_bundleHandler)
            return;
        QStringList targets;
        for (const wizard::WatchedEndpoint& endpoint : m_store.endpoints())
            if (endpoint.kind == wizard::EndpointKind::Url)
                targets << endpoint.target;
        m_bundleHandler(targets);
    });
    m_bundle->setObjectName(QStringLiteral("bundleAction"));
    m_bundle->setVisible(false);
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("&Quit"), this, [this] {
        Q_EMIT quitRequested();
        QCoreApplication::quit();
    });
    quit->setObjectName(QStringLiteral("quitAction"));
}

void TrayIcon::rebuildEndpointActions() {
    for (QAction* action : std::as_const(m_endpointActions))
        m_menu->removeAction(action);
    qDeleteAll(m_endpointActions);
    m_endpointActions.clear();
    for (const wizard::WatchedEndpoint& endpoint : m_store.endpoints()) {
        auto* action = new QAction(endpoint.name, m_menu);
        action->setObjectName(QStringLiteral("endpoint:") + endpoint.name);
        action->setData(endpoint.name);
        connect(action, &QAction::triggered, this, [this, name = endpoint.name] {
            const auto found = m_store.find(name);
            if (!found || !m_diagnose)
                return;
            if (found->kind == wizard::EndpointKind::McpStdio)
                m_diagnose(found->configPath, true);
            else
                m_diagnose(found->target, false);
        });
        m_menu->insertAction(m_endpointsEnd, action);
        m_endpointActions << action;
    }
    m_empty->setVisible(m_endpointActions.isEmpty());
}

QString TrayIcon::stateText(QuickState state) {
    switch (state) {
    case QuickState::Up:
        return tr("Up");
    case QuickState::Degraded:
        return tr("Degraded");
    case QuickState::Down:
        return tr("Down");
    case QuickState::Unknown:
        break;
    }
    return tr("Not checked yet");
}

QString TrayIcon::sinceText(qint64 ms) const {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    const QLocale locale;
    if (at.date() == QDateTime::fromMSecsSinceEpoch(now()).date())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

QString TrayIcon::toolTip() const {
    const QMap<QuickState, int> counts = m_model.counts();
    QStringList parts;
    if (const int n = counts.value(QuickState::Up))
        parts << tr("%n up", nullptr, n);
    if (const int n = counts.value(QuickState::Degraded))
        parts << tr("%n degraded", nullptr, n);
    if (const int n = counts.value(QuickState::Down))
        parts << tr("%n down", nullptr, n);
    // A paused address is never checked: it is counted as paused, not as "not checked yet".
    int paused = 0;
    for (const wizard::WatchedEndpoint& endpoint : m_store.endpoints())
        paused += endpoint.enabled ? 0 : 1;
    if (const int n = std::max(0, counts.value(QuickState::Unknown) - paused))
        parts << tr("%n not checked yet", nullptr, n);
    if (paused)
        parts << tr("%n paused", nullptr, paused);
    if (parts.isEmpty())
        parts << tr("no addresses watched");
    QString tip = tr("Localhost Doctor: %1").arg(parts.join(QStringLiteral(", ")));
    if (m_model.muted(now()))
        tip += QLatin1Char('\n') + tr("Notifications muted until %1").arg(sinceText(m_model.mutedUntil()));
    return tip;
}

void TrayIcon::updateDisplay() {
    const QuickState worst = m_model.worst();
    const bool mutedNow = m_model.muted(now());
    if (!m_iconSet || worst != m_shownState || mutedNow != m_shownMuted) {
        const QIcon icon = StateIcon::icon(worst, mutedNow);
        m_tray->setIcon(icon);
        // The menu's first row shows the same icon (mute badge included), not greyed out although
        // the row can't be clicked: the menu says the state even where the panel hides the icon.
        QIcon header;
        for (const QSize& size : icon.availableSizes())
            for (QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled})
                header.addPixmap(icon.pixmap(size), mode);
        m_header->setIcon(header);
        m_shownState = worst;
        m_shownMuted = mutedNow;
        m_iconSet = true;
    }
    const QString tip = toolTip();
    m_tray->setToolTip(tip);
    m_header->setText(tip.section(QLatin1Char('\n'), 0, 0));

    for (QAction* action : std::as_const(m_endpointActions)) {
        const QString name = action->data().toString();
        const wizard::EndpointStatus* status = m_model.status(name);
        const auto endpoint = m_store.find(name);
        if (!status || !endpoint)
            continue;
        QString text;
        if (!endpoint->enabled)
            text = tr("%1: paused").arg(name);
        else if (status->state == QuickState::Unknown)
            text =
                tr("%1: %2").arg(name, m_check.isChecking(name) ? tr("checking…") : stateText(status->state));
        else
            text = tr("%1: %2 since %3").arg(name, stateText(status->state), sinceText(status->lastChangeMs));
        // Why, in the row itself: "api: Degraded since 10:02 (the certificate expires in 3 days)".
        if (endpoint->enabled && status->state != QuickState::Up && status->state != QuickState::Unknown &&
            !status->decided.title.isEmpty())
            text += QLatin1Char(' ') +
                    tr("(%1)").arg(
                        endpoint->kind == wizard::EndpointKind::McpStdio
                            ? rowReason(status->decided.title, QString(), m_menu->fontMetrics())
                            : rowReason(status->decided.title, endpoint->target, m_menu->fontMetrics()));
        if (status->pendingCount > 0)
            text += QLatin1Char(' ') + tr("(last check: %1)").arg(stateText(status->pending).toLower());
        const QuickState shown = endpoint->enabled ? status->state : QuickState::Unknown;
        if (action->text() != text)
            action->setText(text);
        if (action->property("ld_state").toInt() != int(shown) + 1) {
            action->setIcon(stateIcon(shown));
            action->setProperty("ld_state", int(shown) + 1);
        }
        QString tip = endpoint->kind == wizard::EndpointKind::McpStdio
                          ? tr("MCP server \"%1\" from Claude Desktop's config").arg(endpoint->target)
                          : endpoint->target;
        if (!status->decided.title.isEmpty())
            tip += QLatin1Char('\n') + status->decided.title;
        tip += QLatin1Char('\n') + tr("Click to diagnose it.");
        if (action->toolTip() != tip) {
            action->setToolTip(tip);
            action->setStatusTip(tip);
        }
    }

    const bool muted = m_model.muted(now());
    m_muteStatus->setVisible(muted);
    if (muted)
        m_muteStatus->setText(tr("Notifications muted until %1").arg(sinceText(m_model.mutedUntil())));
    m_unmute->setEnabled(muted);
}

void TrayIcon::reload() {
    m_store.reload();
    m_loadedAt = QFileInfo(m_store.path()).lastModified();
    if (!m_store.problem().isEmpty())
        m_tray->showMessage(tr("Localhost Doctor"), m_store.problem(), QSystemTrayIcon::Warning, 20000);
    QStringList names;
    for (const wizard::WatchedEndpoint& endpoint : m_store.endpoints()) {
        names << endpoint.name;
        // A changed address or a paused endpoint starts again from "not checked".
        const QString key = endpoint.target + QLatin1Char('\n') + endpoint.configPath;
        if (!endpoint.enabled || m_targets.value(endpoint.name) != key) {
            m_model.reset(endpoint.name);
            m_nextDue.remove(endpoint.name);
        }
        m_targets.insert(endpoint.name, key);
    }
    m_model.setEndpoints(names);
    for (auto it = m_nextDue.begin(); it != m_nextDue.end();)
        it = names.contains(it.key()) ? std::next(it) : m_nextDue.erase(it);
    rebuildEndpointActions();
    updateDisplay();
    scheduleNext();
}

void TrayIcon::checkNow() {
    QList<wizard::WatchedEndpoint> endpoints;
    for (const wizard::WatchedEndpoint& endpoint : m_store.endpoints())
        if (endpoint.enabled)
            endpoints << endpoint;
    for (const wizard::WatchedEndpoint& endpoint : endpoints)
        m_nextDue.insert(endpoint.name, now() + qint64(endpoint.intervalSeconds) * 1000);
    m_check.start(endpoints);
    updateDisplay();
    if (!m_check.busy())
        Q_EMIT roundFinished();
}

void TrayIcon::runDue() {
    const qint64 at = now();
    for (const wizard::StateChange& change : m_model.tick(at))
        onChange(change);
    QList<wizard::WatchedEndpoint> due;
    for (const wizard::WatchedEndpoint& endpoint : m_store.endpoints()) {
        if (!endpoint.enabled || m_check.isChecking(endpoint.name))
            continue;
        if (m_nextDue.value(endpoint.name, 0) <= at + 50) {
            due << endpoint;
            m_nextDue.insert(endpoint.name, at + qint64(endpoint.intervalSeconds) * 1000);
        }
    }
    m_check.start(due);
    updateDisplay();
    scheduleNext();
}

void TrayIcon::scheduleNext() {
    // One timer for the earliest due endpoint: nothing wakes up between rounds.
    qint64 earliest = -1;
    for (const wizard::WatchedEndpoint& endpoint : m_store.endpoints()) {
        if (!endpoint.enabled || m_check.isChecking(endpoint.name))
            continue;
        const qint64 due = m_nextDue.value(endpoint.name, 0);
        if (earliest < 0 || due < earliest)
            earliest = due;
    }
    if (earliest < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(earliest - now(), 0, 24 * 3600 * 1000)));
}

void TrayIcon::onChecked(const QString& name, const wizard::QuickResult& result) {
    const qint64 at = now();
    const auto change = m_model.record(name, result, at);
    if (const auto endpoint = m_store.find(name)) {
        qint64 next = at + qint64(endpoint->intervalSeconds) * 1000;
        if (const wizard::EndpointStatus* status = m_model.status(name); status && status->pendingCount > 0)
            next = std::min(next, at + kConfirmRecheckMs);
        m_nextDue.insert(name, next);
    }
    if (change)
        onChange(*change);
    // Many results arrive together at the end of a round: redraw once for all of them.
    if (!m_displayTimer.isActive())
        m_displayTimer.start();
}

void TrayIcon::onChange(const wizard::StateChange& change) {
    log::get(log::Area::Ui)
        .info("endpoint {}: {} -> {} ({})", change.name.toStdString(),
              wizard::quickStateName(change.from).toStdString(),
              wizard::quickStateName(change.to).toStdString(), change.result.finding.toStdString());
    if (change.initial())
        return;
    int heldBack = 0;
    if (!m_model.admitNotification(now(), &heldBack))
        return;
    QString title;
    switch (change.to) {
    case QuickState::Down:
        title = tr("%1 is down").arg(change.name);
        break;
    case QuickState::Degraded:
        title = tr("%1 has a problem").arg(change.name);
        break;
    case QuickState::Up:
        title = tr("%1 is up again").arg(change.name);
        break;
    case QuickState::Unknown:
        return;
    }
    QString message = change.result.title;
    if (heldBack > 0)
        message += QLatin1Char('\n') + tr("%n other change(s) were not shown.", nullptr, heldBack);
    m_tray->showMessage(title, message, stateIcon(change.to), 15000);
    Q_EMIT notified(title, message);
}

void TrayIcon::showMenu() {
    checkNow();
    const QRect geometry = m_tray->geometry();
    m_menu->popup(geometry.isValid() ? geometry.center() : QCursor::pos());
    m_menu->activateWindow();
}

void TrayIcon::editEndpoints() {
    static QPointer<EndpointEditor> open;
    if (open) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* editor = new EndpointEditor(m_store);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    open = editor;
    connect(editor, &QDialog::accepted, this, [this] {
        reload();
        checkNow();
    });
    editor->show();
}

void TrayIcon::muteFor(int hours) {
    m_model.muteUntil(now() + qint64(hours) * 3600 * 1000);
    updateDisplay();
}

void TrayIcon::unmute() {
    m_model.unmute();
    updateDisplay();
}

void TrayIcon::toggleAutostart(bool enabled) {
    std::string error;
    if (platform::setAutostart(autostartEntry(), enabled, &error))
        return;
    const QSignalBlocker block(m_autostart);
    m_autostart->setChecked(!enabled);
    m_tray->showMessage(tr("Start at login"),
                        tr("Could not change starting at login: %1").arg(QString::fromStdString(error)),
                        QSystemTrayIcon::Warning, 15000);
}

} // namespace ld::ui
