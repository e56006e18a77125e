#pragma once
// "Add Localhost Doctor to <client>" on the MCP config page: puts this program, as the stdio
// server `localhost-doctor mcp-server`, into a chosen client's config (wizard/mcp/selfinstall.h).
// Like every config fix it shows the diff first, keeps a backup and offers Undo (through the
// page's fix message bar).

#include <QToolButton>

namespace ld::wizard {
struct ClientProfile;
}

namespace ld::ui {

class DoctorWizard;

class SelfInstallButton final : public QToolButton {
    Q_OBJECT
public:
    SelfInstallButton(DoctorWizard* wizard, QWidget* parent);

    // Adds the entry to that client's config, asking first; the program's own path by default.
    void addTo(const wizard::ClientProfile& client);
    // Test seam: the program the entry starts (default QCoreApplication::applicationFilePath()).
    static void setExecutableForTests(const QString& path);
    static QString executable();

private:
    DoctorWizard* m_wizard;
};

} // namespace ld::ui
