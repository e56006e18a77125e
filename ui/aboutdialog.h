#pragma once
// The About box: the version, the MIT licence, and the libraries the program uses with their
// licences (Qt under the LGPL v3, dynamically linked; spdlog, {fmt}, libzip), and where the
// source is. Reached from the wizard's About button.

#include <QDialog>
#include <QList>
#include <QString>

class QWizard;

namespace ld::ui {

class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // One library the program uses, as the About box and README.md list it.
    struct Component {
        QString name;
        QString version; // empty when not known at build time
        QString licence; // SPDX
        QString url;
    };
    static QList<Component> components();
    static QString sourceUrl();

    // Gives the wizard an "About" button (its Help button) that opens this box.
    static void addButtonTo(QWizard* wizard);
};

} // namespace ld::ui
