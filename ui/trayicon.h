#pragma once
// The tray icon: watches the stored endpoints with QuickCheck, shows the worst state (drawn at
// runtime, told apart by shape as well as colour), lists every endpoint in its menu, and says
// when one changes state (debounced and rate-limited by QuickCheckModel, mutable for hours).
// It only displays: the checks run in wizard/, the windows it opens are handed in as callbacks.

#include "ui/stateicon.h"
#include "wizard/watch/endpointstore.h"
#include "wizard/watch/quickcheck.h"
#include "wizard/watch/quickcheckmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>
#include <functional>

class QAction;
class QMenu;

namespace ld::ui {

class TrayIcon final : public QObject {
    Q_OBJECT
public:
    TrayIcon(wizard::EndpointStore& store, const wizard::QuickCheckOptions& options,
             QObject* parent = nullptr);
    ~TrayIcon() override;

    // What "Diagnose…" and a click on an endpoint open: the wizard on that target (empty: none).
    void setDiagnoseHandler(std::function<void(const QString& target, bool mcp)> handler);
    // What "Export diagnostic bundle…" opens, with the watched URL targets; hidden when unset.
    void setBundleHandler(std::function<void(const QStringList& targets)> handler);
    // Seam for tests and the menu: the time in ms since the epoch (default: the real clock).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    void show();
    QSystemTrayIcon* systemTrayIcon() const { return m_tray; }
    QMenu* menu() const { return m_menu; }
    const wizard::QuickCheckModel& model() const { return m_model; }
    wizard::QuickCheckModel& model() { return m_model; }
    QString toolTip() const;
    // The endpoint rows of the menu, in order (for tests).
    QList<QAction*> endpointActions() const { return m_endpointActions; }

    // The icon of a state: a green circle with a tick, an amber triangle with "!", a red square
    // with a cross, a grey hollow circle with "?".
    static QIcon stateIcon(wizard::QuickState state) { return StateIcon::icon(state); }
    static QPixmap statePixmap(wizard::QuickState state, int size, qreal devicePixelRatio = 1.0) {
        return StateIcon::pixmap(state, size, devicePixelRatio);
    }
    static QString stateText(wizard::QuickState state); // "Up", "Degraded", "Down", "Not checked yet"

public Q_SLOTS:
    void checkNow();
    void reload(); // re-reads the endpoints (the editor or `tray --add` changed them)
    void showMenu();
    void editEndpoints();
    void muteFor(int hours);
    void unmute();

Q_SIGNALS:
    void roundFinished();
    // A notification was shown (or would have been, for tests without a notification server).
    void notified(const QString& title, const QString& message);
    void quitRequested();

private:
    void buildMenu();
    void rebuildEndpointActions();
    void updateDisplay();
    void onChecked(const QString& name, const wizard::QuickResult& result);
    void onChange(const wizard::StateChange& change);
    void scheduleNext();
    void runDue();
    void toggleAutostart(bool enabled);
    qint64 now() const { return m_clock(); }
    QString sinceText(qint64 ms) const;

    wizard::EndpointStore& m_store;
    wizard::QuickCheck m_check;
    wizard::QuickCheckModel m_model;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_header = nullptr;
    QAction* m_endpointsEnd = nullptr; // the separator after the endpoint rows
    QAction* m_empty = nullptr;
    QAction* m_muteStatus = nullptr;
    QAction* m_unmute = nullptr;
    QAction* m_autostart = nullptr;
    QAction* m_bundle = nullptr;
    QList<QAction*> m_endpointActions;
    QHash<QString, qint64> m_nextDue;
    QHash<QString, QString> m_targets; // what each name pointed at, to notice a changed address
    QTimer m_timer;
    QTimer m_displayTimer;
    QFileSystemWatcher m_watcher;
    QTimer m_reloadTimer;
    QDateTime m_loadedAt;
    std::function<void(const QString&, bool)> m_diagnose;
    std::function<void(const QStringList&)> m_bundleHandler;
    std::function<qint64()> m_clock;
    wizard::QuickState m_shownState = wizard::QuickState::Unknown;
    bool m_iconSet = false;
    bool m_shownMuted = false;
};

} // namespace ld::ui
